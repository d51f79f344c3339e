/**
 * Typed calls to the Allegiance HTTP API. Error bodies ({"error":{"code","message"}}) become the domain's
 * AllegianceError with the server's code, and an unreachable server becomes GraphUnavailableError, so the
 * page shows one kind of message whatever went wrong.
 */
import type { AllegianceClaim, CypherResult, DocumentSummary, EntityDetail, EntitySummary, GraphNode, GraphView } from '../../domain/api';
import { AllegianceError, GraphUnavailableError } from '../../domain/errors';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface AllegianceResponse {
  entity: GraphNode;
  claims: AllegianceClaim[];
}

export interface ApiClient {
  graph(): Promise<GraphView>;
  searchEntities(query: string, limit: number): Promise<EntitySummary[]>;
  entity(id: string): Promise<EntityDetail>;
  allegiance(id: string): Promise<AllegianceResponse>;
  cypher(query: string): Promise<CypherResult>;
  documents(): Promise<DocumentSummary[]>;
}

function errorFrom(status: number, body: unknown): AllegianceError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}.`;
  return new AllegianceError(code, message, { status });
}

async function requestJson<T>(fetchFn: Fetch, url: string, init?: RequestInit): Promise<T> {
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
    graph: () => get<GraphView>('/api/graph'),
    searchEntities: async (query, limit) => {
      const body = await get<EntitySummary[] | { results: EntitySummary[] }>(
        `/api/entities?q=${encodeURIComponent(query)}&limit=${limit}`,
      );
      return Array.isArray(body) ? body : body.results;
    },
    entity: (id) => get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
    allegiance: (id) => get<AllegianceResponse>(`/api/entities/${encodeURIComponent(id)}/allegiance`),
    documents: () => get<DocumentSummary[]>('/api/documents'),
    cypher: (query) =>
      requestJson<CypherResult>(fetchFn, `${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, params: {} }),
      }),
  };
}
