/**
 * Swedish spelling before the 1906 reform ("hvilka", "öfver", "af", "gifva", "godt", "qvinna"),
 * rewritten in today's spelling for analysis only: the tagger, lemmatiser and cue lexicon were
 * learned from modern text. The document's own text is never changed: evidence and mentions
 * quote it verbatim, so the rewrite keeps a map from each modern character back to the original.
 *
 * Also the plural verb forms that Swedish prose kept until the 1940s ("de voro", "gingo",
 * "blefvo"): the treebank has only the singular forms, which today serve both numbers.
 */

/** A text in modern spelling, with where each of its characters stood in the original. */
export interface ModernSpelling {
  text: string;
  /** The original offset of modern offset `i`; `i === text.length` maps to the original's length. */
  originalOffset(i: number): number;
  /** The modern offset of original offset `i`; the inverse of `originalOffset` at word boundaries. */
  modernOffset(i: number): number;
}

/** Old plural past and present forms → the form used for every number today. */
const PLURAL_VERBS: Readonly<Record<string, string>> = {
  voro: 'var', blevo: 'blev', gingo: 'gick', kommo: 'kom', togo: 'tog', funno: 'fann', stodo: 'stod',
  drogo: 'drog', slogo: 'slog', gåvo: 'gav', sågo: 'såg', höllo: 'höll', bröto: 'bröt', foro: 'for',
  drevo: 'drev', skrevo: 'skrev', lågo: 'låg', sutto: 'satt', vunno: 'vann', äro: 'är', fingo: 'fick',
  läto: 'lät', sköto: 'sköt', grepo: 'grep', redo: 'red', bundo: 'band', stredo: 'stred', föllo: 'föll',
  slöto: 'slöt', anföllo: 'anföll', angrepo: 'angrep', övergingo: 'övergick', ingingo: 'ingick', bistodo: 'bistod',
};

/**
 * Word-final f after a vowel was written for v ("af", "lif", "bref"); these few modern words
 * still end so and keep their f.
 */
const FINAL_F_KEPT = new Set(['chef', 'elf', 'golf', 'riff', 'straff', 'kaf', 'tuff', 'puff', 'off', 'of', 'if', 'ef', 'kniff']);

const VOWELS = 'aeiouyåäöéAEIOUYÅÄÖÉ';

/** Words already rewritten: a document repeats its words, and the rules are pure. Cleared when large. */
const MODERN_CACHE = new Map<string, string>();
const MODERN_CACHE_LIMIT = 100_000;

/** The modern spelling of one old-spelled word, keeping its capitalisation; the word itself when nothing applies. */
export function modernWord(word: string): string {
  const known = MODERN_CACHE.get(word);
  if (known !== undefined) return known;
  if (MODERN_CACHE.size >= MODERN_CACHE_LIMIT) MODERN_CACHE.clear();
  const modern = rewriteWord(word);
  MODERN_CACHE.set(word, modern);
  return modern;
}

function rewriteWord(word: string): string {
  const lower = word.toLowerCase();
  let modern = lower
    .replace(/^hv(?=[aeiouyåäö])/u, 'v')
    .replace(/qv/gu, 'kv')
    .replace(/(?<=[aeiouyåäöl])fv/gu, 'v')
    .replace(/(?<=[aeiouyåäö])dt$/u, 'tt')
    .replace(/(?<=[aeiouyåäö])dts$/u, 'tts');
  if (modern.length >= 2 && modern.endsWith('f') && VOWELS.includes(modern[modern.length - 2]) && !FINAL_F_KEPT.has(modern)) {
    modern = `${modern.slice(0, -1)}v`;
  }
  modern = PLURAL_VERBS[modern] ?? modern;
  if (modern === lower) return word;
  return restoreCase(word, modern);
}

/** Puts the original's leading capital (or all capitals) on the modern form. */
function restoreCase(original: string, modern: string): string {
  if (original === original.toUpperCase() && original.length > 1) return modern.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return modern[0].toUpperCase() + modern.slice(1);
  return modern;
}

const WORD = /\p{L}+/gu;

/**
 * Rewrites every old-spelled word of a Swedish text, keeping an offset map back to the original.
 *
 * @example
 * const modern = modernSpelling('Hvilka trupper gingo öfver till dem?');
 * modern.text // 'Vilka trupper gick över till dem?'
 * modern.originalOffset(modern.text.indexOf('över')) // 20 (where "öfver" starts)
 */
export function modernSpelling(text: string): ModernSpelling {
  let changed = false;
  const pieces: string[] = [];
  /** Pairs (modern offset, original offset) at the start of every piece, ascending. */
  const anchors: number[][] = [];
  let original = 0;
  let modernLength = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = match[0];
    const modern = modernWord(word);
    if (modern === word) continue;
    changed = true;
    pieces.push(text.slice(original, start));
    modernLength += start - original;
    anchors.push([modernLength, start, modern.length, word.length]);
    pieces.push(modern);
    modernLength += modern.length;
    original = start + word.length;
  }
  if (!changed) return { text, originalOffset: (i) => i, modernOffset: (i) => i };
  pieces.push(text.slice(original));
  return {
    text: pieces.join(''),
    originalOffset: (i) => mapOffset(anchors, i, 'toOriginal'),
    modernOffset: (i) => mapOffset(anchors, i, 'toModern'),
  };
}

/**
 * Maps an offset between the two texts through the rewritten words: inside one, to the same
 * position clamped to its other spelling; elsewhere, shifted by the length changes before it.
 * Each anchor is [modern start, original start, modern length, original length].
 */
function mapOffset(anchors: readonly number[][], i: number, direction: 'toOriginal' | 'toModern'): number {
  const [from, to] = direction === 'toOriginal' ? [0, 1] : [1, 0];
  let shift = 0;
  for (const anchor of anchors) {
    const [fromStart, toStart, fromLength, toLength] = [anchor[from], anchor[to], anchor[from + 2], anchor[to + 2]];
    if (i < fromStart) break;
    if (i < fromStart + fromLength) return toStart + Math.min(i - fromStart, toLength);
    if (i === fromStart + fromLength) return toStart + toLength;
    shift = toStart + toLength - (fromStart + fromLength);
  }
  return i + shift;
}
