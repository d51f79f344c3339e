/**
 * Month names and ordinal day words in Swedish and English, as the date patterns need them.
 * Swedish month names are lowercase in running text; English ones are capitalised, which keeps
 * "may" and "march" (the verbs) from becoming dates.
 */
import type { Language } from '../../domain/types';

const SWEDISH_MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** Common abbreviations ("Oct.", "Febr."), with or without the full stop in English. */
const ENGLISH_ABBREVIATED: Record<string, number> = {
  Jan: 1, Feb: 2, Febr: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Swedish abbreviations, read only with their full stop ("21 febr. 1808", "i Sept. 1643"): bare, "jan" and "dec" are words. */
const SWEDISH_ABBREVIATED: Record<string, number> = {
  jan: 1, febr: 2, feb: 2, apr: 4, aug: 8, sept: 9, sep: 9, okt: 10, nov: 11, dec: 12,
};

const SWEDISH_ORDINALS = [
  'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde',
  'elfte', 'tolfte', 'trettonde', 'fjortonde', 'femtonde', 'sextonde', 'sjuttonde', 'artonde', 'nittonde', 'tjugonde',
  'tjugoförsta', 'tjugoandra', 'tjugotredje', 'tjugofjärde', 'tjugofemte', 'tjugosjätte', 'tjugosjunde',
  'tjugoåttonde', 'tjugonionde', 'trettionde', 'trettioförsta',
];
const ENGLISH_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth',
  'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
];

export interface DateVocabulary {
  /** Alternation of month names for a RegExp, longest first. */
  monthPattern: string;
  /** Alternation of ordinal day words for a RegExp, longest first. */
  ordinalPattern: string;
  monthNumber(name: string): number | undefined;
  /** 1–31 for an ordinal word ("tjugofemte", "adertonde", "25th"), otherwise undefined. */
  ordinalDay(word: string): number | undefined;
}

const byLengthDescending = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');

function indexMap(words: string[], normalise: (w: string) => string): Map<string, number> {
  return new Map(words.map((word, i) => [normalise(word), i + 1]));
}

function swedishVocabulary(): DateVocabulary {
  const months = indexMap(SWEDISH_MONTHS, (w) => w);
  for (const [abbreviation, month] of Object.entries(SWEDISH_ABBREVIATED)) months.set(`${abbreviation}.`, month);
  const ordinals = indexMap(SWEDISH_ORDINALS, (w) => w);
  ordinals.set('adertonde', 18);
  return {
    monthPattern: byLengthDescending([...SWEDISH_MONTHS, ...Object.keys(SWEDISH_ABBREVIATED).map((a) => `${a}\\.`)]),
    ordinalPattern: byLengthDescending([...ordinals.keys()]),
    monthNumber: (name) => months.get(name.toLowerCase()),
    ordinalDay: (word) => ordinals.get(word.toLowerCase()),
  };
}

function englishVocabulary(): DateVocabulary {
  const months = indexMap(ENGLISH_MONTHS, (w) => w);
  for (const [abbreviation, month] of Object.entries(ENGLISH_ABBREVIATED)) months.set(abbreviation, month);
  const ordinals = indexMap(ENGLISH_ORDINALS, (w) => w);
  return {
    monthPattern: byLengthDescending([...ENGLISH_MONTHS, ...Object.keys(ENGLISH_ABBREVIATED).map((a) => `${a}\\.?`)]),
    ordinalPattern: byLengthDescending(ENGLISH_ORDINALS),
    monthNumber: (name) => {
      const bare = name.replace(/\.$/, '');
      const key = bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase();
      return months.get(key);
    },
    ordinalDay: (word) => ordinals.get(word.toLowerCase()),
  };
}

const VOCABULARIES: Record<Language, DateVocabulary> = { sv: swedishVocabulary(), en: englishVocabulary() };

/**
 * The month names and ordinals of a language.
 *
 * @example
 * dateVocabulary('sv').monthNumber('oktober') // 10
 * dateVocabulary('en').ordinalDay('twenty-fifth') // 25
 */
export function dateVocabulary(language: Language): DateVocabulary {
  return VOCABULARIES[language];
}
