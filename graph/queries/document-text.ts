/**
 * One document as the reader shows it (GET /api/documents/:id): the stored reading with each
 * mention's entity (type and name) and each claim the document states, located by its sentence.
 */
import type { DocumentText, ReaderClaim, ReaderMention, ReaderSentence } from '../../domain/reading';
import type { RelationType } from '../../domain/types';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { sentenceId } from '../writes/ingest-plan';
import { CLAIM_TYPES } from './projections';

export const DOCUMENT_TEXT = `
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_TEXT]->(t:DocumentText)
RETURN d.id AS id, d.title AS title, d.language AS language, d.ingestedAt AS ingestedAt, t {.*, source: null} AS stored`;

export const DOCUMENT_MENTIONED_ENTITIES = `
MATCH (:Document {id: $id})-[:MENTIONS_ENTITY]->(e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name`;

export const DOCUMENT_CLAIMS = `
MATCH (:Document {id: $id})-[:MENTIONS_ENTITY]->(a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE r.documentId = $id
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.sentenceId AS sentenceId,
       r.date AS date, r.dateGregorian AS dateGregorian`;

export const DOCUMENT_SOURCE = `
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_TEXT]->(t:DocumentText)
RETURN d.title AS title, d.language AS language, t.source AS source`;

/**
 * The text a document was decoded to when uploaded, for extracting it again.
 * @throws NotFoundError when no document has the id, or when its text was not kept
 */
export async function documentSource(graph: Graph, id: string): Promise<{ title: string; language: string; source: string }> {
  const [row] = await graph.read(DOCUMENT_SOURCE, { id });
  if (!row) throw new NotFoundError(`No document "${id}"`, { documentId: id });
  if (typeof row.source !== 'string') {
    throw new NotFoundError(`The document "${id}" was ingested before texts were kept; upload its file again.`, { documentId: id, reason: 'no-text' });
  }
  return { title: row.title as string, language: row.language as string, source: row.source };
}

interface StoredReading {
  text: string;
  wordCount: number;
  headingStarts: number[];
  headingEnds: number[];
  sentenceIndexes: number[];
  sentenceStarts: number[];
  sentenceEnds: number[];
  sentenceLines: number[];
  sentenceDates: string[];
  mentionStarts: number[];
  mentionEnds: number[];
  mentionEntityIds: string[];
}

function sentencesOf(documentId: string, stored: StoredReading): ReaderSentence[] {
  return stored.sentenceIndexes.map((index, i) => ({
    id: sentenceId(documentId, { sentence: index }),
    index,
    start: stored.sentenceStarts[i],
    end: stored.sentenceEnds[i],
    line: stored.sentenceLines[i],
    ...(stored.sentenceDates[i] ? { dateGregorian: stored.sentenceDates[i] } : {}),
  }));
}

/**
 * @throws NotFoundError when no document has the id, or when it was ingested before texts were stored
 * @example (await documentText(graph, 'brest')).mentions[0] // { start: 120, end: 128, entityId: 'kerenski', type: 'Person', name: 'Kerenski' }
 */
export async function documentText(graph: Graph, id: string): Promise<DocumentText> {
  return graph.readTransaction(async (tx) => {
    const [row] = await tx.run(DOCUMENT_TEXT, { id });
    if (!row) throw new NotFoundError(`No document "${id}"`, { documentId: id });
    const stored = row.stored as StoredReading | null;
    if (!stored) {
      throw new NotFoundError(`The document "${id}" was ingested before texts were kept; re-ingest it to read it.`, { documentId: id, reason: 'no-text' });
    }
    const entities = new Map((await tx.run(DOCUMENT_MENTIONED_ENTITIES, { id })).map((entity) => [entity.id as string, entity]));
    const mentions: ReaderMention[] = [];
    stored.mentionEntityIds.forEach((entityId, i) => {
      const entity = entities.get(entityId);
      if (entity) mentions.push({ start: stored.mentionStarts[i], end: stored.mentionEnds[i], entityId, type: entity.type as ReaderMention['type'], name: entity.name as string });
    });
    const sentences = sentencesOf(id, stored);
    const sentenceIndex = new Map(sentences.map((sentence) => [sentence.id, sentence.index]));
    const claims: ReaderClaim[] = (await tx.run(DOCUMENT_CLAIMS, { id }))
      .filter((claim) => sentenceIndex.has(claim.sentenceId as string))
      .map((claim) => ({
        id: claim.id as string,
        type: claim.type as RelationType,
        source: claim.source as string,
        target: claim.target as string,
        sentenceId: claim.sentenceId as string,
        sentence: sentenceIndex.get(claim.sentenceId as string) as number,
        date: (claim.date as string | null) ?? null,
        dateGregorian: (claim.dateGregorian as string | null) ?? null,
      }))
      .sort((a, b) => a.sentence - b.sentence || a.id.localeCompare(b.id));
    return {
      id,
      title: row.title as string,
      language: row.language as string,
      ingestedAt: row.ingestedAt as string,
      wordCount: stored.wordCount ?? null,
      text: stored.text,
      headings: stored.headingStarts.map((start, i) => ({ start, end: stored.headingEnds[i] })),
      sentences,
      mentions,
      claims,
    };
  });
}
