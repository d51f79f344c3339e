/**
 * Ranks entities for the search box, aware of Swedish inflection and of the several transliterations of
 * Russian names: "Kerenskis", "Kerensky" and "Kerenskij" all find Kerenski first. The keys are the
 * graph search's own (domain/names/), so the page and /api/entities agree on what a name matches. The page ranks the
 * entities it already holds at once, then merges in the API's suggestions when they arrive.
 */
import type { EntitySummary, GraphNode } from '../../domain/api';
import { nameKeys, plainFold } from '../../domain/names/name-key';
import { queryKeys } from '../../domain/names/query-keys';

export interface RankedEntity {
  node: GraphNode;
  score: number;
}

/** A query's keys: as typed (plain and transliterated), and with its inflection endings stripped too. */
interface QueryForms {
  typed: ReadonlySet<string>;
  inflected: ReadonlySet<string>;
}

function queryForms(query: string): QueryForms {
  return { typed: new Set(nameKeys([query])), inflected: new Set(queryKeys(query)) };
}

function matchScore(query: QueryForms, form: string, exactScore: number): number {
  const keys = nameKeys([form]);
  if (keys.some((key) => query.typed.has(key))) return exactScore;
  if (queryKeys(form).some((key) => query.inflected.has(key))) return exactScore - 15;
  const typed = [...query.typed];
  const prefixOf = keys.flatMap((key) => typed.filter((q) => key.startsWith(q)).map((q) => key.length - q.length));
  if (prefixOf.length > 0) return 70 - Math.min(10, ...prefixOf);
  if (keys.some((key) => key.split(' ').some((word) => typed.some((q) => word.startsWith(q))))) return 55;
  if (keys.some((key) => typed.some((q) => key.includes(q)))) return 40;
  return 0;
}

/**
 * Scores one entity for a query: exact name 100, exact alias 95, same stem 85/80, prefix ~70, word prefix 55,
 * substring 40, plus up to 9 for being often mentioned; 0 means no match.
 * @example scoreEntity('Kerenskis', { name: 'Kerenski', aliases: [], ... }) > 80
 */
export function scoreEntity(query: string, node: GraphNode): number {
  if (plainFold(query) === '') return 0;
  const forms = queryForms(query);
  const nameScore = matchScore(forms, node.name, 100);
  const aliasScore = Math.max(0, ...node.aliases.map((alias) => matchScore(forms, alias, 95)));
  const best = Math.max(nameScore, aliasScore);
  return best === 0 ? 0 : best + Math.min(9, Math.log2(1 + node.mentionCount));
}

/**
 * The best matches first; ties go to the more mentioned entity, then to the name.
 * @example rankEntities('Kerensky', nodes, 8)[0].node.id === 'kerenski'
 */
export function rankEntities(query: string, nodes: readonly GraphNode[], limit: number): RankedEntity[] {
  return nodes
    .map((node) => ({ node, score: scoreEntity(query, node) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || b.node.mentionCount - a.node.mentionCount || a.node.name.localeCompare(b.node.name))
    .slice(0, limit);
}

/**
 * Adds the API's results to the local ranking: an entity both found keeps the better score, and one only the
 * API found (it knows every document, the page only the loaded view) is ranked by the local scorer, or just
 * below the local results when the local scorer sees no match.
 * @example mergeSuggestions('Kerensky', local, remote.results, 8)
 */
export function mergeSuggestions(
  query: string,
  local: readonly RankedEntity[],
  remote: readonly EntitySummary[],
  limit: number,
): RankedEntity[] {
  const merged = new Map(local.map((ranked) => [ranked.node.id, ranked]));
  const floor = Math.min(40, ...local.map((ranked) => ranked.score));
  remote.forEach((summary, position) => {
    if (merged.has(summary.id)) return;
    const { score: _score, ...node } = summary;
    const localScore = scoreEntity(query, node);
    merged.set(summary.id, { node, score: localScore > 0 ? localScore : floor - 1 - position / 100 });
  });
  return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The suggestion to highlight before the reader moves: the first whose name or alias is what was typed
 * (case, diacritics and transliteration aside), else none (-1), so that ArrowDown lands on the top hit
 * rather than the one after it.
 * @example exactMatchIndex('kerenski', rankEntities('kerenski', nodes, 8)) // 0
 */
export function exactMatchIndex(query: string, suggestions: readonly RankedEntity[]): number {
  const typed = new Set(nameKeys([query]));
  if (plainFold(query) === '') return -1;
  return suggestions.findIndex(({ node }) => nameKeys([node.name, ...node.aliases]).some((key) => typed.has(key)));
}
