// Hands the provider the HTTP client of the Mindshare server named by `?api=`, as the seller whose
// token is `?token=` (minted by the benchmark), with its outbox in IndexedDB as a portal would.
// `mind-ready` is the driver's "engine ready": a provider given an API fires none of its own.
import { createHttpClient, createIndexedDbStorage } from '../../../packages/elements/dist/mindshare.min.js';

const params = new URLSearchParams(location.search);
const api = await createHttpClient({
  baseUrl: params.get('api'),
  token: params.get('token'),
  storage: createIndexedDbStorage({ name: 'bench-outbox' }),
});
document.querySelector('mind-provider').api = api;
document.dispatchEvent(new CustomEvent('mind-ready', { detail: { api } }));
