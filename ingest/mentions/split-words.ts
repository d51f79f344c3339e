/**
 * Words a scan split in two: "Military Train ing School", "the Interna tionale", "Congres sional
 * deputies", "Simul- taneously". The second piece is an ending that never stands as a word of its
 * own, so a name that runs into one goes on through it. The mention keeps the text as written (the
 * evidence must stand verbatim in the document); typing and keys read the word joined.
 */
import type { Token } from './tokens';

/** Word endings that are no word alone, in English and Swedish. */
const WORD_ENDING =
  /^(?:ings?|[ast]?ions?|[st]ion(?:al|ale|ally|ary|s)|tionale|ments?|mental|ary|ity|i?cal(?:ly)?|tically|ence|ance|ous|ive|isms?|ists?|ians?|ial|ning(?:en|ar|arna)?|tionen|heten|arna|erna)$/u;

/** What may part the two pieces: one space, or a hyphen left from a line break and a space. */
const SPLIT = /^-? $/u;

/**
 * The index of the token that ends the word tokens[index] begins, when a scan split it; else -1.
 * @example splitEndAfter('the Train ing School', tokenize('the Train ing School'), 1) // 2
 */
export function splitEndAfter(text: string, tokens: readonly Token[], index: number): number {
  const next = tokens[index + 1];
  if (!next || !WORD_ENDING.test(next.text) || !SPLIT.test(text.slice(tokens[index].end, next.start))) return -1;
  return index + 1;
}

/**
 * The words of tokens[first..last] as they were before the scan split them: "Military Train ing
 * School" → "Military Training School".
 */
export function joinedWords(text: string, tokens: readonly Token[], first: number, last: number): string {
  let joined = tokens[first].text;
  for (let i = first + 1; i <= last; i++) joined += (splitEndAfter(text, tokens, i - 1) === i ? '' : ' ') + tokens[i].text;
  return joined;
}

/** A word made whole into an adjective ("Congressional", "Tactical"): a modifier of the noun after it, no name. */
export const isAdjectiveEnding = (word: string): boolean => /(?:al|ary|ous|ive|ic)$/u.test(word);
