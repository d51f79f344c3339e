/**
 * A document as the reader shows it: its text, and where in that text each sentence, heading and
 * mention lies (character offsets, end exclusive). Built by the extractor, stored with the document,
 * served by GET /api/documents/:id and drawn by the page, so every layer imports this one shape.
 */
import type { EntityType, RelationType } from './types';

export interface ReadingSentence {
  /** The sentence's index in the document: its claims' sentenceId is `${documentId}:s${index}`. */
  index: number;
  start: number;
  end: number;
  /** 1-based line of the original file where the sentence starts. */
  line: number;
  /** The sentence's date, Gregorian, when the extractor found one (for dimming outside the timeline). */
  dateGregorian?: string;
}

export interface ReadingSpan {
  start: number;
  end: number;
}

export interface ReadingMention extends ReadingSpan {
  /** The entity's id: the extractor's in an Extraction's reading, the graph's once stored. */
  entityId: string;
}

/** What the extractor hands the graph: the reading text and its spans. */
export interface DocumentReading {
  text: string;
  headings: ReadingSpan[];
  sentences: ReadingSentence[];
  mentions: ReadingMention[];
}

/** A mention as served, with the entity it names. */
export interface ReaderMention extends ReadingMention {
  type: EntityType;
  name: string;
}

/** A claim as served: which sentence states it. */
export interface ReaderClaim {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  sentenceId: string;
  sentence: number;
  date: string | null;
  dateGregorian: string | null;
}

export interface ReaderSentence extends ReadingSentence {
  id: string;
}

/** GET /api/documents/:id */
export interface DocumentText {
  id: string;
  title: string;
  language: string;
  ingestedAt: string;
  wordCount: number | null;
  text: string;
  headings: ReadingSpan[];
  sentences: ReaderSentence[];
  mentions: ReaderMention[];
  claims: ReaderClaim[];
}
