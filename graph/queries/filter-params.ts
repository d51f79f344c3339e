/**
 * Validates a GraphFilter and turns it into the $params that the claim predicate
 * `CLAIM_PASSES_FILTER` reads, so every query filters claims the same way.
 */
import type { GraphFilter } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { CLAIM_IN_WINDOW, dateWindowParams, type DateWindowParams } from './date-window';
import { claimNotRejected } from './projections';

export interface ClaimFilterParams extends DateWindowParams {
  relationTypes: string[] | null;
  entityTypes: string[] | null;
  documentId: string | null;
  minMentions: number;
  includeRejected: boolean;
}

function checkedList(name: string, values: readonly string[] | undefined, allowed: readonly string[]): string[] | null {
  if (values === undefined || values.length === 0) return null;
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0) throw new InvalidInputError(`Unknown ${name}: ${unknown.join(', ')}`, { [name]: unknown });
  return [...values];
}

/**
 * @example claimFilterParams({ from: '1917-10', relationTypes: ['JOINED'] })
 * // { dateField: 'date', from: '1917-10', toUpper: null, relationTypes: ['JOINED'], entityTypes: null, documentId: null, minMentions: 0 }
 */
export function claimFilterParams(filter: GraphFilter = {}): ClaimFilterParams {
  const minMentions = filter.minMentions ?? 0;
  if (!Number.isInteger(minMentions) || minMentions < 0) {
    throw new InvalidInputError(`minMentions must be a non-negative integer, got ${minMentions}`, { minMentions });
  }
  return {
    ...dateWindowParams(filter),
    relationTypes: checkedList('relationTypes', filter.relationTypes, RELATION_TYPES),
    entityTypes: checkedList('entityTypes', filter.entityTypes, ENTITY_TYPES),
    documentId: filter.documentId ?? null,
    minMentions,
    includeRejected: filter.status === 'all',
  };
}

/** True for an entity `v` that passes the type and mention-count filters. */
export function entityPassesFilter(v: string): string {
  return `(($entityTypes IS NULL OR ${v}.type IN $entityTypes) AND coalesce(${v}.mentionCount, 0) >= $minMentions)`;
}

/** True for a claim `r` between entities `a` and `b` that passes every filter. */
export const CLAIM_PASSES_FILTER = `
  ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($documentId IS NULL OR r.documentId = $documentId)
  AND ($includeRejected OR ${claimNotRejected('r')})
  AND ${CLAIM_IN_WINDOW}
  AND ${entityPassesFilter('a')} AND ${entityPassesFilter('b')}`;
