/**
 * One entity in full: its aliases and counts, every surface form with its document and line,
 * a page of the sentences that mention it (and how many there are), the documents it appears in
 * and every claim it takes part in.
 */
import type { EntityDetail, SentenceRef } from '../../domain/api';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { entityClaims } from './allegiance';
import { asGraphNode, nodeProjection } from './projections';

/**
 * The entity, its mention links by document and its first `$limit` sentences, in one statement
 * (one round trip: the per-statement cost, not Neo4j's work, was most of the time).
 */
export const ENTITY_DETAIL = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (d:Document)-[m:MENTIONS_ENTITY]->(e)
  WITH d, m ORDER BY d.id
  RETURN collect({documentId: d.id, lines: m.lines, texts: m.texts}) AS links
}
CALL (e) {
  MATCH (s:Sentence)-[:MENTIONS]->(e)
  WITH s ORDER BY s.documentId, s.line
  SKIP toInteger($offset)
  LIMIT toInteger($limit)
  RETURN collect(s {.id, .documentId, .line, .text}) AS sentences
}
RETURN ${nodeProjection('e')} AS node, links, sentences, COUNT { (:Sentence)-[:MENTIONS]->(e) } AS sentenceCount`;

/** At most this many sentences come back with an entity; Trotsky alone can fill hundreds. */
export const DEFAULT_SENTENCE_LIMIT = 200;

interface MentionLink {
  documentId: string;
  lines: number[];
  texts: string[];
}

/** Which sentences come back: `limit` of them after skipping `offset`, in document and line order. */
export interface SentencePage {
  offset: number;
  limit: number;
}

/**
 * @example await entityDetail(graph, 'kerenski')
 * // { id: 'kerenski', name: 'Kerenski', mentions: [{ documentId: 'brest', line: 12, text: 'Kerenskis' }], sentences: [...], documents: ['brest'], ... }
 */
export async function entityDetail(graph: Graph, id: string, page: Partial<SentencePage> = {}): Promise<EntityDetail> {
  const [row] = await graph.read(ENTITY_DETAIL, { id, offset: page.offset ?? 0, limit: page.limit ?? DEFAULT_SENTENCE_LIMIT });
  if (!row) throw new NotFoundError(`No entity "${id}"`, { id });
  const { claims } = await entityClaims(graph, id);
  const links = row.links as MentionLink[];
  return {
    ...asGraphNode(row.node),
    mentions: links.flatMap((link) => link.lines.map((line, i) => ({ documentId: link.documentId, line, text: link.texts[i] ?? '' }))),
    sentences: row.sentences as SentenceRef[],
    sentenceCount: row.sentenceCount as number,
    documents: links.map((link) => link.documentId),
    claims,
  };
}
