// Types of fixtures.mjs, for count-statements.ts.

export const CHALLENGE_ID: string;
export const QUESTION_COUNT: number;
export const SELLER_COUNT: number;
export function correctChoice(index: number): string;
export function questionId(index: number): string;
export function sellerId(index: number): string;
export function benchPack(options?: { now?: number; attempts?: number }): Record<string, unknown>;
export function benchDirectory(count?: number): Record<string, unknown>;
