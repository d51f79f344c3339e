/**
 * A sentence's dependency tree as the relation rules walk it: each word's dependents by relation,
 * the preposition that marks a noun, and the way up. Relations are matched by their universal
 * part ("obl" matches "obl:agent" too) unless a subtype is asked for.
 */
import type { DependencyArc } from '../syntax/dependency-arc';
import type { Word } from './words';

export interface DependencyTree {
  /** The words, aligned 1:1 with `arcs`. */
  words: readonly Word[];
  arcs: readonly DependencyArc[];
  /** The dependents of each word, in sentence order. */
  dependents: readonly (readonly number[])[];
}

/**
 * @example
 * const tree = dependencyTree(words, [{ head: 1, deprel: 'nsubj' }, { head: -1, deprel: 'root' }, { head: 1, deprel: 'obj' }]);
 * dependentsOf(tree, 1, 'obj') // [2]
 */
export function dependencyTree(words: readonly Word[], arcs: readonly DependencyArc[]): DependencyTree {
  if (words.length !== arcs.length) throw new Error(`dependency tree: ${words.length} words but ${arcs.length} arcs`);
  const dependents: number[][] = words.map(() => []);
  arcs.forEach((arc, i) => {
    if (arc.head >= 0 && arc.head < words.length && arc.head !== i) dependents[arc.head].push(i);
  });
  return { words, arcs, dependents };
}

/** Whether `deprel` is `wanted`, or a subtype of it when `wanted` has none ("obl" covers "obl:agent"). */
export function isRelation(deprel: string, wanted: string): boolean {
  return deprel === wanted || (!wanted.includes(':') && deprel.startsWith(`${wanted}:`));
}

/** The dependents of word `i` attached by any of `relations`. */
export function dependentsOf(tree: DependencyTree, i: number, ...relations: string[]): number[] {
  return tree.dependents[i].filter((d) => relations.some((r) => isRelation(tree.arcs[d].deprel, r)));
}

/** The head of word `i`, or undefined at the root. */
export function headOf(tree: DependencyTree, i: number): number | undefined {
  const { head } = tree.arcs[i];
  return head >= 0 && head < tree.words.length ? head : undefined;
}

/** Whether word `i` hangs from its head by one of `relations`. */
export function attachedBy(tree: DependencyTree, i: number, ...relations: string[]): boolean {
  return relations.some((r) => isRelation(tree.arcs[i].deprel, r));
}

/** The prepositions marking word `i` ("mot" in "mot bolsjevikerna", "by" in "by the Soviet"), lower case. */
export function caseWordsOf(tree: DependencyTree, i: number): string[] {
  return dependentsOf(tree, i, 'case').map((c) => tree.words[c].norm);
}
