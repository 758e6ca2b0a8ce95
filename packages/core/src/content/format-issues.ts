import type { z } from './zod.js';
import type { InputPath, InputProblem } from './input-problem.js';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

/**
 * The options every parser passes to `safeParse`: our messages, and each issue's input, which
 * {@link formatIssues} reads to tell a missing key from a wrong one when narrowing a union.
 */
export const PARSE_OPTIONS = { error: issueMessage, reportInput: true } as const;

/**
 * The zod error map to pass to `safeParse(input, { error: issueMessage })`. zod/mini ships no
 * locale (loading one costs ~44 KB), so without this every message would read "Invalid input".
 * Messages set on a schema or check (`z.refine(fn, 'expected …')`) still win over this map.
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${article(issue.expected)})`;
      if (issue.expected === 'never') return `is not allowed here (got ${describe(issue.input)})`;
      return `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const allowed = allowedKeys(issue.inst);
      const noun = issue.keys.length === 1 ? 'unknown key' : 'unknown keys';
      return allowed ? `${noun} ${keys} (allowed: ${allowed.join(', ')})` : `${noun} ${keys}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quote(issue.values[0])}, got ${describeValue(issue.input)}`
        : `expected one of ${issue.values.map(quote).join(', ')}, got ${describeValue(issue.input)}`;
    case 'invalid_union':
      if (issue.errors.length === 0 && issue.discriminator !== undefined && Array.isArray(issue.options)) {
        // zod reports this at the discriminator's own path but with the whole object as input.
        const options = (issue.options as unknown[]).map(quote).join(', ');
        const tag =
          typeof issue.input === 'object' && issue.input !== null
            ? (issue.input as Record<string, unknown>)[issue.discriminator]
            : issue.input;
        return tag === undefined
          ? `is required (expected one of ${options})`
          : `expected one of ${options}, got ${describeValue(tag)}`;
      }
      return `expected ${unionExpectations(issue.inst)}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return sizeMessage(
        issue.origin,
        issue.exact ? 'exactly' : issue.inclusive === false ? 'more than' : 'at least',
        issue.minimum,
      );
    case 'too_big':
      return sizeMessage(
        issue.origin,
        issue.exact ? 'exactly' : issue.inclusive === false ? 'less than' : 'at most',
        issue.maximum,
      );
    case 'invalid_format':
      return issue.pattern ? `expected a string matching ${issue.pattern}` : `expected a valid ${issue.format}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'invalid_key':
      return `invalid key ${describe(issue.input)}: ${issue.issues.map((inner) => inner.message).join('; ')}`;
    case 'invalid_element':
      return `invalid element: ${issue.issues.map((inner) => inner.message).join('; ')}`;
    case 'custom':
      return 'is not valid here';
    default:
      return 'is not valid here';
  }
}

/**
 * Turns zod issues (parsed with {@link issueMessage} as the error map) into {@link InputProblem}s.
 * A failed union is narrowed to the branch the author most plausibly meant, so a bad link deep in
 * a rich-text array is reported at the link, not as "expected a string or an array" on the field.
 */
export function formatIssues(issues: readonly Issue[], prefix: InputPath = []): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of issues) collect(issue, prefix, problems);
  return problems;
}

function collect(issue: Issue, prefix: InputPath, into: InputProblem[]): void {
  const path = [...prefix, ...issue.path.map(toPathSegment)];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = likelyBranch(issue.errors);
    if (branch) {
      for (const inner of branch) collect(inner, path, into);
      return;
    }
  }
  if (issue.code === 'invalid_key' && issue.origin === 'record') {
    // zod reports a bad record key at the record; naming the key in the path points at it.
    into.push({ path, message: issue.message || 'invalid key' });
    return;
  }
  into.push({ path, message: issue.message || 'is not valid here' });
}

/**
 * The branch the author most plausibly meant. A branch is ruled out when the value is plainly of
 * another shape there: wrong type or literal at the union's own level, a wrong discriminating
 * literal, or a key that branch requires is absent (`{ "some": [] }` against `{ all } | { any }`).
 * Among the rest: the fewest unknown keys, then the deepest issue, then the fewest issues.
 * Undefined when every branch is ruled out, so the union's own summary is shown instead.
 */
function likelyBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: { issues: readonly Issue[]; unknown: number; depth: number } | undefined;
  for (const issues of branches) {
    if (issues.some(rulesOutBranch)) continue;
    const unknown = issues.filter((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0).length;
    const depth = Math.max(...issues.map(issueDepth));
    const better =
      !best ||
      unknown < best.unknown ||
      (unknown === best.unknown &&
        (depth > best.depth || (depth === best.depth && issues.length < best.issues.length)));
    if (better) best = { issues, unknown, depth };
  }
  return best?.issues;
}

function rulesOutBranch(issue: Issue): boolean {
  const depth = issue.path.length;
  // A union nested at this level (a union of unions) rules the branch out only if it has no
  // plausible branch of its own.
  if (issue.code === 'invalid_union') return depth <= 1 && likelyBranch(issue.errors) === undefined;
  if (depth === 0) return issue.code === 'invalid_type' || issue.code === 'invalid_value';
  if (depth !== 1) return false;
  if (issue.code === 'invalid_type') return issue.input === undefined;
  return issue.code === 'invalid_value' && issue.values.length === 1;
}

/** How deep an issue points, looking through nested unions to the branch that would be shown. */
function issueDepth(issue: Issue): number {
  if (issue.code !== 'invalid_union') return issue.path.length;
  const branch = likelyBranch(issue.errors);
  return issue.path.length + (branch ? Math.max(...branch.map(issueDepth)) : 0);
}

/** What a union accepts, for its summary: `a string or an array`, `{ all } or { any } or { quantile }`. */
function unionExpectations(inst: unknown): string {
  const shapes = [...new Set(describeShapes(inst, 0))];
  if (shapes.length === 0) return 'a different value';
  if (shapes.length === 1) return shapes[0]!;
  return `${shapes.slice(0, -1).join(', ')} or ${shapes[shapes.length - 1]}`;
}

interface ShapeDef {
  type?: string;
  options?: unknown[];
  shape?: Record<string, unknown>;
  getter?: () => unknown;
  values?: unknown[];
  entries?: Record<string, unknown>;
  innerType?: unknown;
}

function describeShapes(schema: unknown, depth: number): string[] {
  const def = (schema as { _zod?: { def?: ShapeDef } } | undefined)?._zod?.def;
  if (!def?.type || depth > 4) return [];
  switch (def.type) {
    case 'union':
      return (def.options ?? []).flatMap((option) => describeShapes(option, depth + 1));
    case 'lazy':
      return def.getter ? describeShapes(def.getter(), depth + 1) : [];
    case 'object':
      return [`{ ${Object.keys(def.shape ?? {}).join(', ')} }`];
    case 'literal':
      return (def.values ?? []).map(quote);
    case 'enum':
      return Object.values(def.entries ?? {}).map(quote);
    case 'record':
      return ['an object'];
    case 'optional':
    case 'exact_optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return describeShapes(def.innerType, depth + 1);
    default:
      return [article(def.type)];
  }
}

function allowedKeys(inst: unknown): string[] | undefined {
  const shape = (inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : undefined;
}

function toPathSegment(segment: PropertyKey): string | number {
  return typeof segment === 'symbol' ? String(segment) : segment;
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'record') return 'an object';
  if (expected === 'null' || expected === 'undefined') return expected;
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** A short description of a value for messages; never prints a whole object. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return 'object';
  return typeof value;
}

/** Like {@link describe}, but shows numbers and booleans themselves: `got 1`, `got true`. */
function describeValue(value: unknown): string {
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
    ? String(value)
    : describe(value);
}

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function sizeMessage(origin: string, relation: string, bound: number | bigint): string {
  const plural = bound === 1 || bound === 1n ? '' : 's';
  if (origin === 'string') return `expected ${relation} ${bound} character${plural}`;
  if (origin === 'array' || origin === 'set') return `expected ${relation} ${bound} item${plural}`;
  return `expected a number ${relation} ${bound}`;
}
