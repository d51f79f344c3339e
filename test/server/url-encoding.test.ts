/**
 * Malformed URLs (bad percent-encoding, NUL and other control characters) in a path or a query
 * parameter are a 400 with a JSON message on every route, and the graph is untouched.
 */
import request from 'supertest';
import { urlProblem } from '../../server/validation/url-encoding';
import { graphCounts } from '../graph/fixtures/test-graph';
import { useSeededApi } from './support/api-fixture';

jest.setTimeout(60_000);

describe('urlProblem', () => {
  test.each([
    ['/api/entities/kerenski', null],
    ['/api/entities?q=Kerenskij%20%C3%A4r&limit=5', null],
    ['/api/entities?q=a+b', null],
    ['/api/entities?q=line%0Abreak', null],
    ['/api/entities/%00', /The path contains a control character/],
    ['/api/entities/%ff', /The path has malformed percent-encoding/],
    ['/api/entities/%E2%82', /The path has malformed percent-encoding/],
    ['/api/entities/%zz', /The path has malformed percent-encoding/],
    ['/api/entities?q=%ff', /Query parameter "q" has malformed/],
    ['/api/entities?q=Lenin%00', /Query parameter "q" contains a control character/],
    ['/api/entities?%ff=1', /A query parameter name has malformed/],
    ['/api/entities?q=%1b', /control character/],
  ])('%s', (url, expected) => {
    const problem = urlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

const api = useSeededApi();

const ROUTES: [method: 'get' | 'post' | 'delete', path: string][] = [
  ['get', '/api/health'],
  ['get', '/api/graph'],
  ['get', '/api/entities'],
  ['get', '/api/entities/ID'],
  ['get', '/api/entities/ID/allegiance'],
  ['get', '/api/entities/ID/neighbors'],
  ['get', '/api/paths'],
  ['get', '/api/documents'],
  ['post', '/api/documents'],
  ['delete', '/api/documents/ID'],
  ['post', '/api/cypher'],
  ['get', '/api/cypher/schema'],
  ['get', '/api/export'],
  ['get', '/api/openapi.json'],
  ['get', '/api/docs'],
  ['post', '/api/session'],
  ['get', '/api/session'],
  ['delete', '/api/session'],
  ['get', '/api/tokens'],
  ['post', '/api/tokens'],
  ['delete', '/api/tokens/ID'],
  ['get', '/api/users'],
  ['post', '/api/users'],
  ['delete', '/api/users/ID'],
  ['get', '/'],
];

const MALFORMED: [what: string, path: (route: string) => string][] = [
  ['NUL and a bad byte in the path', (route) => (route.includes('ID') ? route.replace('ID', '%00%ff') : `${route}/%00%ff`)],
  ['bad percent-encoding in a query value', (route) => `${route.replace('ID', 'kerenski')}?q=%ff`],
  ['NUL in a query value', (route) => `${route.replace('ID', 'kerenski')}?from=%00`],
];

describe.each(ROUTES)('%s %s', (method, route) => {
  test.each(MALFORMED)('%s → 400 with a JSON message', async (_what, malformed) => {
    const before = await graphCounts(api().graph);
    const response = await request(api().app)[method](malformed(route));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_INPUT');
    expect(response.body.error.message).toMatch(/percent-encoding|control character/);
    expect(await graphCounts(api().graph)).toEqual(before);
  });
});

test('GET /api/entities/%00%ff, the reported case, is a 400 (it was a 500)', async () => {
  const response = await request(api().app).get('/api/entities/%00%ff');
  expect(response.status).toBe(400);
  expect(response.body.error.message).toMatch(/^The path has malformed percent-encoding/);
});
