/**
 * The bodies of the curation routes, checked before anything is read or written: known fields only,
 * relation and entity types from the fixed lists, dates as ISO days or months, a version number.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { isPartialIso } from '../../domain/dates/partial-iso';
import { InvalidInputError } from '../../domain/errors';
import type { ClaimReview, NewClaim } from '../../graph/writes/curation/claim-actions';
import type { EntityChange, MergeRequest } from '../../graph/writes/curation/entity-actions';
import { jsonObject, optionalBoolean, optionalText, requiredText, type JsonObject } from './json-body';

/** The field when it is one of `allowed` (a fixed list of types), undefined when absent. */
function oneOf<T extends string>(body: JsonObject, name: string, allowed: readonly T[]): T | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new InvalidInputError(`"${name}" must be one of ${allowed.join(', ')}`, { [name]: value });
  }
  return value as T;
}

function isoDate(body: JsonObject, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !isPartialIso(value)) {
    throw new InvalidInputError(`"${name}" must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD`, { [name]: value });
  }
  return value;
}

/**
 * The version from the body's "version" or an If-Match header ("3" or "\"3\""); one is required.
 * @example versionOf({ version: 2 }, undefined) // 2
 */
function versionOf(body: JsonObject, ifMatch: string | undefined): number {
  const raw = body.version ?? (ifMatch === undefined ? undefined : Number(ifMatch.replace(/^W\//, '').replace(/"/g, '')));
  if (raw === undefined) throw new InvalidInputError('Send the version you saw, as "version" or an If-Match header, so a concurrent change is not overwritten');
  if (!Number.isInteger(raw) || (raw as number) < 0) throw new InvalidInputError('"version" must be a whole number', { version: raw });
  return raw as number;
}

/** PATCH /api/claims/:id */
export function parseClaimReview(body: unknown, ifMatch: string | undefined): ClaimReview {
  const fields = jsonObject(body, ['status', 'type', 'date', 'reverse', 'reason', 'version'], '{"status": "accepted"|"rejected", "type"?, "date"?, "reverse"?, "reason"?, "version"}');
  const status = fields.status;
  if (status !== undefined && status !== 'accepted' && status !== 'rejected') {
    throw new InvalidInputError('"status" must be "accepted" or "rejected"', { status });
  }
  const review: ClaimReview = {
    status,
    type: oneOf(fields, 'type', RELATION_TYPES),
    reverse: optionalBoolean(fields, 'reverse'),
    reason: optionalText(fields, 'reason'),
    version: versionOf(fields, ifMatch),
  };
  if (fields.date !== undefined) review.date = fields.date === null ? null : isoDate(fields, 'date');
  if (review.status === undefined && review.type === undefined && review.date === undefined && !review.reverse) {
    throw new InvalidInputError('Nothing to change: send "status", "type", "date" or "reverse"');
  }
  return review;
}

/** POST /api/claims */
export function parseNewClaim(body: unknown): NewClaim {
  const fields = jsonObject(body, ['source', 'type', 'target', 'sentenceId', 'date', 'reason'], '{"source", "type", "target", "sentenceId", "date"?, "reason"?}');
  const type = oneOf(fields, 'type', RELATION_TYPES);
  if (type === undefined) throw new InvalidInputError('"type" is required', { field: 'type' });
  return {
    source: requiredText(fields, 'source', 256),
    type,
    target: requiredText(fields, 'target', 256),
    sentenceId: requiredText(fields, 'sentenceId', 256),
    date: isoDate(fields, 'date'),
    reason: optionalText(fields, 'reason'),
  };
}

/** PATCH /api/entities/:id */
export function parseEntityChange(body: unknown): EntityChange {
  const fields = jsonObject(body, ['name', 'type', 'reason'], '{"name"?, "type"?, "reason"?}');
  const change: EntityChange = { name: optionalText(fields, 'name', 200), type: oneOf(fields, 'type', ENTITY_TYPES), reason: optionalText(fields, 'reason') };
  if (change.name === undefined && change.type === undefined) throw new InvalidInputError('Nothing to change: send "name" or "type"');
  return change;
}

/** POST /api/entities/:id/merge */
export function parseMergeRequest(body: unknown): MergeRequest {
  const fields = jsonObject(body, ['into', 'force', 'reason'], '{"into", "force"?, "reason"?}');
  return { into: requiredText(fields, 'into', 256), force: optionalBoolean(fields, 'force'), reason: optionalText(fields, 'reason') };
}

/** Bodies that carry only an optional reason (undo, split). */
export function parseReason(body: unknown): string | undefined {
  return optionalText(jsonObject(body ?? {}, ['reason'], '{"reason"?}'), 'reason');
}
