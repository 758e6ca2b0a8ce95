import { IdSchema, ViewerSchema } from '@mindshare/core';
import * as z from 'zod/mini';

// Replies of the transport itself. Every reply of the Mindshare API has its schema in the core
// (`AttemptViewSchema`, `LeaderboardResultSchema`…), from which the API's types are inferred.

/** `GET /v1/viewer`: the viewer and the server's clock, from which the client keeps an offset. */
export const ViewerReplySchema = z.object({ viewer: ViewerSchema, now: z.number() });

/** `POST /v1/recordings` and `PUT|HEAD /v1/recordings/{id}/media`: the bytes the server holds. */
export const UploadOffsetSchema = z.object({ recordingId: IdSchema, offset: z.int().check(z.minimum(0)) });

/** A write with nothing to return. */
export const EmptyReplySchema = z.optional(z.unknown());
