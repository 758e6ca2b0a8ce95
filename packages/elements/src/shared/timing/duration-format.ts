/** `4:05`, `1:02:09`: whole seconds as a clock. */
function clockText(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * A countdown or a length as a clock, a second begun counted whole: the countdown reads 0:00 only
 * once time is out, and a take of 11.2 s lasts 0:12 wherever it is shown.
 */
export function formatClock(ms: number): string {
  return clockText(Math.ceil(ms / 1000));
}

/** A position in a recording as a clock, the second it is in: a comment at 12.9 s is at 0:12. */
export function formatTimestamp(atMs: number): string {
  return clockText(Math.max(0, Math.floor(atMs / 1000)));
}

/** A spoken duration in `lang` through `Intl` ("4 minutes, 5 seconds", « 1 minute et 30 secondes »). */
export function formatDuration(totalSeconds: number, lang: string): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [
    ...(hours > 0 ? [unit(hours, 'hour')] : []),
    ...(minutes > 0 ? [unit(minutes, 'minute')] : []),
    ...(seconds > 0 || totalSeconds === 0 ? [unit(seconds, 'second')] : []),
  ];
  return new Intl.ListFormat(lang, { style: 'long', type: 'unit' }).format(parts);
}
