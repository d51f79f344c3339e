/**
 * The Gregorian days a claim's date covers, for timelines that need whole days (GEXF's
 * timeformat="date"): a day is itself, a month runs from its 1st to its last day, a year from
 * 1 January to 31 December. Gregorian, so one export has one consistent time axis.
 */

export interface DayPeriod {
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  end: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * @example claimPeriod('1917-11-07') // { start: '1917-11-07', end: '1917-11-07' }
 * claimPeriod('1918-02') // { start: '1918-02-01', end: '1918-02-28' }
 * claimPeriod(null) // null
 */
export function claimPeriod(gregorianDate: string | null): DayPeriod | null {
  if (gregorianDate === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(gregorianDate);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return { start: gregorianDate, end: gregorianDate };
  if (month !== undefined) {
    const last = lastDayOfMonth(Number(year), Number(month));
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
