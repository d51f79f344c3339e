/**
 * Typed calls to the Allegiance HTTP API. Error bodies ({"error":{"code","message"}}) become the domain's
 * AllegianceError with the server's code, and an unreachable server becomes GraphUnavailableError, so the
 * page shows one kind of message whatever went wrong.
 */
import type { AllegianceResponse, ClaimSelection, CypherResult, DocumentSummary, EntityDetail, EntitySummary, GraphExpansion, GraphSchema, GraphSelection, GraphView, PairClaims, PathResult, SearchResponse } from '../../domain/api';
import type { RelationType } from '../../domain/types';
import { AllegianceError, GraphUnavailableError, isServerErrorCode } from '../../domain/errors';
import type { JobAccepted, JobStatus } from '../../domain/jobs';
import type { DocumentText } from '../../domain/reading';
import type { Language } from '../../domain/types';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient {
  /** The default view: the most important entities and one edge per pair and relation type among them. */
  graph(options?: { status?: 'all' }): Promise<GraphSelection>;
  /** Every entity, those without any claim too, and every claim. */
  wholeGraph(): Promise<GraphView>;
  /** The default view's entities with each claim among them, evidence and all (the claims table, downloads). */
  viewClaims(): Promise<ClaimSelection>;
  /** One page of the claims behind one edge, in date order. */
  pairClaims(pair: { source: string; target: string; type: RelationType }, page: { offset: number; limit: number }, options?: { status?: 'all' }): Promise<PairClaims>;
  /** An entity's neighbours with the most claims with it (the page's "Expand"). */
  expand(id: string, limit?: number): Promise<GraphExpansion>;
  searchEntities(query: string, limit: number): Promise<EntitySummary[]>;
  /** The entity with every claim and one page of the sentences that name it. */
  entity(id: string, page?: { offset: number; limit: number }): Promise<EntityDetail>;
  allegiance(id: string): Promise<AllegianceResponse>;
  cypher(query: string): Promise<CypherResult>;
  /** The labels, relationship types and property names the Cypher box can ask about. */
  cypherSchema(): Promise<GraphSchema>;
  documents(): Promise<DocumentSummary[]>;
  /** Reads the document with its sentences, mentions and claims. */
  documentText(id: string): Promise<DocumentText>;
  /** Starts an upload as a job (Prefer: respond-async); follow it with `job`. */
  upload(file: Blob, fileName: string, title: string, language: Language | null): Promise<JobAccepted>;
  job(id: string): Promise<JobStatus>;
  reingest(id: string): Promise<JobAccepted>;
  deleteDocument(id: string): Promise<void>;

  /** The shortest chains of claims linking two entities in the whole graph. */
  paths(from: string, to: string): Promise<PathResult>;
}

function errorFrom(status: number, body: unknown): AllegianceError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: Record<string, unknown> } } | null)?.error;
  const code = isServerErrorCode(error?.code) ? error.code : (`HTTP_${status}` as const);
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}.`;
  return new AllegianceError(code, message, { ...error?.details, status });
}

/** One JSON request: the body on 2xx, an AllegianceError with the server's code and details otherwise. */
export async function requestJson<T>(fetchFn: Fetch, url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (cause) {
    throw new GraphUnavailableError('The Allegiance server cannot be reached.', { url, cause: String(cause) });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFrom(response.status, body);
  return body as T;
}

/**
 * @example const api = createApiClient(window.fetch.bind(window)); const view = await api.graph();
 */
export function createApiClient(fetchFn: Fetch, base = ''): ApiClient {
  const get = <T>(path: string): Promise<T> => requestJson<T>(fetchFn, `${base}${path}`);
  return {
    graph: (options) => get<GraphSelection>(options?.status === 'all' ? '/api/graph?status=all' : '/api/graph'),
    wholeGraph: () => get<GraphView>('/api/graph?includeIsolated=true'),
    viewClaims: () => get<ClaimSelection>('/api/graph?edges=claims'),
    pairClaims: (pair, page, options) => {
      const query = new URLSearchParams({ source: pair.source, target: pair.target, type: pair.type, offset: String(page.offset), limit: String(page.limit) });
      if (options?.status === 'all') query.set('status', 'all');
      return get<PairClaims>(`/api/graph/claims?${query.toString()}`);
    },
    expand: (id, limit) => get<GraphExpansion>(`/api/entities/${encodeURIComponent(id)}/expand${limit ? `?limit=${limit}` : ''}`),
    searchEntities: async (query, limit) => {
      const body = await get<EntitySummary[] | SearchResponse>(
        `/api/entities?q=${encodeURIComponent(query)}&limit=${limit}`,
      );
      return Array.isArray(body) ? body : body.results;
    },
    entity: (id, page) =>
      get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}${page ? `?offset=${page.offset}&limit=${page.limit}` : ''}`),
    allegiance: (id) => get<AllegianceResponse>(`/api/entities/${encodeURIComponent(id)}/allegiance`),
    documents: () => get<DocumentSummary[]>('/api/documents'),
    documentText: (id) => get<DocumentText>(`/api/documents/${encodeURIComponent(id)}`),
    upload: (file, fileName, title, language) => {
      const form = new FormData();
      form.append('title', title);
      if (language) form.append('language', language);
      form.append('file', file, fileName);
      return requestJson<JobAccepted>(fetchFn, `${base}/api/documents`, { method: 'POST', headers: { Prefer: 'respond-async' }, body: form });
    },
    job: (id) => get<JobStatus>(`/api/jobs/${encodeURIComponent(id)}`),
    reingest: (id) =>
      requestJson<JobAccepted>(fetchFn, `${base}/api/documents/${encodeURIComponent(id)}/reingest`, { method: 'POST', headers: { Prefer: 'respond-async' } }),
    deleteDocument: async (id) => {
      await requestJson<unknown>(fetchFn, `${base}/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },

    paths: (from, to) => get<PathResult>(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    cypherSchema: () => get<GraphSchema>('/api/cypher/schema'),
    cypher: (query) =>
      requestJson<CypherResult>(fetchFn, `${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, params: {} }),
      }),
  };
}
