export { VERSION } from './version.js';
export { MindError, isMindError, MIND_ERROR_CODES } from './errors/mind-error.js';
export type { MindErrorCode, MindErrorOptions } from './errors/mind-error.js';
export { Subscribable } from './events/subscribable.js';
export type { Listener } from './events/subscribable.js';
