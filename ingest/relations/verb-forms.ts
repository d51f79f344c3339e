/**
 * Whether a written word is a form of a verb lemma, so a cue lexicon lists each verb once
 * ("arrestera" covers arresterade, arresterades, arresterats; "arrest" covers arrested, arrests).
 *
 * The tagger's lemma decides when it has one; regular endings decide for words it did not learn
 * (most of a historian's vocabulary); irregular principal parts are listed with the verb in the
 * cue tables, since no ending rule can find "gick" from "gå" or "fought" from "fight".
 */
import type { Language } from '../../domain/types';

/** Swedish endings on a verb stem (the lemma without its final -a): active and -s passive. */
const SWEDISH_STEM_ENDINGS = [
  'a', 'ar', 'ade', 'at', 'as', 'ades', 'ats', 'ande', 'ad', 'ada', 'ade',
  'er', 'de', 'te', 'des', 'tes', 't', 'ts', 's', 'es', 'd', 'da', 'dde', 'ddes', 'tt', 'tts', 'dd', 'dda',
];

/** English endings on a verb lemma (or on it without a final -e, or with its final consonant doubled). */
const ENGLISH_ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', 'ied', 'ies'];

/**
 * Whether `word` (lower case) is a regular form of `lemma` in `language`.
 *
 * @example
 * isRegularForm('arresterades', 'arrestera', 'sv') // true
 * isRegularForm('stödde', 'stödja', 'sv')          // true
 * isRegularForm('attacked', 'attack', 'en')        // true
 * isRegularForm('seized', 'seize', 'en')           // true
 */
export function isRegularForm(word: string, lemma: string, language: Language): boolean {
  if (word === lemma) return true;
  return language === 'sv' ? isSwedishForm(word, lemma) : isEnglishForm(word, lemma);
}

function isSwedishForm(word: string, lemma: string): boolean {
  const stems = new Set([lemma.replace(/a$/u, ''), lemma.replace(/ja$/u, ''), lemma]);
  for (const stem of stems) {
    if (stem.length < 2 || !word.startsWith(stem)) continue;
    if (SWEDISH_STEM_ENDINGS.includes(word.slice(stem.length))) return true;
  }
  return false;
}

function isEnglishForm(word: string, lemma: string): boolean {
  const stems = new Set([lemma, lemma.replace(/e$/u, ''), lemma.replace(/y$/u, ''), lemma + lemma.slice(-1)]);
  for (const stem of stems) {
    if (stem.length < 2 || !word.startsWith(stem)) continue;
    if (ENGLISH_ENDINGS.includes(word.slice(stem.length))) return true;
  }
  return false;
}
