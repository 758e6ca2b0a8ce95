/**
 * The index a radio group moves to for a key, as the ARIA radio group pattern says: arrows move
 * and wrap, Home and End jump to the ends. Left and right swap under `dir="rtl"`, because the
 * previous option is on the right there. `undefined` for any other key.
 */
export function radioIndexFor(key: string, index: number, count: number, rtl: boolean): number | undefined {
  if (count === 0) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (index + 1) % count;
    case backward:
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
