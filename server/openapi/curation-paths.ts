/**
 * The OpenAPI paths of curation (server/routes/claims.ts, entity-curation.ts, audit.ts and the
 * contested claims in entities.ts): every change answers with the audit event that records it.
 */
import { PARTIAL_ISO_PATTERN } from '../../domain/dates/partial-iso';
import { AUDIT_ACTIONS, CLAIM_STATUSES } from '../../domain/curation';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { arrayOf, error, FAILURES, json, jsonBody, nullable, object, pathId, pathParam, query, ref, type Schema, WRITE_REFUSALS } from './helpers';

const NOT_FOUND = { '404': error('No claim, entity, sentence or event has this id (code NOT_FOUND).') };
const isoDate = { type: 'string', pattern: PARTIAL_ISO_PATTERN };
const reason = { type: 'string', description: 'Why, for the audit trail.' };
const LIMIT = (fallback: number) => query('limit', 'At most this many.', { type: 'integer', minimum: 1, maximum: 500, default: fallback });

const write = (summary: string, body: Schema, ok: Schema, extra: Record<string, Schema> = {}, parameters = [pathId('Id.')]): Schema => ({
  summary, parameters, requestBody: jsonBody(body), responses: { ...ok, ...extra, ...NOT_FOUND, '400': FAILURES['400'], ...WRITE_REFUSALS, '503': FAILURES['503'] },
});

export const CURATION_PATHS: Record<string, Schema> = {
  '/api/claims': {
    post: {
      ...write(
        'Add a claim a historian read in a sentence; it is accepted from the start, with the sentence as evidence.',
        object({ source: { type: 'string' }, type: { enum: [...RELATION_TYPES] }, target: { type: 'string' }, sentenceId: { type: 'string' }, date: { ...isoDate, description: 'New Style.' }, reason }, ['source', 'type', 'target', 'sentenceId']),
        { '201': json(object({ id: { type: 'string' }, claim: ref('ClaimState'), eventId: { type: 'string' } }), 'Added.') },
        {},
        [],
      ),
    },
  },
  '/api/claims/{id}': {
    get: { summary: 'One claim with its status and version (also the ETag).', parameters: [pathId('Claim id.')], responses: { '200': json(ref('ClaimState'), 'The claim.'), ...NOT_FOUND } },
    patch: {
      ...write(
        'Accept, reject or correct a claim (type, date, direction). Send the version you saw, in the body or as If-Match.',
        object({ status: { enum: ['accepted', 'rejected'] }, type: { enum: [...RELATION_TYPES] }, date: { ...isoDate, type: ['string', 'null'] }, reverse: { type: 'boolean' }, reason, version: { type: 'integer', minimum: 0 } }),
        { '200': json(object({ claim: ref('ClaimState'), eventId: { type: 'string' } }), 'Changed; ETag is the new version.') },
        { '409': error('Someone changed the claim meanwhile; details.current is its current state (code CONFLICT).') },
        [pathId('Claim id.'), { name: 'If-Match', in: 'header', required: false, description: 'The version seen, instead of "version" in the body.', schema: { type: 'string' } }],
      ),
    },
  },
  '/api/entities/{id}/contested': {
    get: {
      summary: 'Claims about this entity that contradict each other on one pair at overlapping times (SUPPORTED/JOINED/MEMBER_OF against OPPOSED, or one type accepted here and rejected there), side by side with their sources.',
      parameters: [pathId('Entity id.')],
      responses: { '200': json(ref('ContestedResponse'), 'The contests; empty when none.'), ...NOT_FOUND, ...FAILURES },
    },
  },
  '/api/entities/{id}': {
    patch: write('Rename an entity or change its type.', object({ name: { type: 'string' }, type: { enum: [...ENTITY_TYPES] }, reason }), { '200': json(object({ entity: ref('EntityState'), eventId: { type: 'string' } }), 'Changed.') }),
  },
  '/api/entities/{id}/merge': {
    post: write(
      'Merge this entity into another: its mentions, aliases and claims move. Across types only with "force": true; later documents spelling its names land on the other entity, across types too.',
      object({ into: { type: 'string' }, force: { type: 'boolean' }, reason }, ['into']),
      { '200': json(object({ entity: ref('EntityState'), eventId: { type: 'string' } }), 'Merged.') },
    ),
  },
  '/api/entities/{id}/split': {
    post: write('Undo the latest merge this entity took part in.', object({ reason }), { '200': json(object({ eventId: { type: 'string' }, undid: { type: 'string' } }), 'Split.') }, {
      '409': error('Later changes depend on the merge; details.dependents names them.'),
    }),
  },
  '/api/audit': {
    get: {
      summary: 'The audit trail, newest first.',
      parameters: [query('entity', 'Only events about this entity.', { type: 'string' }), query('claim', 'Only events about this claim.', { type: 'string' }), query('user', 'Only events by this user.', { type: 'string' }), LIMIT(50)],
      responses: { '200': json(arrayOf(ref('AuditEvent')), 'Events.'), ...FAILURES },
    },
  },
  '/api/audit/{eventId}/undo': {
    post: write(
      'Reverse one event; the undo is recorded as a new event. A deletion or an undo cannot be undone (400).',
      object({ reason }),
      { '200': json(ref('AuditEvent'), 'The undo event.') },
      { '409': error('Undone already, or later events depend on it; details.dependents names them: undo those first.') },
      [pathParam('eventId', 'Audit event id.')],
    ),
  },
  '/api/review': {
    get: { summary: 'The review queue: machine claims nobody reviewed, least certain and most central first.', parameters: [LIMIT(20)], responses: { '200': json(arrayOf(ref('ReviewItem')), 'The queue.'), ...FAILURES } },
  },
};

const CONTESTED_CLAIM = object({
  id: { type: 'string' }, type: { enum: [...RELATION_TYPES] }, source: { type: 'string' }, target: { type: 'string' }, status: { enum: [...CLAIM_STATUSES] }, reviewedBy: nullable('string'),
  evidence: { type: 'string' }, documentId: { type: 'string' }, documentTitle: { type: 'string' }, line: { type: 'integer' }, date: nullable('string'), dateGregorian: nullable('string'), calendar: { enum: ['julian', 'gregorian', null] },
});
const END = object({ id: { type: 'string' }, name: { type: 'string' } });

export const CURATION_SCHEMAS: Record<string, Schema> = {
  ClaimState: object({
    id: { type: 'string' }, type: { enum: [...RELATION_TYPES] }, source: { type: 'string' }, target: { type: 'string' }, status: { enum: [...CLAIM_STATUSES] }, version: { type: 'integer' },
    date: nullable('string'), dateGregorian: nullable('string'), evidence: { type: 'string' }, sentenceId: { type: 'string' }, documentId: { type: 'string' }, line: { type: 'integer' },
    confidence: { type: 'number' }, origin: { enum: ['machine', 'historian'] }, reviewedBy: nullable('string'), reviewedAt: nullable('string'),
  }),
  EntityState: object({ id: { type: 'string' }, name: { type: 'string' }, type: { enum: [...ENTITY_TYPES] } }),
  AuditEvent: object({
    id: { type: 'string' }, seq: { type: 'integer' }, at: { type: 'string' }, user: { type: 'string' }, action: { enum: [...AUDIT_ACTIONS] }, claimId: nullable('string'),
    entityIds: arrayOf({ type: 'string' }), before: { description: 'The state before (for document.delete: the document, its decisions and the entities removed).' }, after: {},
    reason: nullable('string'), undoes: nullable('string'), undoneBy: nullable('string'),
  }),
  ReviewItem: object({ claim: ref('ClaimState'), sourceName: { type: 'string' }, targetName: { type: 'string' }, sentence: { type: 'string' }, centrality: { type: 'integer' } }),
  ContestedResponse: object({
    entityId: { type: 'string' },
    contests: arrayOf(object({ kind: { enum: ['opposite-types', 'opposite-decisions'] }, source: END, target: END, sides: arrayOf(object({ label: { type: 'string' }, claims: arrayOf(CONTESTED_CLAIM) })) })),
  }),
};
