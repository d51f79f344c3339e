/**
 * Tags and lemmas for a sentence already split into words: the one place where tagger and
 * lemmatiser meet, used by `analyseSentence` on tokenised text and by the accuracy measure on
 * the treebank's own words.
 */
import { lemmatise, type Lemmatiser } from './lemmatiser';
import { tagWords, type Tagger } from './tagger';
import type { Upos } from './upos';

export interface SyntaxModel {
  tagger: Tagger;
  lemmatiser: Lemmatiser;
}

export interface WordAnalysis {
  upos: Upos;
  lemma: string;
}

export function analyseWords(model: SyntaxModel, forms: readonly string[]): WordAnalysis[] {
  // A sentence-initial unseen capitalised word counts as a name unless it ends like an inflected
  // common noun ("Regementena"), which the noun lemma rules tell.
  const looksInflected = (form: string) => lemmatise(model.lemmatiser, form, 'NOUN') !== form.toLowerCase();
  const tags = tagWords(model.tagger, forms, looksInflected);
  return forms.map((form, i) => ({ upos: tags[i], lemma: lemmatise(model.lemmatiser, form, tags[i]) }));
}
