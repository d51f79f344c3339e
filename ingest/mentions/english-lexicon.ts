/**
 * compromise's English lexicon, read word by word: the tags it lists for a word ("Country",
 * "Demonym"). Reading the lexicon directly, rather than tagging each sentence, costs
 * nothing on a long text.
 */
import { englishLexicon } from '../syntax/english-lexicon';

/**
 * The tags compromise's lexicon lists for a word, in any case.
 * @example lexiconTags('Hungarians') // ['Demonym', 'Plural']
 */
export function lexiconTags(word: string): readonly string[] {
  const lexicon = englishLexicon();
  const lower = word.toLowerCase();
  const tags: string | readonly string[] | undefined = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

