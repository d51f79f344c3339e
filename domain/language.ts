/**
 * Which language a document is in, when the user does not say: Swedish or English. In domain/ because
 * the extractor and the page (guessing before an upload) both ask.
 *
 * Counting the commonest function words of each language, plus words spelt with å, ä or ö
 * (which English never uses), tells the two apart even on one sentence; when neither clearly
 * wins we say English, the wider default.
 */
import type { Language } from './types';

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

/**
 * Detects Swedish or English from stopword counts; 'en' when unsure.
 *
 * @example
 * detectLanguage('Kerenski häktades av bolsjevikerna och det var slut.') // 'sv'
 * detectLanguage('Kerensky was arrested by the Bolsheviks.') // 'en'
 */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  let swedish = 0;
  let english = 0;
  for (const word of words) {
    if (SWEDISH_STOPWORDS.has(word) || /[åäö]/.test(word)) swedish += 1;
    if (ENGLISH_STOPWORDS.has(word)) english += 1;
  }
  return swedish > english && swedish >= 2 ? 'sv' : 'en';
}
