/**
 * Word tokens with their character offsets in the sentence, the unit every mention rule works on.
 * Hyphenated words stay one token ("Brest-Litowsk", "Kronstadt-matroserna"); rules split them when needed.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Position among the sentence's word tokens. */
  index: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-:’'][\p{L}\p{N}]+)*/gu;

/**
 * Splits a sentence into word tokens, keeping offsets so mentions can quote the text verbatim.
 * @example tokenize('Kerenskis regering föll.').map((t) => t.text) // ['Kerenskis', 'regering', 'föll']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length, index: tokens.length });
  }
  return tokens;
}

/** Whether a word starts with a capital letter ("Kerenski", "Östersjöflottan"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Whether a word starting at `offset` opens the sentence, a quotation or a clause after a colon,
 * where any word is capitalised and capitals say nothing about names. Footnote marks after the
 * full stop ("rising.[34] Unbeknownst") still leave the next word opening a sentence: the segmenter
 * may keep both in one sentence, since a mark is no sentence end of its own.
 * @example opensClause('Han sade: ”Byn Pulkovo.', 11) // true
 * @example opensClause('in 1916.[34] Unbeknownst to him', 13) // true
 */
export function opensClause(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return /^[\s”“"'«»(–—-]*$/u.test(before) || /[.!?:](?:\[[\p{L}\p{N}]{1,4}\])*[\s”“"'«»(–—-]*$/u.test(before) || /[”“"«]\s*$/u.test(before);
}
