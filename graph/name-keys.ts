/**
 * Search and merge keys for entity names, computed inside graph/ because graph/ may not import
 * ingest/. Two folds per surface form: a plain one (lowercase, diacritics and punctuation folded)
 * and a transliteration one that brings Swedish, German and English spellings of Russian names
 * together (Kerenski / Kerensky / Kerenskij, Tjernov / Chernov / Tschernow, Miljukov / Milyukov).
 * The same functions key stored names and search queries, so the two always agree.
 */

/**
 * Lowercase, diacritics stripped (å→a, ö→o, ü→u), every run of non-letters/digits → one space.
 * @example plainFold('Petrograds  Sovjet!') // 'petrograds sovjet'
 */
export function plainFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Spelling correspondences, applied in order to each plain-folded word. */
const TRANSLITERATION_STEPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sjtj|schtsch/g, 'sc'],
  [/tsch|tch|tj|ch|cz/g, 'c'],
  [/kh/g, 'h'],
  [/sch|sh|sj/g, 's'],
  [/zh|zj/g, 'z'],
  [/tz/g, 'ts'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/ff\b/g, 'v'],
  [/[jy]/g, 'i'],
  [/(\p{L})\1+/gu, '$1'],
];

/**
 * The transliteration key of a name: equal for the usual spellings of one Russian name.
 * @example transliterationKey('Kerensky') === transliterationKey('Kerenskij') // true ('kerenski')
 * @example transliterationKey('Tjernov') === transliterationKey('Chernov') // true ('cernov')
 */
export function transliterationKey(text: string): string {
  let key = plainFold(text);
  for (const [pattern, replacement] of TRANSLITERATION_STEPS) key = key.replace(pattern, replacement);
  return key;
}

/**
 * Every key under which a set of surface forms can be found, without duplicates.
 * @example nameKeys(['Kerenski', 'Kerenskis']) // ['kerenski', 'kerenskis']
 */
export function nameKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    const plain = plainFold(form);
    if (plain) keys.add(plain);
    const translit = transliterationKey(form);
    if (translit) keys.add(translit);
  }
  return [...keys];
}

/** Swedish genitive and definite endings, longest first: "Sovjetens" → "Sovjet", "Kerenskis" → "Kerenski". */
const SWEDISH_ENDINGS = ['ernas', 'arnas', 'ornas', 'ens', 'ets', 'nas', 'erna', 'arna', 'orna', 'en', 'et', 'na', 's'] as const;

/** Endings are only stripped when at least this many letters remain, so "Ufa" or "Jens" stay whole. */
const MIN_STEM_LENGTH = 3;

/**
 * The forms a query word may stand for: itself and each stem left by stripping one Swedish
 * inflectional ending, the form as typed first.
 * @example inflectionVariants('Kerenskis') // ['kerenskis', 'kerenski']
 * @example inflectionVariants('regementet') // ['regementet', 'regement']
 */
export function inflectionVariants(query: string): string[] {
  const folded = plainFold(query);
  const variants = [folded];
  for (const ending of SWEDISH_ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM_LENGTH) {
      variants.push(folded.slice(0, -ending.length));
    }
  }
  return [...new Set(variants)];
}
