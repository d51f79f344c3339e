/**
 * The tagger's features: what the perceptron looks at to choose a word's part of speech. Written
 * once and used by both training and tagging, so the two can never disagree.
 *
 * Tagging runs twice: the second pass also sees the first pass's tags of the words to the right,
 * which a left-to-right tagger otherwise has to guess from their bare words.
 *
 * Besides the word and its neighbours, the word's shape and suffixes carry unseen words: a
 * capitalised word the training data never saw (or saw once), inside a sentence, is almost always
 * a proper noun, and historical names ("Korniloff", "Preobrazjenskij") are exactly such words.
 */

/** Per-sentence values computed once, before tagging word by word. */
export interface SentenceView {
  /** Lower-cased words, numbers folded to a digit shape. */
  words: string[];
  shapes: string[];
  /** True for a word seen fewer than twice in training (stands in for "unseen" at run time). */
  rare: boolean[];
  /** The words' classes in an external lexicon ("-" when absent), or null without one. */
  lexical: string[] | null;
  /** Tags of the first pass, padded like `words`; set for the second pass only. */
  firstPass?: string[];
}

const START = ['<s2>', '<s1>'];
const END = ['</s1>', '</s2>'];

/**
 * Builds the view of one sentence; `frequent` holds the lower-cased words seen at least twice in
 * training, `lexicon` maps lower-cased words to an external lexicon's classes.
 */
export function viewSentence(
  forms: readonly string[],
  frequent: ReadonlySet<string>,
  lexicon: Record<string, string> | null,
): SentenceView {
  const words = [...START];
  const shapes = ['^', '^'];
  const rare = [false, false];
  const lexical = lexicon ? [...START] : null;
  for (const form of forms) {
    const lower = form.toLowerCase();
    words.push(normaliseWord(lower));
    shapes.push(wordShape(form));
    rare.push(!frequent.has(lower));
    lexical?.push(Object.hasOwn(lexicon!, lower) ? lexicon![lower] : '-');
  }
  words.push(...END);
  shapes.push('$', '$');
  rare.push(false, false);
  lexical?.push(...END);
  return { words, shapes, rare, lexical };
}

/** `tags` padded like the words of a view, for the second pass. */
export function padTags(tags: readonly string[]): string[] {
  return [...START, ...tags, ...END];
}

/** Numbers fold to their digit pattern ("1917" → "0000"), so any year looks like a year. */
export function normaliseWord(lower: string): string {
  return /^\p{N}/u.test(lower) ? lower.replace(/\p{N}/gu, '0') : lower;
}

/**
 * A few letters for a word's look: X capitalised, A all capitals, d digit, - hyphen, . period,
 * : colon, p no letter or digit at all.
 */
export function wordShape(form: string): string {
  let shape = '';
  const first = form[0];
  if (first !== first.toLowerCase()) shape += form.length > 1 && form === form.toUpperCase() ? 'A' : 'X';
  if (/\p{N}/u.test(form)) shape += 'd';
  if (form.includes('-')) shape += '-';
  if (form.length > 1 && form.includes('.')) shape += '.';
  if (form.includes(':')) shape += ':';
  if (!/[\p{L}\p{N}]/u.test(form)) shape += 'p';
  return shape || 'x';
}

/**
 * The features of word `i` (0-based in the sentence) given the two tags predicted before it.
 * Pushed into `out` (cleared first) so that training reuses one array.
 */
export function wordFeatures(view: SentenceView, i: number, prev: string, prev2: string, out: string[]): string[] {
  out.length = 0;
  pushWordFeatures(view, i, out);
  pushHistoryFeatures(view, i, prev, prev2, out);
  return out;
}

/** The features that do not depend on the tags chosen before the word: the same in both passes. */
export function pushWordFeatures(view: SentenceView, i: number, out: string[]): void {
  pushOwnFeatures(view, i, out);
  pushContextFeatures(view, i, out);
}

/**
 * What a word's own features depend on: its form and `Math.min(i, 3)`. Two words with the same key
 * have the same own features, so their scores can be summed once and reused.
 */
export function ownFeaturesKey(form: string, i: number): string {
  return `${Math.min(i, 3)}\t${form}`;
}

/** The features of the word alone (its form, shape and place near the start), whatever its neighbours. */
export function pushOwnFeatures(view: SentenceView, i: number, out: string[]): void {
  const at = i + 2;
  const word = view.words[at];
  const shape = view.shapes[at];
  const initial = i === 0 ? 'I' : 'M';
  const unseen = view.rare[at] ? 'R' : 'K';
  out.push(
    'b',
    'w ' + word,
    's1 ' + word.slice(-1),
    's2 ' + word.slice(-2),
    's3 ' + word.slice(-3),
    's4 ' + word.slice(-4),
    'p1 ' + word.slice(0, 1),
    'p3 ' + word.slice(0, 3),
    'sh ' + shape,
    'ish ' + initial + shape,
    'ush ' + unseen + initial + shape,
    'us3 ' + unseen + word.slice(-3),
    'at ' + Math.min(i, 3) + ' ' + word.slice(-3),
  );
}

/** The features of the word's neighbours, and its lexicon class. */
export function pushContextFeatures(view: SentenceView, i: number, out: string[]): void {
  const at = i + 2;
  const word = view.words[at];
  const previous = view.words[at - 1];
  const next = view.words[at + 1];
  out.push(
    'w-1 ' + previous,
    's-1 ' + previous.slice(-3),
    'w-1w ' + previous + ' ' + word,
    'w+1 ' + next,
    's+1 ' + next.slice(-3),
    'sh+1 ' + view.shapes[at + 1],
    'w-2 ' + view.words[at - 2],
    'w+2 ' + view.words[at + 2],
  );
  if (view.lexical) out.push('lx ' + view.lexical[at], 'lx-1 ' + view.lexical[at - 1], 'lx+1 ' + view.lexical[at + 1]);
}

/** The features that join the word with the tags before it (and, in the second pass, after it). */
export function pushHistoryFeatures(view: SentenceView, i: number, prev: string, prev2: string, out: string[]): void {
  const at = i + 2;
  const word = view.words[at];
  out.push(
    't1 ' + prev,
    't2 ' + prev2 + ' ' + prev,
    't1w ' + prev + ' ' + word,
    't1s ' + prev + ' ' + word.slice(-3),
    't2s ' + prev2 + ' ' + prev + ' ' + word.slice(-2),
  );
  if (view.lexical) out.push('lxt ' + prev + ' ' + view.lexical[at]);
  if (view.firstPass) pushRightTagFeatures(view.firstPass, at, prev, word, out);
}

/** The second pass sees what the first chose for this word and the two after it. */
function pushRightTagFeatures(tags: string[], at: number, prev: string, word: string, out: string[]): void {
  out.push(
    'r0 ' + tags[at],
    'r1 ' + tags[at + 1],
    'r12 ' + tags[at + 1] + ' ' + tags[at + 2],
    'r01 ' + tags[at] + ' ' + tags[at + 1],
    'r1w ' + tags[at + 1] + ' ' + word,
    'r-1 ' + prev + ' ' + tags[at + 1],
  );
}
