/**
 * Who receives the help a "with" phrase names: "With the support of the Mensheviks, Kerensky
 * dissolved the Duma", "The Government, with the backing of the Cossacks, ordered …", "med stöd
 * av kosackerna". The phrase modifies a clause, whose subject is helped, or a noun, which is.
 * The parser often reads a fronted "With" as a subordinator and the noun after it as a second
 * subject; the noun is then set aside and the clause's other subject is the one helped.
 */
import { attachedBy, caseWordsOf, headOf, type DependencyTree } from './dependency-tree';
import { subjectOf } from './tree-clauses';

/** Prepositions of accompaniment. */
const WITH = new Set(['with', 'med']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * The words helped by the aid that noun `i` names, or none when the noun stands in no "with" phrase.
 *
 * @example
 * recipientWords(tree('With the support of the Mensheviks, Kerensky dissolved the Duma.'), indexOf('support'))
 * // [indexOf('Kerensky')]
 */
export function recipientWords(tree: DependencyTree, i: number): number[] {
  const head = headOf(tree, i);
  if (head === undefined || !isWithPhrase(tree, i)) return [];
  if (attachedBy(tree, i, 'nmod') && NOMINAL.has(tree.words[head].upos ?? '')) return [head];
  return subjectOf(tree, head).words.filter((w) => w !== i);
}

/** Whether noun `i` is marked by "with", as its preposition or as the word the parser hung elsewhere just before its phrase. */
function isWithPhrase(tree: DependencyTree, i: number): boolean {
  if (caseWordsOf(tree, i).some((c) => WITH.has(c))) return true;
  const first = Math.min(i, ...tree.dependents[i].filter((d) => d < i));
  return WITH.has(tree.words[first - 1]?.norm ?? '');
}
