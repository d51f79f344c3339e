/**
 * Language analysis for the extractor: a sentence's words with character offsets, part of speech
 * (UPOS) and lemma, for Swedish and English, and on demand their dependency tree. Tagger, lemmatiser
 * and parser are trained from the UD treebanks (`npm run train:syntax`, see docs/syntax.md); each
 * model loads once, lazily, the parser only when a sentence is first parsed.
 */
import { analyseWords, type SyntaxModel } from './analyse-words';
import { lexiconFor } from './english-lexicon';
import { loadLemmatiser } from './lemmatiser';
import type { DependencyArc } from './dependency-arc';
import { readModelFile, readParserFile, type SyntaxLanguage } from './model-file';
import { loadParser, parseWords, type Parser } from './parser';
import { loadTagger } from './tagger';
import { tokenize } from './tokenize';
import type { Upos } from './upos';

export type { Upos } from './upos';
export type { Token } from './tokenize';
export type { DependencyArc } from './dependency-arc';
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

const parsers = new Map<SyntaxLanguage, Parser>();

/** The parser of `language`, read from its file the first time it is asked for. */
export function parserModel(language: SyntaxLanguage): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = loadParser(readParserFile(language).parser);
    parsers.set(language, parser);
  }
  return parser;
}

/**
 * The dependency tree of an analysed sentence: one arc per token, in order (head -1 for the root).
 * @example
 * parseDependencies(analyseSentence('Kerenski arresterade Korniloff.', 'sv'), 'sv').map((a) => `${a.head} ${a.deprel}`)
 * // ['1 nsubj', '-1 root', '1 obj', '1 punct']
 */
export function parseDependencies(tokens: readonly TaggedToken[], language: SyntaxLanguage): DependencyArc[] {
  return parseWords(
    parserModel(language),
    tokens.map((token) => token.text),
    tokens.map((token) => token.upos),
  );
}
