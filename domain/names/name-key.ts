/**
 * The one spelling key of names, shared by the extractor (grouping mentions into entities) and the
 * graph (search, and merging a new document's entities into stored ones), so that both sides agree
 * on when two spellings are one name: Kerenski / Kerensky / Kerenskij, Korniloff / Kornilov,
 * Tjernoff / Chernov. A general phonetic key handles the regular correspondences between Swedish,
 * German, French and English transliterations of Russian; a small table handles the irregular ones.
 * Pure and dependency-free, as everything in domain/.
 */

/** Names whose transliterations no general rule can bring together, keyed by their phonetic key. */
const IRREGULAR_KEYS: Readonly<Record<string, string>> = {
  moskva: 'moskva',
  moscov: 'moskva',
  moskau: 'moskva',
  chkheidse: 'cheidse',
  chcheidse: 'cheidse',
  tereshchenko: 'tereshenko',
  kerenskii: 'kerenski',
  rodsianko: 'rodshanko',
  smolnii: 'smolni',
  kiiv: 'kiev',
  petersburg: 'petersburg',
  sanktpetersburg: 'petersburg',
  sovet: 'soviet',
  sviet: 'soviet',
};

/**
 * Folds diacritics to their ASCII base letters ("Kühlmann" → "Kuhlmann", "Österrike" → "Osterrike").
 * @example foldDiacritics('Förparlamentet') // 'Forparlamentet'
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'));
}

/**
 * Lowercase, diacritics folded (å→a, ö→o, ü→u), every run of non-letters/digits → one space.
 * @example plainFold('Petrograds  Sovjet!') // 'petrograds sovjet'
 */
export function plainFold(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The stable, ASCII id of a canonical name: lowercase, diacritics folded, spaces → "_".
 * @example slugify('Petrograds sovjet') // 'petrograds_sovjet'
 * @example slugify('Kühlmann') // 'kuhlmann'
 */
export function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** å, ä and ö are letters of their own in Swedish ("våld" is not "Wald"), so they survive diacritic folding. */
function keepSwedishVowels(word: string): string {
  return word.replace(/å/g, 'ao').replace(/ä/g, 'ae').replace(/ö/g, 'oe');
}

/** Regular correspondences between Swedish, German, French and English transliterations of Russian. */
const PHONETIC_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/tsch|tsj|tch|tj|cz/g, 'ch'],
  [/sch|sj|zh/g, 'sh'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ks/g, 'x'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/ff$/g, 'v'],
  [/(?<=[aeiou])f$/g, 'v'],
  [/y/g, 'i'],
  [/j/g, 'i'],
  [/(sk|ck|k)i+$/g, 'ski'],
  [/ii$/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * The key of one word shared by its usual transliterations: ff↔v, w↔v, j/y/ij endings, tj↔ch,
 * sj↔sh, ks↔x, -ski/-sky/-skij, doubled consonants collapsed; irregular names through a small table.
 * @example phoneticKey('Korniloff') === phoneticKey('Kornilov') // true
 * @example phoneticKey('Tjernoff') === phoneticKey('Chernov') // true
 */
export function phoneticKey(word: string): string {
  let key = foldDiacritics(keepSwedishVowels(word.toLowerCase()));
  for (const [pattern, replacement] of PHONETIC_RULES) key = key.replace(pattern, replacement);
  return IRREGULAR_KEYS[key] ?? key;
}

/**
 * The transliteration key of a name of one or more words: each word's phonetic key, space-separated,
 * so that a key can still be searched word by word.
 * @example transliterationKey('Kerensky') === transliterationKey('Kerenskij') // true ('kerenski')
 * @example transliterationKey('Brest-Litovsk') // 'brest litovsk'
 */
export function transliterationKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(phoneticKey)
    .filter((key) => key !== '')
    .join(' ');
}

/**
 * Every key under which a set of surface forms can be found, plain and transliterated, without duplicates.
 * @example nameKeys(['Kerenski', 'Kerenskis']) // ['kerenski', 'kerenskis']
 * @example nameKeys(['Kerensky']) // ['kerensky', 'kerenski']
 */
export function nameKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    for (const key of [plainFold(form), transliterationKey(form)]) if (key) keys.add(key);
  }
  return [...keys];
}
