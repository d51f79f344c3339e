/**
 * Historians' decisions about the machine's reading: a claim's review status, the state of a claim
 * or entity before and after a change, and the audit event that records each change. Shared by the
 * server (which stores and returns them) and the page (which shows the history and the queue).
 */
import type { DocumentSummary } from './api';
import type { EntityType, RelationType } from './types';

/** machine: as extracted, not yet reviewed; accepted/rejected by a historian. */
export const CLAIM_STATUSES = ['machine', 'accepted', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A claim as curation sees it: its type and ends plus every stored field (status, version, provenance). */
export interface ClaimState {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  status: ClaimStatus;
  /** Raised by one on every change; a PATCH naming an older version gets 409. */
  version: number;
  date: string | null;
  dateGregorian: string | null;
  evidence: string;
  sentenceId: string;
  documentId: string;
  line: number;
  confidence: number;
  /** 'machine' for extracted claims, 'historian' for claims added by hand. */
  origin: 'machine' | 'historian';
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** The body of PATCH /api/claims/:id: a decision, a correction, or both. */
export interface ClaimReview {
  status?: Exclude<ClaimStatus, 'machine'>;
  type?: RelationType;
  /** ISO day or month, Gregorian; null clears the date. */
  date?: string | null;
  /** Swap source and target. */
  reverse?: boolean;
  reason?: string;
  /** The version the editor saw; a different current version means someone changed it meanwhile. */
  version: number;
}

/** The body of POST /api/claims: a claim a historian read in a sentence. */
export interface NewClaim {
  source: string;
  type: RelationType;
  target: string;
  sentenceId: string;
  date?: string;
  reason?: string;
}

export interface EntityState {
  id: string;
  name: string;
  type: EntityType;
}

export const AUDIT_ACTIONS = ['claim.review', 'claim.create', 'entity.update', 'entity.merge', 'document.delete', 'undo'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The `before` of a 'document.delete' event: what went with the document (its `after` is null). */
export interface DocumentRemoval {
  document: DocumentSummary;
  /** Reviews and hand-added claims on the document's claims, lost with it. */
  decisions: ClaimState[];
  /** Entities no other document mentioned, deleted with it. */
  entitiesRemoved: EntityState[];
}

/** One change: who, when, what, the state before and after, and why. */
export interface AuditEvent {
  id: string;
  /** Order of the events, 1, 2, 3, ...; `at` may tie. */
  seq: number;
  at: string;
  user: string;
  action: AuditAction;
  claimId: string | null;
  entityIds: string[];
  before: unknown;
  after: unknown;
  reason: string | null;
  /** For an undo: the event it reversed. */
  undoes: string | null;
  /** Set when this event was undone, by the id of the undo event. */
  undoneBy: string | null;
}

/** A claim waiting for review, with the sentence and both entities' names to show it. */
export interface ReviewItem {
  claim: ClaimState;
  sourceName: string;
  targetName: string;
  sentence: string;
  /** How central the pair is: the two entities' mention counts added. */
  centrality: number;
}
