import { z } from './zod.js';

/** A moment on the engine's clock, in epoch milliseconds (never negative), as stored and replied. */
export const epochMs = () => z.number().check(z.minimum(0));
