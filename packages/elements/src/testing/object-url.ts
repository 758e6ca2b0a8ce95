/** Whether the object URL `url` was revoked: fetching a revoked `blob:` URL fails. */
export function isRevoked(url: string): Promise<boolean> {
  return fetch(url).then(
    () => false,
    () => true,
  );
}
