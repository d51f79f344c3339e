/**
 * What the parser's features read about a sentence and a parse state: the words, tags and endings,
 * computed once per sentence, and the small values read at a position ("<none>" past the buffer's
 * end, "<root>" for the virtual root). Shared by the move features and the label features.
 *
 * Word endings stand in for morphology the tagger does not give: the Swedish -s passive
 * ("arresterades"), English -ed/-ing.
 */
import { normaliseWord } from './features';
import { ROOT, type ParseState } from './parse-state';

export interface ParserView {
  /** Lower-cased words, numbers folded to a digit shape. */
  words: string[];
  tags: string[];
  /** The last three letters of each lower-cased word. */
  endings: string[];
  /** Ending and tag of each word, "des VERB". */
  endingTags: string[];
}

export function viewForParsing(forms: readonly string[], tags: readonly string[]): ParserView {
  const words = forms.map((form) => normaliseWord(form.toLowerCase()));
  const endings = words.map((word) => word.slice(-3));
  return { words, tags: [...tags], endings, endingTags: endings.map((ending, i) => ending + ' ' + tags[i]) };
}

export function wordAt(view: ParserView, i: number): string {
  return i >= 0 ? view.words[i] : i === ROOT ? '<root>' : '<none>';
}

export function tagAt(view: ParserView, i: number): string {
  return i >= 0 ? view.tags[i] : i === ROOT ? '<root>' : '<none>';
}

export function endingTagAt(view: ParserView, i: number): string {
  return i >= 0 ? view.endingTags[i] : tagAt(view, i);
}

export function labelAt(state: ParseState, i: number): string {
  return i >= 0 ? state.deprels[i] || '<unlabelled>' : '<none>';
}

/** Distance in words, in buckets: 1, 2, 3, 4, 5–9, 10+. */
const DISTANCES = ['0', '1', '2', '3', '4', '5', '5', '5', '5', '5'];

export function distance(from: number, to: number): string {
  if (from < 0 || to < 0) return '-';
  return DISTANCES[Math.abs(to - from)] ?? '10';
}

const VALENCIES = ['0', '1', '2', '3', '4'];

/** How many dependents a word has so far on one side (4 for 4 or more). */
export function valency(children: readonly number[][], word: number): string {
  return word >= 0 ? VALENCIES[Math.min(children[word].length, 4)] : '-';
}

/** The core argument relations among a word's dependents so far, left and right, in order ("s|o"). */
export function argumentSet(state: ParseState, word: number): string {
  if (word < 0) return '-';
  let set = '';
  for (const child of state.leftChildren[word]) set += argumentMark(state.deprels[child]);
  set += '|';
  for (const child of state.rightChildren[word]) set += argumentMark(state.deprels[child]);
  return set;
}

/** One letter for the relations that limit what else a word may take, nothing for the rest. */
function argumentMark(deprel: string): string {
  const base = deprel.split(':')[0];
  return base === 'nsubj' ? 's' : base === 'obj' ? 'o' : base === 'iobj' ? 'i' : base === 'aux' ? 'a' : base === 'cop' ? 'c' : base === 'mark' ? 'm' : '';
}
