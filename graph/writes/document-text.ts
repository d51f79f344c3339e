/**
 * The text a document is read in, stored beside it: one (:DocumentText) per (:Document), holding the
 * reading (the normalised text with the offsets of its sentences, headings and mentions, as parallel
 * arrays, since Neo4j properties cannot be lists of maps), the decoded source text (for re-ingesting
 * with a later extractor) and the word count. Kept off the Document node so that listing documents,
 * or a historian's `MATCH (d:Document) RETURN d`, does not carry whole books.
 */
import type { DocumentReading } from '../../domain/reading';
import type { GraphTransaction } from '../driver/connection';

export const DELETE_DOCUMENT_TEXT = `
MATCH (:Document {id: $documentId})-[:HAS_TEXT]->(t:DocumentText)
DETACH DELETE t`;

export const CREATE_DOCUMENT_TEXT = `
MATCH (d:Document {id: $documentId})
CREATE (d)-[:HAS_TEXT]->(t:DocumentText {documentId: $documentId})
SET t += $props`;

/** What is stored besides the graph rows when a document is ingested. */
export interface StoredText {
  reading: DocumentReading;
  /** The document's text as decoded from the upload (before normalisation). */
  source: string;
  wordCount: number;
}

/** The DocumentText properties for a reading whose mentions name the extractor's entity ids, mapped to graph ids by `targetOf`. */
export function documentTextProperties(stored: StoredText, targetOf: (extractedId: string) => string): Record<string, unknown> {
  const { reading } = stored;
  return {
    text: reading.text,
    source: stored.source,
    wordCount: stored.wordCount,
    headingStarts: reading.headings.map((heading) => heading.start),
    headingEnds: reading.headings.map((heading) => heading.end),
    sentenceIndexes: reading.sentences.map((sentence) => sentence.index),
    sentenceStarts: reading.sentences.map((sentence) => sentence.start),
    sentenceEnds: reading.sentences.map((sentence) => sentence.end),
    sentenceLines: reading.sentences.map((sentence) => sentence.line),
    sentenceDates: reading.sentences.map((sentence) => sentence.dateGregorian ?? ''),
    mentionStarts: reading.mentions.map((mention) => mention.start),
    mentionEnds: reading.mentions.map((mention) => mention.end),
    mentionEntityIds: reading.mentions.map((mention) => targetOf(mention.entityId)),
  };
}

/** Writes the document's text inside the ingest's transaction (the Document node exists by then). */
export async function writeDocumentText(
  tx: GraphTransaction,
  documentId: string,
  stored: StoredText,
  targetOf: (extractedId: string) => string,
): Promise<void> {
  await tx.run(CREATE_DOCUMENT_TEXT, { documentId, props: documentTextProperties(stored, targetOf) });
}
