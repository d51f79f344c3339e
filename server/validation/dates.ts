/**
 * Date parameters of the API: partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) by the one rule in
 * domain/dates/partial-iso.ts, which the graph's window and the page use too.
 */
import { isPartialIso } from '../../domain/dates/partial-iso';
import { InvalidInputError } from '../../domain/errors';
import { optionalString, type QueryInput } from './query-params';

/**
 * The parameter as a checked partial ISO date, or undefined when absent.
 * @example optionalIsoDate({ from: '1917-10' }, 'from') // '1917-10'
 * optionalIsoDate({ from: 'oktober' }, 'from') // throws InvalidInputError
 */
export function optionalIsoDate(query: QueryInput, name: string): string | undefined {
  const text = optionalString(query, name);
  if (text === undefined) return undefined;
  if (!isPartialIso(text)) {
    throw new InvalidInputError(`Parameter "${name}" must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`, { [name]: text });
  }
  return text;
}
