import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from './zod.js';
import { formatIssues, PARSE_OPTIONS } from './format-issues.js';
import type { InputProblem } from './input-problem.js';

function problems(schema: z.ZodMiniType, input: unknown): InputProblem[] {
  const result = schema.safeParse(input, PARSE_OPTIONS);
  assert.equal(result.success, false);
  return result.success ? [] : formatIssues(result.error.issues);
}

test('each issue kind gets its own message, never zod/mini\'s "Invalid input"', () => {
  const schema = z.strictObject({
    name: z.string(),
    size: z.number().check(z.minimum(1), z.maximum(9)),
    tags: z.array(z.string()).check(z.minLength(1)),
    kind: z.enum(['a', 'b']),
    count: z.int(),
  });
  const found = problems(schema, { size: 12, tags: [], kind: 'c', count: 1.5, extra: true, more: 1 });
  assert.deepEqual(found, [
    { path: ['name'], message: 'is required (expected a string)' },
    { path: ['size'], message: 'expected a number at most 9' },
    { path: ['tags'], message: 'expected at least 1 item' },
    { path: ['kind'], message: 'expected one of "a", "b", got "c"' },
    { path: ['count'], message: 'expected an integer, got number' },
    { path: [], message: 'unknown keys "extra", "more" (allowed: name, size, tags, kind, count)' },
  ]);
});

// A union of unions of strict objects, shaped like a tier rule.
const Condition = z.strictObject({ metric: z.string(), op: z.enum(['>=', '<']), value: z.number() });
const Group = z.union([z.strictObject({ all: z.array(Condition) }), z.strictObject({ any: z.array(Condition) })]);
const Rule = z.union([Group, z.strictObject({ quantile: z.strictObject({ top: z.number() }) })]);

test('a failed union is narrowed to the branch the author meant', () => {
  assert.deepEqual(problems(Rule, { all: [{ metric: 'revenue', op: '=>', value: 1 }] }), [
    { path: ['all', 0, 'op'], message: 'expected one of ">=", "<", got "=>"' },
  ]);
  assert.deepEqual(problems(Rule, { any: [], extra: 1 }), [
    { path: [], message: 'unknown key "extra" (allowed: any)' },
  ]);
  assert.deepEqual(problems(z.union([z.string(), z.array(Condition)]), [{ metric: 'm', op: '<', value: 'x' }]), [
    { path: [0, 'value'], message: 'expected a number, got "x"' },
  ]);
});

test('a union no branch fits is summarised by the shapes it accepts', () => {
  assert.deepEqual(problems(Rule, { some: [] }), [
    { path: [], message: 'expected { all }, { any } or { quantile }, got object' },
  ]);
  assert.deepEqual(problems(z.union([z.string(), z.array(z.number())]), 7), [
    { path: [], message: 'expected a string or an array, got 7' },
  ]);
});
