/**
 * A name in apposition that the parser hung from the verb instead of from its noun: in "met the
 * German ambassador to the United States, Johann Heinrich von Bernstorff" or "telegraphed the
 * commander, General Kornilov" the name comes out as a second argument of the verb. A common
 * noun standing for no mention is then read through the proper noun that follows it after a
 * comma, when nothing but the noun's own words and prepositional phrases stand between them.
 */
import { caseWordsOf, headOf, type DependencyTree } from './dependency-tree';

/** Relations by which a misplaced apposition hangs from the verb. */
const DETACHED_RELATIONS = new Set(['obl', 'obj', 'iobj', 'nmod', 'appos', 'dep']);

/**
 * The proper noun set after a comma in apposition to the common noun `i`, though the parser made
 * it a sibling; undefined when there is none.
 *
 * @example
 * detachedApposition(tree('Kerensky telegraphed the commander, General Kornilov.'), indexOf('commander'))
 * // indexOf('Kornilov')
 */
export function detachedApposition(tree: DependencyTree, i: number): number | undefined {
  const head = headOf(tree, i);
  if (head === undefined || tree.words[i].upos !== 'NOUN') return undefined;
  const phrases = tree.dependents[head].filter((d) => d !== i && caseWordsOf(tree, d).length > 0);
  const between = new Set([...subtree(tree, i), ...phrases.flatMap((d) => subtree(tree, d))]);
  for (const sibling of tree.dependents[head]) {
    if (sibling <= i || !DETACHED_RELATIONS.has(tree.arcs[sibling].deprel) || tree.words[sibling].upos !== 'PROPN') continue;
    if (caseWordsOf(tree, sibling).length > 0) continue;
    const start = Math.min(...subtree(tree, sibling).filter((w) => !tree.words[w].isPunctuation));
    if (tree.words[start - 1]?.text !== ',') return undefined;
    for (let w = i + 1; w < start - 1; w++) if (!between.has(w)) return undefined;
    return sibling;
  }
  return undefined;
}

/** Word `i` and every word below it. */
function subtree(tree: DependencyTree, i: number): number[] {
  return [i, ...tree.dependents[i].flatMap((d) => subtree(tree, d))];
}
