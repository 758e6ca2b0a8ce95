/**
 * The Mindshare HTTP client: the Mindshare API for vendors whose server scores authoritatively.
 * The contract it speaks is `docs/http-api.md` (OpenAPI: `docs/openapi.json`).
 */
export { createHttpClient } from './http-client.js';
export { sendViewerRequest } from './sent-request.js';
export type { SentRequest, ViewerRequestOptions } from './sent-request.js';
export { HTTP_STATUS_OF_CODE } from './error-status.js';
export type {
  HttpClientOptions,
  HttpMindshareApi,
  FetchLike,
  Scheduler,
  OutboxStatus,
  PendingWrite,
  RefusedWrite,
  WriteOperation,
  FlushReport,
} from './http-options.js';
export type { HttpRecordingSession, UploadProgress } from './recording-upload.js';
