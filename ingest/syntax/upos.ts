/**
 * The Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/), the
 * label set of the tagger. Kept as one ordered list: the model stores a tag as its index here.
 */
export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;

export type Upos = (typeof UPOS_TAGS)[number];

const UPOS_SET: ReadonlySet<string> = new Set(UPOS_TAGS);

/** True when `tag` is one of the seventeen UPOS tags. */
export function isUpos(tag: string): tag is Upos {
  return UPOS_SET.has(tag);
}
