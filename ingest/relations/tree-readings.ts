/**
 * The tree readings of one sentence, when its analysis has a dependency tree: the parser's arcs
 * over the same words the cues are looked up in. An analysis without arcs reads nothing here, and
 * a sentence without a cue word is never parsed.
 */
import type { Mention } from '../../domain/types';
import type { DependencyArc } from '../syntax/dependency-arc';
import { dependencyTree } from './dependency-tree';
import { cuesOfWord, type LemmaCueIndex } from './lemma-cue-matches';
import { treeReadings, type TreeReadings } from './tree-candidates';
import type { Word } from './words';
import type { SentenceContext } from './pronouns';

/** What the tree reading needs of an analysis: its text and, lazily, its arcs (one per token). */
export interface ParsedSentence {
  text: string;
  arcs?: () => readonly DependencyArc[];
}

/**
 * @example
 * readingsFromTree(analyse('Kerenski arresterade Korniloff.', 'sv'), words, mentions, index)
 * // { stated: [{ subject: Kerenski, object: Korniloff, type: 'ARRESTED', rule: 'sv.arrest.tree', ... }], denied: [] }
 */
export function readingsFromTree(
  analysis: ParsedSentence,
  words: readonly Word[],
  mentions: readonly Mention[],
  index: LemmaCueIndex,
  previous: readonly SentenceContext[] = [],
): TreeReadings {
  // Every tree reading starts from a cue word, so a sentence without one is not worth parsing:
  // skipping those halves the parser's share of a long book.
  if (!words.some((w) => cuesOfWord(w, index).length > 0)) return { stated: [], denied: [] };
  const arcs = analysis.arcs?.();
  if (!arcs || arcs.length !== words.length) return { stated: [], denied: [] };
  return treeReadings(dependencyTree(words, arcs), mentions, index, analysis.text, previous);
}
