/**
 * The Japan-time (Asia/Tokyo) calendar day around an instant, whatever the
 * server's own zone. Japan has kept UTC+9 without daylight saving since 1951,
 * so a fixed offset is exact.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** [start, end) of the Japan day that contains `at`. */
export function japanDayRange(at: Date): { start: Date; end: Date } {
  const shifted = new Date(at.getTime() + JST_OFFSET_MS);
  const start = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - JST_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}
