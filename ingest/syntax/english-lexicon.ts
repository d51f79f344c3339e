/**
 * compromise's English lexicon (~25k words → its own tags, "Noun", "PastTense", "Adjective", ...),
 * read as a tagger feature: it knows many words the 50k-word EWT sample never shows, which is
 * where the tagger errs most. Swedish has no such lexicon here, so its tagger goes without.
 */
import nlp from 'compromise';

let lexicon: Record<string, string> | undefined;

export function englishLexicon(): Record<string, string> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  return lexicon;
}

/** The lexicon to tag `language` with, if any. */
export function lexiconFor(language: 'sv' | 'en'): Record<string, string> | null {
  return language === 'en' ? englishLexicon() : null;
}
