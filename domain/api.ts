/**
 * The shapes that cross the HTTP boundary: what graph/ read queries return, what server/ sends
 * and what client/ draws. Plain JSON only (no driver types), so the browser bundle can import it.
 */
import type { ClaimStatus } from './curation';
import type { ErrorCode } from './errors';
import type { Calendar, DateBasis, DatePrecision, EntityType, RelationType } from './types';

/** A time window and filters over the graph. Dates are partial ISO (YYYY, YYYY-MM or YYYY-MM-DD), inclusive. */
export interface GraphFilter {
  from?: string;
  to?: string;
  /** Which calendar `from`/`to` are in: the text's own (default) or Gregorian. */
  calendar?: 'text' | 'gregorian';
  entityTypes?: EntityType[];
  relationTypes?: RelationType[];
  minMentions?: number;
  documentId?: string;
  /** 'all' also includes claims a historian rejected (left out by default). */
  status?: 'all';
}

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
}

/** One claim: one relation stated by one sentence of one document. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** In the text's own calendar, ISO; null when undated. */
  date: string | null;
  dateGregorian: string | null;
  calendar: Calendar | null;
  /** Where the date came from and how precise it is; null when undated or not recorded. */
  dateBasis?: DateBasis | null;
  datePrecision?: DatePrecision | null;
  line: number;
  evidence: string;
  sentenceId: string;
  documentId: string;
  confidence: number;
  /** The entity in whose words the claim is made (an order, a telegram, "X declared that …"); null or absent when the author states it. */
  attributedTo?: string | null;
  /** machine (not reviewed), accepted or rejected; the read queries always set it. */
  status?: ClaimStatus;
  /** Who accepted, rejected or corrected the claim; null when nobody did. */
  reviewedBy?: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** How many entities and claims pass a filter in all, of which a GraphSelection shows some. */
export interface GraphTotals {
  entities: number;
  claims: number;
}

/**
 * One drawn edge of the default view: every claim of one relation type from one entity to another
 * that passes the filter, as one line with their count. The claims themselves, with their evidence,
 * come from GET /api/graph/claims when the edge is opened (a PairClaims page).
 */
export interface PairEdge {
  /** `pairEdgeId(edge)` (domain/pair-edge.ts): the same for every claim of the pair. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** How many claims the edge stands for. */
  claims: number;
  /** Of those, how many are undated. */
  undated: number;
  /**
   * The first day of its earliest dated claim and the last day of its latest (Julian Day Numbers, the
   * axis of domain/dates/claim-days.ts); null when every claim is undated.
   */
  firstDay: number | null;
  lastDay: number | null;
  /** The documents that state its claims, sorted. */
  documentIds: string[];
  /** The highest confidence among its claims. */
  confidence: number;
  /** 'rejected' when every claim of it is (status=all only), 'accepted' when every one is, otherwise 'machine'. */
  status: ClaimStatus;
}

/** What one selection holds: its entities, its edges and the claims behind them. */
export interface ShownCounts {
  entities: number;
  edges: number;
  claims: number;
}

/**
 * GET /api/graph: the `limit` most important entities inside the filter (most claims first), the
 * edges among them (one per pair and relation type, at most `edgeLimit`, those with the most claims
 * first), and the totals, for "showing 300 of 12,431 entities · 1,204 of 9,877 claims".
 */
export interface GraphSelection {
  nodes: GraphNode[];
  edges: PairEdge[];
  /** What passes the filter in all. */
  totals: GraphTotals;
  /** What this view holds; `edges` and `claims` count only the edges sent (see `pairs`). */
  shown: ShownCounts;
  /** Pairs among the chosen entities, sent or not (more than `shown.edges` when `edgeLimit` cut them). */
  pairs: number;
  limit: number;
  edgeLimit: number;
  /**
   * How many claims behind the edges start on each day, for the timeline's histogram: [Julian Day Number,
   * claims] pairs in day order (pairs rather than objects: a corpus spanning years has thousands of days).
   */
  claimDays: Array<[day: number, claims: number]>;
}

/**
 * GET /api/entities/:id/expand: the entity and its `limit` neighbours with the most claims with it
 * (inside the filter), the edges between it and them (PairEdges, as the default view's), and how many
 * neighbours and claims it has in all.
 */
export interface GraphExpansion {
  centre: string;
  nodes: GraphNode[];
  edges: PairEdge[];
  totals: GraphTotals;
}

/** GET /api/graph?edges=claims: the same entities with each claim among them, evidence and all (the claims table, downloads). */
export interface ClaimSelection extends GraphView {
  totals: GraphTotals;
  limit: number;
}

/** GET /api/graph/claims?source=&target=&type=: one page of the claims behind one PairEdge, in date order. */
export interface PairClaims {
  source: string;
  target: string;
  type: RelationType;
  /** Claims of the pair passing the filter in all. */
  total: number;
  offset: number;
  limit: number;
  claims: GraphEdge[];
}



export interface EntitySummary extends GraphNode {
  /** Search relevance, higher first; present on search results only. */
  score?: number;
}

export interface SentenceRef {
  id: string;
  documentId: string;
  line: number;
  text: string;
}

export interface EntityDetail extends GraphNode {
  /** Surface forms as written, with their lines. */
  mentions: { documentId: string; line: number; text: string }[];
  /** One page of the sentences that name it, in document and line order (see `sentenceCount`). */
  sentences: SentenceRef[];
  /** How many sentences name it in all. */
  sentenceCount: number;
  documents: string[];
  /** Every claim of the entity, all relation types, both directions, in date order. */
  claims: AllegianceClaim[];
}

/** One claim in an entity's history, in date order (the allegiance history keeps JOINED/SUPPORTED/OPPOSED/MEMBER_OF). */
export interface AllegianceClaim {
  edgeId: string;
  type: RelationType;
  /** 'out' when the entity is the subject (it joined X), 'in' when it is the object (X opposed it). */
  direction: 'out' | 'in';
  counterpart: GraphNode;
  date: string | null;
  dateGregorian: string | null;
  dateBasis?: DateBasis | null;
  datePrecision?: DatePrecision | null;
  line: number;
  evidence: string;
  documentId: string;
  confidence: number;
}

/** GET /api/entities/:id/allegiance. */
export interface AllegianceResponse {
  entity: GraphNode;
  claims: AllegianceClaim[];
}

/** GET /api/entities?q=: the best matches first. */
export interface SearchResponse {
  results: EntitySummary[];
}

export interface PathResult {
  /** Each path is an alternating walk: nodes[i] --edges[i]--> nodes[i+1] (edge direction may be either way). */
  paths: { nodes: GraphNode[]; edges: GraphEdge[] }[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  language: string;
  sha256: string;
  ingestedAt: string;
  /** Who wrote it into the graph: a user name, "anonymous" while sign-in is off, null from the command line. */
  ingestedBy: string | null;
  sentenceCount: number;
  claimCount: number;
  entityCount: number;
  /** Words in the document; null for documents ingested before words were counted. */
  wordCount: number | null;
}

/** DELETE /api/documents/:id. */
export interface DeletedDocument {
  documentId: string;
  deleted: true;
  /** The audit event recording the deletion (GET /api/audit lists it). */
  eventId: string;
}

export interface IngestResult {
  documentId: string;
  /** created: new document; unchanged: same sha256 already stored; replaced: a new version replaced the old claims. */
  status: 'created' | 'unchanged' | 'replaced';
  entities: number;
  relations: number;
  sentences: number;
  /** Of `entities`, how many the graph did not hold before (absent when unchanged). */
  newEntities?: number;
  /** Of `entities`, how many merged into entities other documents had already added (absent when unchanged). */
  mergedEntities?: number;
  /** On replace: historians' decisions (reviews, hand-added claims) carried over to the new version. */
  decisionsKept?: number;
  /** On replace: decisions whose sentence or entities the new version no longer has. */
  decisionsLost?: LostDecision[];
  /** Words in the document's text (as extracted, or as stored when unchanged); bulk ingest reports words/s from it. */
  words?: number;
}

/** A historian's decision that a new version of its document no longer supports. */
export interface LostDecision {
  claimId: string;
  status: string;
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
}

export interface CypherResult {
  columns: string[];
  /** Rows as plain JSON; nodes become {elementId, labels, properties}, relationships {elementId, type, startElementId, endElementId, properties}. */
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
}

/** A label or relationship type of the live graph, with the property names it carries. */
export interface SchemaEntry {
  name: string;
  properties: string[];
}

/** GET /api/cypher/schema: what the Cypher box can ask about (account records left out). */
export interface GraphSchema {
  labels: SchemaEntry[];
  relationshipTypes: SchemaEntry[];
}

export interface HealthStatus {
  ok: boolean;
  neo4j: 'up' | 'down';
  version?: string;
}

/** The body of every error response: {"error": {"code": "...", "message": "..."}}. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}
