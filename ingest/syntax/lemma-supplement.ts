/**
 * Lemmas written out by hand because the treebanks lack the words and no learned ending rule can
 * produce them. Keep these lists small: everything regular is learned from the treebanks.
 */

/** Irregular verb forms missing from the treebanks (form → lemma). */
export const IRREGULAR_VERBS: Record<'sv' | 'en', Record<string, string>> = {
  sv: {},
  en: { led: 'lead', misled: 'mislead' },
};

/**
 * Swedish neuter nouns in -e ("regemente"), whose definite form in -et ("regementet") the rules
 * read as a noun in -et ("momentet" → "moment", the commoner pattern in Talbanken). Only words the
 * extractor's texts need; each gives its -et and -ets forms.
 */
const SWEDISH_NEUTERS_IN_E = ['regemente', 'fängelse', 'sammanträde', 'möte', 'område', 'förhållande', 'uppträdande'];

export const IRREGULAR_NOUNS: Record<'sv' | 'en', Record<string, string>> = {
  sv: Object.fromEntries(SWEDISH_NEUTERS_IN_E.flatMap((lemma) => [[`${lemma}t`, lemma], [`${lemma}ts`, lemma]])),
  en: {},
};
