/** The API client against a scripted fetch: how answers and failures become data or typed errors. */
import type { Fetch } from '../../client/src/api-client';
import { createApiClient } from '../../client/src/api-client';
import { AllegianceError, GraphUnavailableError } from '../../domain/errors';

function scripted(status: number, body: unknown, seen: string[] = []): Fetch {
  return async (url, init) => {
    seen.push(`${init?.method ?? 'GET'} ${url}${init?.body ? ` ${String(init.body)}` : ''}`);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('createApiClient', () => {
  test.each([
    ['an array', [{ id: 'kerenski' }]],
    ['{results}', { results: [{ id: 'kerenski' }] }],
  ])('entity search accepts %s', async (_name, body) => {
    const seen: string[] = [];
    const results = await createApiClient(scripted(200, body, seen)).searchEntities('Kerenskis å', 5);
    expect(results.map((result) => result.id)).toEqual(['kerenski']);
    expect(seen).toEqual(['GET /api/entities?q=Kerenskis%20%C3%A5&limit=5']);
  });

  test('the Cypher query is POSTed as JSON', async () => {
    const seen: string[] = [];
    await createApiClient(scripted(200, { columns: [], rows: [], truncated: false, elapsedMs: 1 }, seen), 'http://x').cypher('RETURN 1');
    expect(seen).toEqual(['POST http://x/api/cypher {"query":"RETURN 1","params":{}}']);
  });

  test.each([
    ['an error body keeps its code and message', 404, { error: { code: 'NOT_FOUND', message: 'No entity napoleon' } }, 'NOT_FOUND', 'No entity napoleon'],
    ['a body that is not JSON', 502, '<html>bad gateway</html>', 'HTTP_502', 'The server answered 502.'],
  ])('%s', async (_name, status, body, code, message) => {
    const failure = createApiClient(scripted(status, body)).entity('napoleon');
    await expect(failure).rejects.toBeInstanceOf(AllegianceError);
    await expect(failure).rejects.toMatchObject({ code, message });
  });

  test('an unreachable server is GraphUnavailableError', async () => {
    const refused: Fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(createApiClient(refused).graph()).rejects.toBeInstanceOf(GraphUnavailableError);
  });
});
