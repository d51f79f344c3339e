/**
 * The PROFILE of each main read query at the benchmark's size, for docs/benchmarks.md: which operators
 * run, with the index each seeks and the rows and database hits, so a slow read can be traced to its plan.
 */
import type { Graph } from '../../graph/driver/connection';
import { ENTITY_DETAIL } from '../../graph/queries/entity-detail';
import { EXPAND_ENTITY } from '../../graph/queries/expansion';
import { claimFilterParams } from '../../graph/queries/filter-params';
import { CLAIM_DATES_AMONG, ENTITIES_BY_ID, PAIRS_AMONG, RANK_ENTITIES } from '../../graph/queries/graph-selection';
import { PAIR_CLAIMS } from '../../graph/queries/pair-claims';
import { shortestPathsCypher } from '../../graph/queries/paths';
import { candidateQuery, SEARCH_ENTITIES } from '../../graph/queries/search';
import { queryKeys } from '../../domain/names/query-keys';

export interface ProfileSubjects {
  /** Entity ids from the default view: the selection's ids, a hub and another entity. */
  ids: string[];
  hub: string;
  other: string;
  /** A name to search for. */
  query: string;
  month: string;
}

/** @example for (const line of await readProfiles(graph, subjects)) console.log(line); */
export async function readProfiles(graph: Graph, subjects: ProfileSubjects): Promise<string[]> {
  const all = claimFilterParams({});
  const window = claimFilterParams({ from: subjects.month, to: subjects.month });
  const keys = queryKeys(subjects.query);
  const reads: Array<[string, string, Record<string, unknown>]> = [
    ['graph selection: ranking, default view', RANK_ENTITIES, { ...all, limit: 300 }],
    [`graph selection: ranking, ${subjects.month}`, RANK_ENTITIES, { ...window, limit: 300 }],
    ['graph selection: the chosen entities', ENTITIES_BY_ID, { ids: subjects.ids }],
    ['graph selection: the edges among them (aggregated)', PAIRS_AMONG, { ...all, ids: subjects.ids, edgeLimit: 1000 }],
    ['graph selection: the histogram days among them', CLAIM_DATES_AMONG, { ...all, ids: subjects.ids, keys: null }],
    ['the claims of one edge (hub → another, OPPOSED)', PAIR_CLAIMS, { ...all, source: subjects.hub, target: subjects.other, type: 'OPPOSED', offset: 0, limit: 50 }],
    [`search "${subjects.query}"`, SEARCH_ENTITIES, { queryKeys: keys, candidates: candidateQuery(keys), types: null, limit: 20 }],
    ['expand (hub)', EXPAND_ENTITY, { ...all, id: subjects.hub, limit: 50 }],
    ['entity detail (hub)', ENTITY_DETAIL, { id: subjects.hub, offset: 0, limit: 200 }],
    ['shortest paths (hub → another)', shortestPathsCypher(4), { from: subjects.hub, to: subjects.other, limit: 10 }],
  ];
  const out: string[] = [];
  for (const [name, cypher, params] of reads) {
    out.push(`### ${name}`, '', '```', ...(await graph.profile(cypher, params)), '```', '');
  }
  return out;
}
