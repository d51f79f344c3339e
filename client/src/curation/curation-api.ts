/**
 * Typed calls for signing in and for curation: the session, the review queue, decisions on claims,
 * entity changes, the audit trail with undo, and contested claims. Writes go as JSON with the
 * browser's own Origin (the server's CSRF check for cookie writes) and same-origin credentials, so
 * the HttpOnly session cookie travels with them and never with another site's request.
 */
import type { SessionInfo, SessionStatus } from '../../../domain/auth';
import type { ContestedResponse } from '../../../domain/contested';
import type { AuditEvent, ClaimReview, ClaimState, EntityState, NewClaim, ReviewItem } from '../../../domain/curation';
import type { EntityType } from '../../../domain/types';
import { requestJson, type Fetch } from '../api-client';

/** A decision or correction as PATCH /api/claims/:id takes it (the version seen included). */
export type ClaimChange = ClaimReview;
/** A claim read in a sentence, as POST /api/claims takes it. */
export type NewClaimInput = NewClaim;

export interface SessionState {
  user: SessionInfo | null;
  /** AUTH off (or the local default with no user): anyone may write without signing in. */
  writesOpen: boolean;
}

export interface CurationApi {
  session(): Promise<SessionState>;
  signIn(username: string, password: string): Promise<SessionInfo>;
  signOut(): Promise<void>;
  reviewQueue(limit: number): Promise<ReviewItem[]>;
  claim(id: string): Promise<ClaimState>;
  reviewClaim(id: string, change: ClaimChange): Promise<{ claim: ClaimState; eventId: string }>;
  addClaim(claim: NewClaimInput): Promise<{ id: string; claim: ClaimState; eventId: string }>;
  updateEntity(id: string, change: { name?: string; type?: EntityType; reason?: string }): Promise<{ entity: EntityState; eventId: string }>;
  mergeEntity(id: string, into: string, force: boolean): Promise<{ entity: EntityState; eventId: string }>;
  splitEntity(id: string): Promise<{ eventId: string; undid: string }>;
  audit(filter: { entity?: string; claim?: string; limit?: number }): Promise<AuditEvent[]>;
  undo(eventId: string): Promise<AuditEvent>;
  contested(entityId: string): Promise<ContestedResponse>;
}

const enc = encodeURIComponent;

/**
 * @example const curation = createCurationApi(window.fetch.bind(window)); await curation.signIn('anna', '…');
 */
export function createCurationApi(fetchFn: Fetch, base = ''): CurationApi {
  const get = <T>(path: string): Promise<T> => requestJson<T>(fetchFn, `${base}${path}`, { credentials: 'same-origin' });
  const send = <T>(method: string, path: string, body?: unknown): Promise<T> =>
    requestJson<T>(fetchFn, `${base}${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    session: async () => {
      const status = await get<SessionStatus>('/api/session/status');
      return { user: status.user, writesOpen: status.auth === 'off' };
    },
    signIn: (username, password) => send<SessionInfo>('POST', '/api/session', { username, password }),
    signOut: async () => {
      await send<unknown>('DELETE', '/api/session');
    },
    reviewQueue: (limit) => get<ReviewItem[]>(`/api/review?limit=${limit}`),
    claim: (id) => get<ClaimState>(`/api/claims/${enc(id)}`),
    reviewClaim: (id, change) => send('PATCH', `/api/claims/${enc(id)}`, change),
    addClaim: (claim) => send('POST', '/api/claims', claim),
    updateEntity: (id, change) => send('PATCH', `/api/entities/${enc(id)}`, change),
    mergeEntity: (id, into, force) => send('POST', `/api/entities/${enc(id)}/merge`, force ? { into, force } : { into }),
    splitEntity: (id) => send('POST', `/api/entities/${enc(id)}/split`, {}),
    audit: (filter) => {
      const params = new URLSearchParams();
      if (filter.entity) params.set('entity', filter.entity);
      if (filter.claim) params.set('claim', filter.claim);
      params.set('limit', String(filter.limit ?? 50));
      return get<AuditEvent[]>(`/api/audit?${params.toString()}`);
    },
    undo: (eventId) => send('POST', `/api/audit/${enc(eventId)}/undo`, {}),
    contested: (entityId) => get<ContestedResponse>(`/api/entities/${enc(entityId)}/contested`),
  };
}
