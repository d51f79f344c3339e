/**
 * The extraction pipeline: text in, Extraction out, no I/O.
 *
 * The stages run in the order of the one list below (order matters: each reads what the ones
 * before it wrote). Every stage is a pure function in its own module and testable alone;
 * here they only pass a growing record of the document from one to the next.
 */
import type { Entity, Extraction, Language, Mention, Relation, Section, Sentence } from '../domain/types';
import { analysesOf, type SentenceAnalyses } from './analyse';
import { dateDocument } from './dates';
import { detectLanguage } from './language';
import { findMentions } from './mentions';
import { normalizeText, type NormalizedText } from './normalize';
import { extractRelations } from './relations';
import { resolveEntities } from './resolve';
import { segment } from './segment';
import { sentenceRecords } from './sentence-records';

export interface ExtractOptions {
  /** The document's language; detected from its stopwords when absent. */
  language?: Language;
}

/** What the stages know about the document so far. */
interface DocumentState {
  readonly text: string;
  readonly language: Language;
  normalized: NormalizedText;
  sentences: Sentence[];
  sections: Section[];
  analyses?: SentenceAnalyses;
  mentions: Mention[];
  entities: Entity[];
  entityOf: (mention: Mention) => string;
  relations: Relation[];
}

type Stage = (state: DocumentState) => DocumentState;

const normalise: Stage = (state) => ({ ...state, normalized: normalizeText(state.text) });
const segmentation: Stage = (state) => ({ ...state, ...segment(state.normalized) });
const dates: Stage = (state) => ({ ...state, ...dateDocument(state, { language: state.language }) });
const syntax: Stage = (state) => ({ ...state, analyses: analysesOf(state.sentences, state.language) });
const mentions: Stage = (state) => ({ ...state, mentions: findMentions(state.sentences, state.language, state.analyses) });
const resolve: Stage = (state) => ({ ...state, ...resolveEntities(state.mentions, state.language) });
const relations: Stage = (state) => ({
  ...state,
  relations: extractRelations(state.sentences, state.mentions, state.entityOf, state.language, state.analyses),
});

/** The stages, in order. */
const STAGES: readonly Stage[] = [normalise, segmentation, dates, syntax, mentions, resolve, relations];

const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Extracts entities and dated, sourced relations from a document's text.
 *
 * @example
 * const extraction = extract('Den 25 oktober häktade bolsjevikerna Kerenskis ministrar.');
 * extraction.language // 'sv'
 * extraction.relations[0] // { source: 'bolsjevikerna', type: 'ARRESTED', ..., date: '1917-10-25', dateGregorian: '1917-11-07' }
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const initial: DocumentState = {
    text,
    language: options.language ?? detectLanguage(text),
    normalized: { blocks: [], lineCount: 0 },
    sentences: [],
    sections: [],
    mentions: [],
    entities: [],
    entityOf: (mention) => mention.key,
    relations: [],
  };
  const state = STAGES.reduce((current, stage) => stage(current), initial);
  return {
    language: state.language,
    entities: state.entities,
    relations: state.relations,
    sections: state.sections,
    sentences: sentenceRecords(state.sentences, state.mentions, state.relations),
    stats: { lines: state.normalized.lineCount, sentences: state.sentences.length, words: countWords(text) },
  };
}
