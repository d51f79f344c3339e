/**
 * Entity search by name or prefix that finds inflected and transliterated forms: the query is
 * folded the way stored names are (domain/names/), with Swedish genitive/definite endings
 * stripped, so "Kerenskis" and "Kerensky" both find Kerenski first.
 */
import type { EntitySummary } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import type { EntityType } from '../../domain/types';
import { ENTITY_TYPES } from '../../domain/types';
import type { Graph } from '../driver/connection';
import { plainFold } from '../../domain/names/name-key';
import { queryKeys } from '../../domain/names/query-keys';
import { asGraphNode, nodeProjection } from './projections';
import { ENTITY_KEYS_INDEX } from '../schema';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/**
 * Score: 3 when a key equals a query key and the canonical name is among the hits, 2 for an exact
 * alias, 1 for a key or one of its words starting with a query key; ties go to the more mentioned.
 */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', $candidates) YIELD node AS e
WITH e WHERE $types IS NULL OR e.type IN $types
WITH e,
     any(key IN e.keys WHERE key IN $queryKeys) AS exact,
     any(key IN coalesce(e.nameKeys, []) WHERE key IN $queryKeys) AS nameExact,
     any(key IN e.keys WHERE any(q IN $queryKeys WHERE key STARTS WITH q OR key CONTAINS (' ' + q))) AS prefix
WHERE exact OR prefix
WITH e, CASE WHEN exact AND nameExact THEN 3 WHEN exact THEN 2 ELSE 1 END AS score
RETURN ${nodeProjection('e')} AS node, score
ORDER BY score DESC, e.mentionCount DESC, e.name
LIMIT toInteger($limit)`;

export interface SearchOptions {
  types?: EntityType[];
  limit?: number;
}

/** Lucene's operators, escaped in query words (keys are folded, but a query key may keep a symbol). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The full-text query for the candidates: for each query key, entities with a key word starting with
 * each of its words. A superset of what SEARCH_ENTITIES keeps (a key that starts with, or has a word
 * starting with, the whole query key), so the index narrows the scan without changing the answer.
 * @example candidateQuery(['petrograds gar', 'kerenski']) // '(+petrograds* +gar*) OR (+kerenski*)'
 */
export function candidateQuery(keys: readonly string[]): string {
  const clauses = keys
    .map((key) => key.split(/\s+/).filter((word) => word !== '').map((word) => `+${word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}*`))
    .filter((words) => words.length > 0)
    .map((words) => `(${words.join(' ')})`);
  return clauses.join(' OR ');
}

/**
 * @example await searchEntities(graph, 'Kerenskis') // [{ id: 'kerenski', name: 'Kerenski', score: 3, ... }, ...]
 */
export async function searchEntities(graph: Graph, query: string, options: SearchOptions = {}): Promise<EntitySummary[]> {
  if (plainFold(query) === '') throw new InvalidInputError('The search query is empty', { query });
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}, got ${limit}`, { limit });
  }
  const unknown = (options.types ?? []).filter((type) => !(ENTITY_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) throw new InvalidInputError(`Unknown entity types: ${unknown.join(', ')}`, { types: unknown });
  const types = options.types && options.types.length > 0 ? options.types : null;
  const keys = queryKeys(query);
  const candidates = candidateQuery(keys);
  if (candidates === '') return [];
  const rows = await graph.read(SEARCH_ENTITIES, { queryKeys: keys, candidates, types, limit });
  return rows.map((row) => ({ ...asGraphNode(row.node), score: row.score as number }));
}
