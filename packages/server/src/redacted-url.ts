/**
 * A connection URL as it may be logged or printed: its password, in the user part or in a
 * `password` parameter, shown as `***`. `undefined` when `value` is not a `scheme://` URL (a
 * string that is not one may hold a password anywhere, so it is never shown).
 */
export function redactedUrl(value: string): string | undefined {
  // Without `scheme://`, what follows the first colon is no host: `user:secret@db:5432` would
  // parse as the scheme `user:` with the password in its path.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.password !== '') url.password = '***';
  if (url.searchParams.has('password')) url.searchParams.set('password', '***');
  return url.href;
}

/**
 * What went wrong with a connection, in one line: the error's message, or for an error that has
 * none (Node's AggregateError when every address of `localhost` refused), its code or those of
 * the errors it gathers.
 */
export function connectionProblem(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message !== '') return error.message;
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map((inner: unknown) => connectionProblem(inner)).join('; ');
  return (error as { code?: string }).code ?? error.name;
}
