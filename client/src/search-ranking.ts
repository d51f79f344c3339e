/**
 * Ranks entities for the search box, aware of Swedish inflection and of the several transliterations of
 * Russian names: "Kerenskis", "Kerensky" and "Kerenskij" all find Kerenski first. The page ranks the
 * entities it already holds at once, then merges in the API's suggestions when they arrive.
 */
import type { EntitySummary, GraphNode } from '../../domain/api';

export interface RankedEntity {
  node: GraphNode;
  score: number;
}

/** Rewrites that make transliterations of one Russian name spell alike; applied in order. */
const FOLDS: readonly [RegExp, string][] = [
  [/w/g, 'v'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/tj/g, 'ch'],
  [/sj/g, 'sh'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/(?:ij|iy|yj|y)\b/g, 'i'],
  [/(?:off|ow)\b/g, 'ov'],
  [/([a-z])\1/g, '$1'],
];

/** Swedish case and definiteness endings, longest first. */
const SUFFIXES = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'nas', 'en', 'et', 'na', 's'];
const MIN_STEM_LENGTH = 3;

/**
 * Lower case, without diacritics or punctuation, with transliterations folded.
 * @example foldName('Trotskij') === foldName('Trotsky')
 */
export function foldName(text: string): string {
  let folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * The forms a folded word may take once an inflection ending is removed (the word itself included).
 * @example stems('kerenskis') // ['kerenskis', 'kerenski']
 */
export function stems(word: string): string[] {
  const forms = [word];
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM_LENGTH) forms.push(word.slice(0, -suffix.length));
  }
  return forms;
}

function phraseStems(folded: string): Set<string> {
  const words = folded.split(' ');
  const last = words.pop() ?? '';
  return new Set(stems(last).map((stem) => [...words, stem].join(' ')));
}

function matchScore(query: string, queryStems: ReadonlySet<string>, form: string, exactScore: number): number {
  if (form === query) return exactScore;
  if ([...phraseStems(form)].some((stem) => queryStems.has(stem))) return exactScore - 15;
  if (form.startsWith(query)) return 70 - Math.min(10, form.length - query.length);
  if (form.split(' ').some((word) => word.startsWith(query))) return 55;
  if (form.includes(query)) return 40;
  return 0;
}

/**
 * Scores one entity for a query: exact name 100, exact alias 95, same stem 85/80, prefix ~70, word prefix 55,
 * substring 40, plus up to 9 for being often mentioned; 0 means no match.
 * @example scoreEntity('Kerenskis', { name: 'Kerenski', aliases: [], ... }) > 80
 */
export function scoreEntity(query: string, node: GraphNode): number {
  const folded = foldName(query);
  if (folded.length === 0) return 0;
  const queryStems = phraseStems(folded);
  const nameScore = matchScore(folded, queryStems, foldName(node.name), 100);
  const aliasScore = Math.max(0, ...node.aliases.map((alias) => matchScore(folded, queryStems, foldName(alias), 95)));
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
