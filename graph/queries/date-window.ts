/**
 * Time windows over claim dates. Dates are ISO strings of day, month or year precision, so
 * they compare lexicographically; a claim matches when its period overlaps [from, to]:
 * "1917-10" matches a window from 1917-10-15, and a window to "1917-10" includes 1917-10-31.
 */
import type { GraphFilter } from '../../domain/api';
import { isPartialIso, startsAfter } from '../../domain/dates/partial-iso';
import { InvalidInputError } from '../../domain/errors';

/** Sorts after every digit and "-", so `date + PERIOD_END` is the last instant of a date's period. */
export const PERIOD_END = '~';

/** The Cypher parameters of a window: which claim property to compare and the two bounds. */
export interface DateWindowParams {
  dateField: 'date' | 'dateGregorian';
  /** Claims whose period ends before this are outside; null for no lower bound. */
  from: string | null;
  /** Claims whose period starts after this are outside; null for no upper bound. */
  toUpper: string | null;
}

function checkedDate(name: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!isPartialIso(value)) {
    throw new InvalidInputError(`${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`, { [name]: value });
  }
  return value;
}

/**
 * Validates a filter's window and turns it into query parameters.
 * @example dateWindowParams({ from: '1917-10', to: '1917-11' })
 * // { dateField: 'date', from: '1917-10', toUpper: '1917-11~' }
 */
export function dateWindowParams(filter: Pick<GraphFilter, 'from' | 'to' | 'calendar'>): DateWindowParams {
  const from = checkedDate('from', filter.from);
  const to = checkedDate('to', filter.to);
  if (from !== null && to !== null && startsAfter(from, to)) {
    throw new InvalidInputError(`from (${from}) is after to (${to})`, { from, to });
  }
  return {
    dateField: filter.calendar === 'gregorian' ? 'dateGregorian' : 'date',
    from,
    toUpper: to === null ? null : to + PERIOD_END,
  };
}

/**
 * The Cypher predicate for a claim `r` inside the window given by `dateWindowParams`;
 * undated claims are outside any window that has a bound.
 */
export const CLAIM_IN_WINDOW = `
  ($from IS NULL OR (r[$dateField] IS NOT NULL AND r[$dateField] + '${PERIOD_END}' >= $from))
  AND ($toUpper IS NULL OR (r[$dateField] IS NOT NULL AND r[$dateField] <= $toUpper))`;
