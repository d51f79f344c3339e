/**
 * The year of a date written without one ("den 3 juli"), from the dates around it.
 *
 * The narrative carries its year forward from the last date that gave one; a month far before
 * the current one (December → January) means the year has rolled over, and one far after it
 * (January → "28 december") looks back to the year before. Nearby months keep the year, since
 * memoirs often look back a few months ("först i mars").
 */

export interface YearContext {
  year: number;
  month: number;
}

/** Months apart, within one year, beyond which the nearer year across New Year is meant. */
const ROLLOVER_DISTANCE = 7;

/**
 * The year of `month` nearest the context.
 *
 * @example
 * yearNear(1, { year: 1917, month: 12 }) // 1918 — "i januari" after December 1917
 * yearNear(3, { year: 1917, month: 10 }) // 1917 — looking back to March
 * yearNear(10, { year: 1918, month: 2 }) // 1917 — October, seen from February 1918
 * yearNear(12, { year: 1918, month: 1 }) // 1917
 */
export function yearNear(month: number, context: YearContext): number {
  const distance = month - context.month;
  if (distance < -ROLLOVER_DISTANCE) return context.year + 1;
  if (distance > ROLLOVER_DISTANCE) return context.year - 1;
  return context.year;
}

/**
 * The Old Style year of a double date whose year is written only inside the New Style part:
 * "den 25 december (7 januari 1918)" is 25 December 1917 OS.
 *
 * @example
 * oldStyleYear(12, { month: 1, year: 1918 }) // 1917
 */
export function oldStyleYear(month: number, newStyle: { month: number; year: number }): number {
  return newStyle.month < month ? newStyle.year - 1 : newStyle.year;
}
