/**
 * Turns an Extraction into the rows the ingest writes: entity nodes to create, per-document
 * mention links, sentences and claims, all keyed to graph ids after cross-document merging.
 * Pure, so provenance and id rules are tested without Neo4j; graph/writes/ingest-extraction.ts writes the rows.
 */
import { precisionOfIsoDate } from '../../domain/dates/provenance';
import type { Entity, EntityType, Extraction, Relation, RelationType } from '../../domain/types';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { InvalidInputError } from '../../domain/errors';
import type { EntityPlacement } from './entity-merge';

export interface NewEntityRow {
  id: string;
  name: string;
  type: EntityType;
}

/** One (:Document)-[:MENTIONS_ENTITY]->(:Entity) link: what this document says about the entity. */
export interface MentionLinkRow {
  entityId: string;
  count: number;
  names: string[];
  lines: number[];
  texts: string[];
}

export interface SentenceRow {
  id: string;
  line: number;
  text: string;
  entityIds: string[];
}

export interface ClaimRow {
  source: string;
  target: string;
  props: {
    id: string;
    date: string | null;
    dateGregorian: string | null;
    calendar: string | null;
    /** Where the date came from (sentence, nearby, section) and its precision; null when unknown or undated. */
    dateBasis: string | null;
    datePrecision: string | null;
    evidence: string;
    sentenceId: string;
    line: number;
    documentId: string;
    confidence: number;
    rule: string | null;
    /** The entity in whose words the claim is made (reported speech), by its graph id; null when the author states it. */
    attributedTo: string | null;
  };
}

export interface IngestPlan {
  newEntities: NewEntityRow[];
  links: MentionLinkRow[];
  sentences: SentenceRow[];
  claims: Map<RelationType, ClaimRow[]>;
}

/** A sentence's id: its document and its index there (every relation names its sentence). */
export function sentenceId(documentId: string, relation: Pick<Relation, 'sentence'>): string {
  const local = `s${relation.sentence}`;
  return `${documentId}:${local}`;
}

/** Rejects extractions the graph cannot hold faithfully, before anything is written. */
export function validateExtraction(extraction: Extraction): void {
  const ids = new Set<string>();
  for (const entity of extraction.entities) {
    if (!entity.id) throw new InvalidInputError('An entity has an empty id', { name: entity.name });
    if (ids.has(entity.id)) throw new InvalidInputError(`Two entities share the id "${entity.id}"`, { id: entity.id });
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type)) {
      throw new InvalidInputError(`Unknown entity type "${entity.type}"`, { id: entity.id });
    }
    ids.add(entity.id);
  }
  for (const relation of extraction.relations) {
    if (!(RELATION_TYPES as readonly string[]).includes(relation.type)) {
      throw new InvalidInputError(`Unknown relation type "${relation.type}"`, { relation });
    }
    for (const end of [relation.source, relation.target]) {
      if (!ids.has(end)) throw new InvalidInputError(`A relation refers to unknown entity "${end}"`, { relation });
    }
  }
}

function mentionLinks(entities: readonly Entity[], targetOf: (id: string) => string): MentionLinkRow[] {
  const links = new Map<string, MentionLinkRow>();
  for (const entity of entities) {
    const entityId = targetOf(entity.id);
    const link = links.get(entityId) ?? { entityId, count: 0, names: [], lines: [], texts: [] };
    link.count += entity.mentions.length;
    link.names = [...new Set([...link.names, entity.name, ...entity.aliases])];
    link.lines.push(...entity.mentions.map((mention) => mention.line));
    link.texts.push(...entity.mentions.map((mention) => mention.text));
    links.set(entityId, link);
  }
  return [...links.values()];
}

interface SentenceEntry {
  row: SentenceRow;
  /** The sentence's index in the document, when the extraction gives it. */
  index?: number;
  entities: Set<string>;
}

/**
 * The document's sentences: every one the extraction lists, plus the evidence of any claim whose
 * sentence it does not list (an older or hand-made extraction), each with the entities it mentions.
 */
function sentenceEntries(extraction: Extraction, documentId: string): Map<string, SentenceEntry> {
  const entries = new Map<string, SentenceEntry>();
  for (const sentence of extraction.sentences ?? []) {
    const id = sentenceId(documentId, { sentence: sentence.index });
    entries.set(id, { row: { id, line: sentence.line, text: sentence.text, entityIds: [] }, index: sentence.index, entities: new Set() });
  }
  for (const relation of extraction.relations) {
    const id = sentenceId(documentId, relation);
    if (!entries.has(id)) {
      entries.set(id, { row: { id, line: relation.line, text: relation.evidence, entityIds: [] }, index: relation.sentence, entities: new Set() });
    }
  }
  return entries;
}

function sentenceRows(extraction: Extraction, documentId: string, targetOf: (id: string) => string): SentenceRow[] {
  const entries = sentenceEntries(extraction, documentId);
  for (const relation of extraction.relations) {
    entries.get(sentenceId(documentId, relation))?.entities.add(targetOf(relation.source)).add(targetOf(relation.target));
  }
  const byIndex = new Map([...entries.values()].filter((entry) => entry.index !== undefined).map((entry) => [entry.index, entry]));
  const byLine = new Map([...entries.values()].map((entry) => [entry.row.line, entry]));
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) {
      const entry = mention.sentence !== undefined ? byIndex.get(mention.sentence) : byLine.get(mention.line);
      entry?.entities.add(targetOf(entity.id));
    }
  }
  return [...entries.values()].map(({ row, entities }) => ({ ...row, entityIds: [...entities].sort() }));
}

function claimRows(extraction: Extraction, documentId: string, targetOf: (id: string) => string): Map<RelationType, ClaimRow[]> {
  const claims = new Map<RelationType, Map<string, ClaimRow>>();
  for (const relation of extraction.relations) {
    const source = targetOf(relation.source);
    const target = targetOf(relation.target);
    const sentence = sentenceId(documentId, relation);
    const id = `${sentence}:${source}:${relation.type}:${target}`;
    const ofType = claims.get(relation.type) ?? new Map<string, ClaimRow>();
    if (!ofType.has(id)) {
      ofType.set(id, {
        source,
        target,
        props: {
          id,
          date: relation.date,
          dateGregorian: relation.dateGregorian,
          calendar: relation.calendar ?? null,
          dateBasis: relation.dateBasis ?? null,
          datePrecision: relation.datePrecision ?? precisionOfIsoDate(relation.date),
          evidence: relation.evidence,
          sentenceId: sentence,
          line: relation.line,
          documentId,
          confidence: relation.confidence,
          rule: relation.rule ?? null,
          attributedTo: relation.attributedTo ? targetOf(relation.attributedTo) : null,
        },
      });
    }
    claims.set(relation.type, ofType);
  }
  return new Map([...claims].map(([type, rows]) => [type, [...rows.values()]]));
}

/**
 * The rows to write for one document, given where each extracted entity was placed.
 * @example
 * const plan = planIngest(extraction, 'brest', planEntityMerge(extraction.entities, stored));
 * plan.claims.get('OPPOSED') // [{ source: 'kerenski', target: 'lenin', props: { id: 'brest:s12:kerenski:OPPOSED:lenin', ... } }]
 */
export function planIngest(
  extraction: Extraction,
  documentId: string,
  placements: ReadonlyMap<string, EntityPlacement>,
): IngestPlan {
  validateExtraction(extraction);
  const targetOf = (id: string): string => placements.get(id)?.targetId ?? id;
  const newEntities = new Map<string, NewEntityRow>();
  for (const entity of extraction.entities) {
    const placement = placements.get(entity.id);
    if (placement?.isNew && !newEntities.has(placement.targetId)) {
      newEntities.set(placement.targetId, { id: placement.targetId, name: entity.name, type: entity.type });
    }
  }
  return {
    newEntities: [...newEntities.values()],
    links: mentionLinks(extraction.entities, targetOf),
    sentences: sentenceRows(extraction, documentId, targetOf),
    claims: claimRows(extraction, documentId, targetOf),
  };
}
