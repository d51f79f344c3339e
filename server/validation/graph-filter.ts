/**
 * The filter parameters shared by /api/graph, /api/entities/:id/neighbors and /api/export, parsed
 * once into a domain GraphFilter: a time window in the text's calendar (or Gregorian with
 * `calendar=gregorian`), entity and relation types, a minimum mention count and one document.
 */
import type { GraphFilter } from '../../domain/api';
import { startsAfter } from '../../domain/dates/partial-iso';
import { InvalidInputError } from '../../domain/errors';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { optionalIsoDate } from './dates';
import { optionalChoice, optionalInt, optionalList, optionalString, type QueryInput } from './query-params';

/** The parameter names parseGraphFilter reads, for assertKnownParams. */
export const GRAPH_FILTER_PARAMS = ['from', 'to', 'calendar', 'entityTypes', 'relationTypes', 'minMentions', 'documentId', 'status'] as const;

/** Above any real mention count; only guards against absurd input. */
const MAX_MIN_MENTIONS = 1_000_000;

/**
 * @example parseGraphFilter({ from: '1917-10', to: '1917-11-07', relationTypes: 'ARRESTED,JOINED' })
 * // { from: '1917-10', to: '1917-11-07', relationTypes: ['ARRESTED', 'JOINED'] }
 * @throws InvalidInputError for a bad date, an unknown type, or `from` after `to`
 */
export function parseGraphFilter(query: QueryInput): GraphFilter {
  const filter: GraphFilter = {
    from: optionalIsoDate(query, 'from'),
    to: optionalIsoDate(query, 'to'),
    calendar: optionalChoice(query, 'calendar', ['text', 'gregorian'] as const),
    entityTypes: optionalList(query, 'entityTypes', ENTITY_TYPES),
    relationTypes: optionalList(query, 'relationTypes', RELATION_TYPES),
    minMentions: optionalInt(query, 'minMentions', { min: 0, max: MAX_MIN_MENTIONS }),
    documentId: optionalString(query, 'documentId'),
    status: optionalChoice(query, 'status', ['all'] as const),
  };
  if (filter.from !== undefined && filter.to !== undefined && startsAfter(filter.from, filter.to)) {
    throw new InvalidInputError(`Parameter "from" (${filter.from}) is after "to" (${filter.to})`, { from: filter.from, to: filter.to });
  }
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as GraphFilter;
}
