/**
 * ISO dates as the API accepts them: a day (YYYY-MM-DD) or a month (YYYY-MM). The day must exist in
 * its month; 29 February is accepted in every year divisible by four, because dates in the text's own
 * calendar are Julian before 1918 and the Julian calendar has no century exception.
 */
import { InvalidInputError } from '../../domain/errors';
import { optionalString, type QueryInput } from './query-params';

const ISO_DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number | undefined): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const leapDayAllowed = month !== 2 || day < 29 || year % 4 === 0;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1] && leapDayAllowed;
}

/**
 * True for "1917-10-25" and "1917-10"; false for "1917", "1917-13", "1917-02-30" or "25/10/1917".
 * @example isIsoDayOrMonth('1917-10-25') // true
 */
export function isIsoDayOrMonth(text: string): boolean {
  const match = ISO_DAY_OR_MONTH.exec(text);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
}

/**
 * The parameter as a checked ISO day or month, or undefined when absent.
 * @example optionalIsoDate({ from: '1917-10' }, 'from') // '1917-10'
 * optionalIsoDate({ from: 'oktober' }, 'from') // throws InvalidInputError
 */
export function optionalIsoDate(query: QueryInput, name: string): string | undefined {
  const text = optionalString(query, name);
  if (text === undefined) return undefined;
  if (!isIsoDayOrMonth(text)) {
    throw new InvalidInputError(`Parameter "${name}" must be an ISO date, YYYY-MM-DD or YYYY-MM, got "${text}"`, { [name]: text });
  }
  return text;
}
