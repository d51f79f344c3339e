/**
 * One reading per claim: where the tree and the word-order rules read the same relation between
 * the same two entities of a sentence, the tree's reading is kept, since its roles come from the
 * syntax rather than from which name stands nearer the verb ("Till bolsjevikerna gick
 * regementet över" has the object first). Agreement of the two is evidence, so the kept reading
 * is as confident as the surer of them. A claim the tree reads as denied (negated, refused,
 * supposed: "only if the government attempted to suppress the Volunteers") is dropped from the
 * word-order readings too, unless the tree also states it elsewhere in the sentence. And where
 * the tree says who did a thing to someone, a word-order reading that gives the same act on the
 * same object to someone else took the wrong name before the verb ("With the support of the
 * Mensheviks, Kerensky dissolved the Duma": the Mensheviks did not dissolve it).
 */
import type { Mention } from '../../domain/types';
import type { Candidate } from './candidate';
import type { TreeReadings } from './tree-candidates';

/**
 * The candidates of one sentence with the word-order readings the tree restates or denies removed.
 *
 * @example
 * preferTreeReadings([heuristic('regementet JOINED bolsjevikerna', 0.8)], { stated: [tree('regementet JOINED bolsjevikerna', 0.75)], denied: [] }, key)
 * // [tree reading at 0.8]
 */
export function preferTreeReadings(wordOrder: readonly Candidate[], tree: TreeReadings, entityOf: (m: Mention) => string): Candidate[] {
  const claim = (c: Candidate) => `${c.type}|${[entityOf(c.subject), entityOf(c.object)].sort().join('|')}`;
  const restated = new Map<string, number>();
  for (const c of wordOrder) restated.set(claim(c), Math.max(restated.get(claim(c)) ?? 0, c.confidence));
  const overruled = new Set([...tree.stated, ...tree.denied].map(claim));
  const subjectsOf = new Map<string, Set<string>>();
  for (const c of tree.stated) {
    const target = `${c.type}|${entityOf(c.object)}`;
    subjectsOf.set(target, (subjectsOf.get(target) ?? new Set()).add(entityOf(c.subject)));
  }
  const otherSubject = (c: Candidate) => subjectsOf.get(`${c.type}|${entityOf(c.object)}`)?.has(entityOf(c.subject)) === false;
  return [
    ...wordOrder.filter((c) => !overruled.has(claim(c)) && !otherSubject(c)),
    ...tree.stated.map((c) => ({ ...c, confidence: Math.max(c.confidence, restated.get(claim(c)) ?? 0) })),
  ];
}
