/**
 * A claim relationship's stored fields as a ClaimState: status 'machine', version 0 and origin
 * 'machine' when a claim was never reviewed (the extractor writes none of them).
 */
import type { ClaimState } from '../../domain/curation';
import type { RelationType } from '../../domain/types';
import type { Graph } from '../driver/connection';
import { CLAIM_TYPES } from './projections';

/** @example claimStateOf('OPPOSED', 'kerenski', 'lenin', { id: 'x', confidence: 0.9 }).status // 'machine' */
export function claimStateOf(type: string, source: string, target: string, props: Record<string, unknown>): ClaimState {
  return {
    id: props.id as string,
    type: type as RelationType,
    source,
    target,
    status: (props.status as ClaimState['status'] | undefined) ?? 'machine',
    version: (props.version as number | undefined) ?? 0,
    date: (props.date as string | null | undefined) ?? null,
    dateGregorian: (props.dateGregorian as string | null | undefined) ?? null,
    evidence: (props.evidence as string | undefined) ?? '',
    sentenceId: (props.sentenceId as string | undefined) ?? '',
    documentId: (props.documentId as string | undefined) ?? '',
    line: (props.line as number | undefined) ?? 0,
    confidence: (props.confidence as number | undefined) ?? 0,
    origin: (props.origin as ClaimState['origin'] | undefined) ?? 'machine',
    reviewedBy: (props.reviewedBy as string | null | undefined) ?? null,
    reviewedAt: (props.reviewedAt as string | null | undefined) ?? null,
  };
}


const READ_CLAIM = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE r.id = $id
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props`;

/** One claim's current state, or undefined for an unknown id. */
export async function readClaim(graph: Graph, id: string): Promise<ClaimState | undefined> {
  const [row] = await graph.read(READ_CLAIM, { id });
  return row ? claimStateOf(row.type as string, row.source as string, row.target as string, row.props as Record<string, unknown>) : undefined;
}
