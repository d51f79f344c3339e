/**
 * Which language a document is in, when the user does not say: Swedish or English. In domain/ because
 * the extractor and the page (guessing before an upload) both ask.
 *
 * Counting the commonest function words of each language, plus words spelt with å, ä or ö
 * (which English never uses), tells the two apart on most sentences; when they are too few,
 * letter trigrams learned from the treebanks decide.
 */
import type { Language } from './types';
import { trigramEvidence, type LanguageProfile } from './language-profile';
import profileJson from './language-profile.json';

const SWEDISH_STOPWORDS = new Set([
  'och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte',
  'icke', 'om', 'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'när', 'hade',
  'eller', 'efter', 'mot', 'under', 'vid', 'också', 'skulle', 'denna', 'detta', 'dess', 'sin', 'sina',
]);

const ENGLISH_STOPWORDS = new Set([
  'the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'it', 'was', 'for', 'on', 'are', 'with', 'as', 'he',
  'be', 'at', 'by', 'this', 'had', 'not', 'but', 'from', 'or', 'have', 'an', 'they', 'which', 'were',
  'their', 'been', 'has', 'would', 'who', 'its', 'we', 'our', 'into', 'against', 'there',
]);

/** How many words to look at: plenty for a verdict, bounded on large files. */
const SAMPLE_WORDS = 5000;

/** Function-word hits that settle the question without looking at letters. */
const DECISIVE_STOPWORDS = 4;

const PROFILE = profileJson as LanguageProfile;

/**
 * Detects Swedish or English. Function words and å/ä/ö decide a text of any length; when they
 * are too few or tie (a short sentence of names and one verb), character trigrams learned from
 * the treebanks decide ("-erade" is Swedish, "-ed" English).
 *
 * @example
 * detectLanguage('Kerenski häktades av bolsjevikerna och det var slut.') // 'sv'
 * detectLanguage('Kerensky was arrested by the Bolsheviks.') // 'en'
 * detectLanguage('Kerenski arresterade Korniloff.') // 'sv'
 */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  let swedish = 0;
  let english = 0;
  for (const word of words) {
    if (SWEDISH_STOPWORDS.has(word) || /[åäö]/.test(word)) swedish += 1;
    if (ENGLISH_STOPWORDS.has(word)) english += 1;
  }
  const margin = swedish - english;
  if (Math.abs(margin) >= DECISIVE_STOPWORDS || (swedish + english >= 2 * DECISIVE_STOPWORDS && margin !== 0)) {
    return margin > 0 ? 'sv' : 'en';
  }
  return trigramEvidence(PROFILE, commonWords(text).join(' ')) + margin > 0 ? 'sv' : 'en';
}

/** The words written in lower case, when there are any: names ("Kerensky", "Korniloff") say little about the language around them. */
function commonWords(text: string): string[] {
  const words = text.match(/\p{L}+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  return lower.length > 0 ? lower : words;
}
