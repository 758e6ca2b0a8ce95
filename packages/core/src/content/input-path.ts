type InputPath = readonly (string | number)[];

/**
 * Writes a path the way an author would look it up in their JSON: `challenges[0].questions[2].id`.
 * Keys that are not plain identifiers are quoted: `title["fr-CA"]`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) text += text.length === 0 ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * Orders paths as a reader scans a document: segment by segment, array indexes numerically, so
 * `items[2]` comes before `items[10]` and a parent before its children.
 */
export function comparePaths(a: InputPath, b: InputPath): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    if (typeof left === 'number') return -1;
    if (typeof right === 'number') return 1;
    return left < right ? -1 : 1;
  }
  return a.length - b.length;
}
