/**
 * The extraction pipeline: text in, Extraction out, no I/O.
 *
 * The stages run in the order of the one list below (order matters: each reads what the ones
 * before it wrote). Every stage is a pure function in its own module and testable alone;
 * here they only pass a growing record of the document from one to the next.
 */
import type { DocumentReading } from '../domain/reading';
import type { Entity, Extraction, Language, Mention, Relation, Section, Sentence } from '../domain/types';
import { analysesOf, type SentenceAnalyses } from './analyse';
import { dateDocument } from './dates';
import { detectLanguage } from '../domain/language';
import { findMentions } from './mentions';
import { normalizeText, type NormalizedText } from './normalize';
import { extractRelations } from './relations';
import type { CalibrationTable } from './relations/calibration';
import { resolveEntities } from './resolve';
import { documentReading } from './reading';
import { segment } from './segment';
import { sentenceRecords } from './sentence-records';

export interface ExtractOptions {
  /** The document's language; detected from its stopwords when absent. */
  language?: Language;
  /** Hears the share of the work done, as sentences read out of twice the sentences (mentions, then relations). */
  onProgress?: (done: number, total: number) => void;
  /** Counts that calibrate relation confidence; the stored table (ingest/relations/confidence-calibration.json) by default. */
  calibration?: CalibrationTable;
}

/** What the stages know about the document so far. */
interface DocumentState {
  readonly text: string;
  readonly language: Language;
  readonly onProgress?: ExtractOptions['onProgress'];
  readonly calibration?: CalibrationTable;
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
const mentions: Stage = (state) => ({
  ...state,
  mentions: findMentions(state.sentences, state.language, {
    analyses: state.analyses,
    onSentence: state.onProgress && ((done) => state.onProgress?.(done, 2 * state.sentences.length)),
  }),
});
const resolve: Stage = (state) => ({ ...state, ...resolveEntities(state.mentions, state.language) });
const relations: Stage = (state) => ({
  ...state,
  relations: extractRelations(state.sentences, state.mentions, state.entityOf, state.language, {
    analyses: state.analyses,
    calibration: state.calibration,
    onSentence: state.onProgress && ((done) => state.onProgress?.(state.sentences.length + done, 2 * state.sentences.length)),
  }),
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
  return extractDocument(text, options).extraction;
}

/**
 * The Extraction, and the reading of the document for the reader (its text with the offsets of
 * sentences and mentions): what an ingest stores.
 * @example const { extraction, reading } = extractDocument(text, { onProgress: (done, total) => ... });
 */
export function extractDocument(text: string, options: ExtractOptions = {}): { extraction: Extraction; reading: DocumentReading } {
  const initial: DocumentState = {
    text,
    language: options.language ?? detectLanguage(text),
    onProgress: options.onProgress,
    calibration: options.calibration,
    normalized: { blocks: [], lineCount: 0 },
    sentences: [],
    sections: [],
    mentions: [],
    entities: [],
    entityOf: (mention) => mention.key,
    relations: [],
  };
  const state = STAGES.reduce((current, stage) => stage(current), initial);
  const extraction: Extraction = {
    language: state.language,
    entities: state.entities,
    relations: state.relations,
    sections: state.sections,
    sentences: sentenceRecords(state.sentences, state.mentions, state.relations),
    stats: { lines: state.normalized.lineCount, sentences: state.sentences.length, words: countWords(text) },
  };
  return { extraction, reading: documentReading(state.sentences, state.sections, state.mentions, state.entityOf) };
}
