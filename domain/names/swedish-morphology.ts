/**
 * Swedish (and English) inflection stripped to a lemma, so that "Kerenskis", "bolsjevikernas",
 * "regementena" and "Bolsheviks" group with their base forms. Deliberately suffix-based: the
 * same function runs on gazetteer variants, on text and on search queries, so all land on the same key.
 */

/** Definite and plural endings of common nouns, longest first. */
const NOUN_SUFFIXES = [
  'ernas', 'arnas', 'ornas', 'enas', 'ens', 'ets', 'erna', 'arna', 'orna', 'ena', 'en', 'et', 'er', 'ar', 'or', 'na', 's',
] as const;

/** Shortest stem a common noun may keep after stripping. */
const MIN_STEM = 4;

/**
 * The lemma of a common noun or group word: genitive, definite and plural endings removed.
 * @example commonNounLemma('bolsjevikernas') // 'bolsjevik'
 * @example commonNounLemma('regementena') // 'regement'
 */
export function commonNounLemma(word: string): string {
  const once = stripNounSuffix(word.toLowerCase().replace(/[’']s?$/, ''));
  return stripNounSuffix(once);
}

/**
 * One suffix off. Stripping twice makes the lemma stable: a base form that happens to end like a
 * suffix ("sovjet", "-et") lands where its inflected form ("sovjeten" → "sovjet") lands too.
 */
function stripNounSuffix(lower: string): string {
  for (const suffix of NOUN_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= MIN_STEM) {
      return trimFinalVowel(lower.slice(0, -suffix.length));
    }
  }
  return trimFinalVowel(lower);
}

/** "regemente" and "regement(et)" share a stem; "kommitté" and "kommitt(én)" too. */
function trimFinalVowel(stem: string): string {
  return stem.length > MIN_STEM ? stem.replace(/[eé]$/, '') : stem;
}

/**
 * The lemma of a proper name: only the genitive -s (or English 's) and the adjectival -ska are removed,
 * since names rarely take other endings ("Kerenskis" → "Kerenski", "Korniloffska" → "Korniloff").
 * @example properNameLemma('Petrograds') // 'Petrograd'
 */
export function properNameLemma(word: string): string {
  const withoutApostrophe = word.replace(/[’']s?$/, '');
  if (withoutApostrophe !== word) return withoutApostrophe;
  if (/[^s]ska$/.test(word) && word.length > 6) return word.slice(0, -3);
  if (/[^sxz]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * The forms a searched name may stand for: itself, and its last word read as a proper name and as a
 * common noun with its endings stripped, lowercase, the form as typed first.
 * @example inflectionVariants('Kerenskis') // ['kerenskis', 'kerenski']
 * @example inflectionVariants('Volhyniska regementets') // ['volhyniska regementets', 'volhyniska regementet', 'volhyniska regement']
 */
export function inflectionVariants(query: string): string[] {
  const words = query.toLowerCase().trim().split(/\s+/);
  const last = words.pop() ?? '';
  const lead = words.map((word) => `${word} `).join('');
  return [...new Set([last, properNameLemma(last), commonNounLemma(last)].map((form) => lead + form))];
}
