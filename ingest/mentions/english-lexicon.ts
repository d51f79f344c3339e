/**
 * compromise's English lexicon, read word by word: the tags it lists for a word ("Country",
 * "Demonym"). Reading the lexicon directly, rather than tagging each sentence, costs
 * nothing on a long text.
 */
import nlp from '../nlp';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/**
 * The tags compromise's lexicon lists for a word, in any case.
 * @example lexiconTags('Hungarians') // ['Demonym', 'Plural']
 */
export function lexiconTags(word: string): readonly string[] {
  const tags = Object.hasOwn(LEXICON, word.toLowerCase()) ? LEXICON[word.toLowerCase()] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

