/**
 * Historians' changes to claims, each in one write transaction with its audit event: review
 * (accept, reject, and correct type, date or direction) under a version check, and adding a claim
 * read in a sentence.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEvent, ClaimReview, ClaimState, NewClaim } from '../../../domain/curation';
import { ConflictError, NotFoundError } from '../../../domain/errors';
import type { Graph } from '../../driver/connection';
import { claimTouch, entityTouch, recordEvent } from './audit-log';
import { READ_SENTENCE } from './claim-cypher';
import { createClaim, lockClaim, writeClaim } from './claims';

export type { ClaimReview, NewClaim };

export interface CurationResult<T> {
  result: T;
  event: AuditEvent;
}

/**
 * @throws NotFoundError for an unknown claim; ConflictError (details.current) when `version` is stale.
 * @example await reviewClaim(graph, 'oktober:s2:kerenski:OPPOSED:mrk', { status: 'accepted', version: 0 }, 'anna')
 */
export async function reviewClaim(graph: Graph, id: string, review: ClaimReview, user: string): Promise<CurationResult<ClaimState>> {
  return graph.writeTransaction(async (tx) => {
    const current = await lockClaim(tx, id);
    const before = current.state;
    if (before.version !== review.version) {
      throw new ConflictError(`Claim "${id}" was changed meanwhile (version ${before.version}, you sent ${review.version}); reload it and decide again`, {
        current: before,
      });
    }
    const date = review.date === undefined ? {} : { date: review.date, dateGregorian: review.date };
    const after: ClaimState = {
      ...before,
      ...date,
      status: review.status ?? before.status,
      type: review.type ?? before.type,
      source: review.reverse ? before.target : before.source,
      target: review.reverse ? before.source : before.target,
      version: before.version + 1,
      reviewedBy: user,
      reviewedAt: new Date().toISOString(),
    };
    await writeClaim(tx, current, after);
    const event = await recordEvent(tx, {
      user,
      action: 'claim.review',
      claimId: id,
      entityIds: [before.source, before.target],
      touches: [claimTouch(id)],
      before,
      after,
      reason: review.reason,
    });
    return { result: after, event };
  });
}

/**
 * A claim a historian read in a sentence: accepted from the start, with the sentence as evidence.
 * @throws NotFoundError for an unknown sentence or entity.
 */
export async function addClaim(graph: Graph, claim: NewClaim, user: string): Promise<CurationResult<ClaimState>> {
  return graph.writeTransaction(async (tx) => {
    const [sentence] = await tx.run(READ_SENTENCE, { sentenceId: claim.sentenceId });
    if (!sentence) throw new NotFoundError(`No sentence "${claim.sentenceId}"`, { sentenceId: claim.sentenceId });
    const now = new Date().toISOString();
    const state: ClaimState = {
      id: `${claim.sentenceId}:${claim.source}:${claim.type}:${claim.target}:h${randomUUID().slice(0, 8)}`,
      type: claim.type,
      source: claim.source,
      target: claim.target,
      status: 'accepted',
      version: 0,
      date: claim.date ?? null,
      dateGregorian: claim.date ?? null,
      evidence: sentence.text as string,
      sentenceId: claim.sentenceId,
      documentId: sentence.documentId as string,
      line: sentence.line as number,
      confidence: 1,
      origin: 'historian',
      reviewedBy: user,
      reviewedAt: now,
    };
    await createClaim(tx, state, { calendar: claim.date ? 'gregorian' : null });
    const event = await recordEvent(tx, {
      user,
      action: 'claim.create',
      claimId: state.id,
      entityIds: [state.source, state.target],
      touches: [claimTouch(state.id), entityTouch(state.source), entityTouch(state.target)],
      before: null,
      after: state,
      reason: claim.reason,
    });
    return { result: state, event };
  });
}
