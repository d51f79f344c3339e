/**
 * Language analysis for the extractor: a sentence's words with character offsets, part of speech
 * (UPOS) and lemma, for Swedish and English. Tagger and lemmatiser are trained from the UD
 * treebanks (`npm run train:syntax`, see docs/syntax.md); each language's model loads once, lazily.
 */
import { analyseWords, type SyntaxModel } from './analyse-words';
import { lexiconFor } from './english-lexicon';
import { loadLemmatiser } from './lemmatiser';
import { readModelFile, type SyntaxLanguage } from './model-file';
import { loadTagger } from './tagger';
import { tokenize } from './tokenize';
import type { Upos } from './upos';

export type { Upos } from './upos';
export type { Token } from './tokenize';
export { tokenize } from './tokenize';

export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  upos: Upos;
  lemma: string;
}

const loaded = new Map<SyntaxLanguage, SyntaxModel>();

/** The model of `language`, read from its file the first time it is asked for. */
export function syntaxModel(language: SyntaxLanguage): SyntaxModel {
  let model = loaded.get(language);
  if (!model) {
    const data = readModelFile(language);
    model = {
      tagger: loadTagger(data.tagger, lexiconFor(language)),
      lemmatiser: loadLemmatiser(data.lemmatiser, language),
    };
    loaded.set(language, model);
  }
  return model;
}

/**
 * @example
 * analyseSentence('Kerenski arresterade Korniloff.', 'sv').map((t) => `${t.upos} ${t.lemma}`)
 * // ['PROPN Kerenski', 'VERB arrestera', 'PROPN Korniloff', 'PUNCT .']
 */
export function analyseSentence(text: string, language: SyntaxLanguage): TaggedToken[] {
  const tokens = tokenize(text, language);
  const analysis = analyseWords(syntaxModel(language), tokens.map((token) => token.text));
  return tokens.map((token, i) => ({ ...token, ...analysis[i] }));
}
