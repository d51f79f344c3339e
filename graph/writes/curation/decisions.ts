/**
 * Keeping historians' decisions when a document is ingested again (a new version, or the same text
 * after an extractor upgrade), which deletes and re-creates all of its claims. Before the old claims
 * go, every reviewed or hand-added claim is read as a Decision: its decided state, the sentence text,
 * and the spelling keys of both entities as the machine first had them (from the first review's
 * audit event). After the new claims are written, each decision is matched by document, sentence
 * text and keys, never by internal ids, and written back under its old id, so the audit trail still
 * points at it. Decisions that match nothing are returned, to be reported, never dropped silently.
 */
import type { ClaimState } from '../../../domain/curation';
import type { LostDecision } from '../../../domain/api';
import { claimStateOf } from '../../queries/claim-state';
import { CLAIM_TYPES } from '../../queries/projections';
import type { GraphTransaction, Row } from '../../driver/connection';
import { createClaim, deleteClaim } from './claims';

/** The claim as the extractor wrote it, before any correction: what a new extraction will say again. */
interface MachineClaim {
  type: string;
  sourceKeys: string[];
  targetKeys: string[];
}

export interface Decision {
  decided: ClaimState;
  sentence: string;
  /** Keys of the decided source and target, to find the entities again. */
  sourceKeys: string[];
  targetKeys: string[];
  machine: MachineClaim;
  /** The historian set the date; else the new extraction's date is kept. */
  dateChanged: boolean;
  /** Stored fields outside ClaimState (rule, calendar), kept on the re-created claim. */
  extra: Record<string, unknown>;
}

const DECIDED_CLAIMS = `
MATCH (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(:Entity)-[r:${CLAIM_TYPES}]->(:Entity)
WHERE r.documentId = $documentId AND (coalesce(r.status, 'machine') <> 'machine' OR r.origin = 'historian')
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
CALL (r) {
  OPTIONAL MATCH (e:AuditEvent {claimId: r.id, action: 'claim.review'})
  WHERE e.undoneBy IS NULL
  RETURN e.before AS firstBefore ORDER BY e.seq LIMIT 1
}
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props, s.text AS sentence,
       coalesce(a.keys, []) AS sourceKeys, coalesce(b.keys, []) AS targetKeys, firstBefore`;

const DOCUMENT_CLAIMS = `
MATCH (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(:Entity)-[r:${CLAIM_TYPES}]->(:Entity)
WHERE r.documentId = $documentId
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props, s.text AS sentence,
       coalesce(a.keys, []) AS sourceKeys, coalesce(b.keys, []) AS targetKeys`;

const SENTENCE_BY_TEXT = `
MATCH (:Document {id: $documentId})-[:HAS_SENTENCE]->(s:Sentence {text: $text})
RETURN s.id AS id, s.line AS line ORDER BY s.line LIMIT 1`;

const ENTITY_BY_KEYS = `
MATCH (e:Entity)
WHERE e.id = $id OR any(key IN e.keys WHERE key IN $keys)
RETURN e.id AS id ORDER BY CASE WHEN e.id = $id THEN 0 ELSE 1 END, e.mentionCount DESC LIMIT 1`;

/** Reads the decisions on a document's claims; call before its claims are deleted. */
export async function collectDecisions(tx: GraphTransaction, documentId: string): Promise<Decision[]> {
  const rows = await tx.run(DECIDED_CLAIMS, { documentId });
  return rows.map((row) => {
    const props = row.props as Record<string, unknown>;
    const decided = claimStateOf(row.type as string, row.source as string, row.target as string, props);
    const keysOf = (id: string): string[] => (id === decided.source ? (row.sourceKeys as string[]) : (row.targetKeys as string[]));
    const first = row.firstBefore ? (JSON.parse(row.firstBefore as string) as ClaimState) : decided;
    const ends = new Set([decided.source, decided.target]);
    const machine = ends.has(first.source) && ends.has(first.target)
      ? { type: first.type, sourceKeys: keysOf(first.source), targetKeys: keysOf(first.target) }
      : { type: decided.type, sourceKeys: row.sourceKeys as string[], targetKeys: row.targetKeys as string[] };
    const { id: _id, ...extra } = props;
    return {
      decided,
      sentence: (row.sentence as string | null) ?? decided.evidence,
      sourceKeys: row.sourceKeys as string[],
      targetKeys: row.targetKeys as string[],
      machine,
      dateChanged: first.date !== decided.date,
      extra,
    };
  });
}

const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((key) => b.includes(key));

/**
 * Writes each decision back onto the matching new claim (or re-creates a hand-added one on the
 * sentence with the same text); returns the decisions that no longer apply.
 */
export async function reapplyDecisions(tx: GraphTransaction, documentId: string, decisions: readonly Decision[]): Promise<LostDecision[]> {
  if (decisions.length === 0) return [];
  const fresh = await tx.run(DOCUMENT_CLAIMS, { documentId });
  const taken = new Set<string>();
  const lost: LostDecision[] = [];
  for (const decision of decisions) {
    const placed = decision.decided.origin === 'historian'
      ? await reattachHandAdded(tx, documentId, decision)
      : await reapplyReview(tx, decision, fresh, taken);
    if (!placed) lost.push(lostOf(decision));
  }
  return lost;
}

async function reapplyReview(tx: GraphTransaction, decision: Decision, fresh: Row[], taken: Set<string>): Promise<boolean> {
  const { machine, decided } = decision;
  const match = fresh.find((row) => {
    const id = (row.props as Record<string, unknown>).id as string;
    return !taken.has(id) && row.type === machine.type && row.sentence === decision.sentence
      && overlaps(row.sourceKeys as string[], machine.sourceKeys) && overlaps(row.targetKeys as string[], machine.targetKeys);
  });
  if (!match) return false;
  const props = match.props as Record<string, unknown>;
  taken.add(props.id as string);
  const newIds = { [machineSourceId(decision)]: match.source as string, [machineTargetId(decision)]: match.target as string };
  const again = claimStateOf(match.type as string, match.source as string, match.target as string, props);
  await deleteClaim(tx, again.id);
  await createClaim(tx, {
    ...again,
    id: decided.id,
    type: decided.type,
    source: newIds[decided.source] ?? again.source,
    target: newIds[decided.target] ?? again.target,
    status: decided.status,
    version: decided.version,
    reviewedBy: decided.reviewedBy,
    reviewedAt: decided.reviewedAt,
    ...(decision.dateChanged ? { date: decided.date, dateGregorian: decided.dateGregorian } : {}),
  }, { rule: props.rule ?? null, calendar: decision.dateChanged ? decision.extra.calendar ?? null : props.calendar ?? null });
  return true;
}

/** The ids of the decided claim's ends that were the machine's source and target. */
function machineSourceId(decision: Decision): string {
  return overlaps(decision.sourceKeys, decision.machine.sourceKeys) ? decision.decided.source : decision.decided.target;
}

function machineTargetId(decision: Decision): string {
  return machineSourceId(decision) === decision.decided.source ? decision.decided.target : decision.decided.source;
}

async function reattachHandAdded(tx: GraphTransaction, documentId: string, decision: Decision): Promise<boolean> {
  const [sentence] = await tx.run(SENTENCE_BY_TEXT, { documentId, text: decision.sentence });
  if (!sentence) return false;
  const [source] = await tx.run(ENTITY_BY_KEYS, { id: decision.decided.source, keys: decision.sourceKeys });
  const [target] = await tx.run(ENTITY_BY_KEYS, { id: decision.decided.target, keys: decision.targetKeys });
  if (!source || !target) return false;
  await createClaim(tx, {
    ...decision.decided,
    source: source.id as string,
    target: target.id as string,
    sentenceId: sentence.id as string,
    line: sentence.line as number,
  }, decision.extra);
  return true;
}

function lostOf(decision: Decision): LostDecision {
  const { decided } = decision;
  return { claimId: decided.id, status: decided.status, type: decided.type, source: decided.source, target: decided.target, sentence: decision.sentence };
}
