const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a pitch has waited, in its largest whole unit through `Intl` ("3 hr", « 3 h »,
 * "2 days"), or `undefined` under a minute. One unit is enough to order a queue by eye; the
 * exact moment is in the row's `<time>`.
 */
export function formatWaiting(ms: number, lang: string): string | undefined {
  const [value, unit] =
    ms >= DAY
      ? [Math.floor(ms / DAY), 'day']
      : ms >= HOUR
        ? [Math.floor(ms / HOUR), 'hour']
        : [Math.floor(ms / MINUTE), 'minute'];
  if (value < 1) return undefined;
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short' }).format(
    value,
  );
}
