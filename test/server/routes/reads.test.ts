/**
 * The read endpoints over the seeded fixture graph: each answers in its domain/api.ts shape, and
 * each bad parameter gets its 4xx with a clear JSON message and leaves the graph as it was.
 */
import request from 'supertest';
import type { ClaimSelection, EntityDetail, GraphExpansion, GraphSchema, GraphSelection, GraphView, PairClaims, PathResult } from '../../../domain/api';
import { pairEdgeId } from '../../../domain/pair-edge';
import { describedOperations } from '../../../server/openapi';
import { appRoutes } from '../support/app-routes';
import { expectGraphUnchanged, useSeededApi } from '../support/api-fixture';

const api = useSeededApi();

const ids = (view: Pick<GraphView, 'nodes'>): string[] => view.nodes.map((node) => node.id);
const claimTypes = (view: GraphView): string[] => view.edges.map((edge) => edge.type).sort();

describe('GET /api/graph', () => {
  // edges=claims sends each claim, so the filters can be checked claim by claim.
  test.each([
    ['everything', '', (view: GraphView) => expect(view.edges).toHaveLength(8)],
    // The two October-only claims (month precision) overlap the window too.
    ['a window in the text calendar', '&from=1917-10-24&to=1917-10-25', (view: GraphView) => expect(claimTypes(view)).toEqual(['ARRESTED', 'OPPOSED', 'OPPOSED', 'SUPPORTED'])],
    ['the same window in Gregorian dates', '&from=1917-11-06&to=1917-11-07&calendar=gregorian', (view: GraphView) => expect(claimTypes(view)).toEqual(['ARRESTED', 'OPPOSED'])],
    ['a month window', '&from=1917-08&to=1917-08', (view: GraphView) => expect(ids(view)).toEqual(['kerenski', 'kornilov'])],
    ['relation types', '&relationTypes=LED,NEGOTIATED_WITH', (view: GraphView) => expect(claimTypes(view)).toEqual(['LED', 'NEGOTIATED_WITH'])],
    ['entity types', '&entityTypes=Person', (view: GraphView) => expect(ids(view)).toEqual(['kerenski', 'kornilov', 'lenin'])],
    ['one document', '&documentId=kerensky', (view: GraphView) => expect(view.edges.every((edge) => edge.documentId === 'kerensky')).toBe(true)],
  ])('edges=claims, %s', async (_name, query, check) => {
    const response = await request(api().app).get(`/api/graph?edges=claims${query}`).expect(200).expect('Content-Type', /json/);
    check(response.body as GraphView);
  });

  test('isolated entities too', async () => {
    const response = await request(api().app).get('/api/graph?includeIsolated=true').expect(200);
    expect(ids(response.body as GraphView)).toContain('smolnyj');
  });

  test('the default view: one edge per pair and relation type, standing for the claims edges=claims sends', async () => {
    const pairs = (await request(api().app).get('/api/graph').expect(200)).body as GraphSelection;
    const claims = (await request(api().app).get('/api/graph?edges=claims').expect(200)).body as ClaimSelection;
    expect(pairs.nodes).toEqual(claims.nodes);
    expect(pairs.shown.claims).toBe(claims.edges.length);
    for (const edge of pairs.edges) {
      const behind = claims.edges.filter((claim) => pairEdgeId(claim) === edge.id);
      expect(behind).toHaveLength(edge.claims);
    }
  });

  test('limit: the most connected entities, the edges among them, and the totals of the whole view', async () => {
    const whole = (await request(api().app).get('/api/graph').expect(200)).body as GraphSelection;
    const top = (await request(api().app).get('/api/graph?limit=2').expect(200)).body as GraphSelection;
    expect(whole.limit).toBe(300);
    expect(top).toMatchObject({ limit: 2, totals: { entities: whole.nodes.length, claims: whole.shown.claims } });
    expect(top.totals).toEqual(whole.totals);
    expect(ids(top)).toHaveLength(2);
    expect(ids(top)).toContain('kerenski');
    expect(top.edges.every((edge) => ids(top).includes(edge.source) && ids(top).includes(edge.target))).toBe(true);
    const one = (await request(api().app).get('/api/graph?edgeLimit=1').expect(200)).body as GraphSelection;
    expect(one.edges).toEqual(whole.edges.slice(0, 1));
  });
});

/** An edge of the fixture, for the bad-parameter cases (a second `source` is a repeated parameter). */
const PAIR = '/api/graph/claims?source=kerenski&target=lenin&type=OPPOSED';

describe('GET /api/graph/claims', () => {
  test('the claims behind an edge, with their evidence, a page at a time', async () => {
    const { edges } = (await request(api().app).get('/api/graph').expect(200)).body as GraphSelection;
    const edge = edges[0];
    const url = `/api/graph/claims?source=${edge.source}&target=${edge.target}&type=${edge.type}`;
    const page = (await request(api().app).get(url).expect(200)).body as PairClaims;
    expect(page).toMatchObject({ source: edge.source, target: edge.target, type: edge.type, total: edge.claims, offset: 0, limit: 50 });
    expect(page.claims).toHaveLength(edge.claims);
    expect(page.claims.every((claim) => pairEdgeId(claim) === edge.id && claim.evidence.length > 0)).toBe(true);
    const second = (await request(api().app).get(`${url}&offset=1&limit=1`).expect(200)).body as PairClaims;
    expect(second.claims).toEqual(page.claims.slice(1, 2));
  });

  test.each<[string, number, string]>([
    ['/api/graph/claims?source=nobody&target=lenin&type=OPPOSED', 404, 'NOT_FOUND'],
    ['/api/graph/claims?source=kerenski&target=lenin', 400, 'INVALID_INPUT'],
    ['/api/graph/claims?target=lenin&type=OPPOSED', 400, 'INVALID_INPUT'],
    ['/api/graph/claims?source=kerenski&target=lenin&type=LIKED', 400, 'INVALID_INPUT'],
    ...['offset=-1', 'offset=x', 'limit=0', 'limit=501', 'source=lenin', 'page=2'].map((bad): [string, number, string] => [`${PAIR}&${bad}`, 400, 'INVALID_INPUT']),
    ['/api/graph?edges=some', 400, 'INVALID_INPUT'],
    ['/api/graph?edgeLimit=0', 400, 'INVALID_INPUT'],
  ])('%s is %i', async (url, status, code) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).get(url).expect(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message).toEqual(expect.any(String));
    });
  });
});

describe('GET /api/entities/:id/expand', () => {
  test('the entity first, its neighbours, the claims with them, and how many it has in all', async () => {
    const expansion = (await request(api().app).get('/api/entities/kerenski/expand?limit=1').expect(200)).body as GraphExpansion;
    expect(expansion.centre).toBe('kerenski');
    expect(ids(expansion)).toHaveLength(2);
    expect(ids(expansion)[0]).toBe('kerenski');
    expect(expansion.totals.entities).toBeGreaterThan(1);
    expect(expansion.edges.length).toBeGreaterThan(0);
  });

  test.each([
    ['/api/entities/nobody/expand', 404, 'NOT_FOUND'],
    ['/api/entities/kerenski/expand?limit=0', 400, 'INVALID_INPUT'],
    ['/api/entities/kerenski/expand?depth=2', 400, 'INVALID_INPUT'],
    ['/api/graph?limit=5001', 400, 'INVALID_INPUT'],
  ])('%s is %i', async (url, status, code) => {
    const response = await request(api().app).get(url).expect(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('entities', () => {
  test.each(['Kerenskis', 'Kerensky', 'kerenski'])('q=%s finds Kerenski first', async (q) => {
    const response = await request(api().app).get('/api/entities').query({ q }).expect(200);
    expect(response.body.results[0]).toMatchObject({ id: 'kerenski', name: 'Kerenski', type: 'Person' });
  });

  test('type and limit narrow the search', async () => {
    const response = await request(api().app).get('/api/entities?q=Petrograds&type=Regiment&limit=1').expect(200);
    expect(response.body.results.map((entity: { id: string }) => entity.id)).toEqual(['petrograds_garnison']);
  });

  test('detail has mentions, sentences and documents', async () => {
    const detail = (await request(api().app).get('/api/entities/kerenski').expect(200)).body as EntityDetail;
    expect(detail.documents.sort()).toEqual(['kerensky', 'oktober']);
    expect(detail.mentions).toContainEqual({ documentId: 'oktober', line: 7, text: 'Kerenskis' });
    expect(detail.sentences.map((sentence) => sentence.text)).toContain('Kerenski motsatte sig Militärrevolutionära kommittén.');
  });

  test('detail pages its sentences (offset, limit) and lists every claim', async () => {
    const whole = (await request(api().app).get('/api/entities/kerenski').expect(200)).body as EntityDetail;
    const page = (await request(api().app).get('/api/entities/kerenski?offset=1&limit=1').expect(200)).body as EntityDetail;
    expect(page.sentences).toEqual(whole.sentences.slice(1, 2));
    expect(page.sentenceCount).toBe(whole.sentences.length);
    expect(whole.claims.length).toBeGreaterThan(0);
    expect(whole.claims.every((claim) => typeof claim.confidence === 'number')).toBe(true);
    for (const bad of ['?limit=0', '?offset=-1', '?limit=201', '?page=2']) await request(api().app).get(`/api/entities/kerenski${bad}`).expect(400);
  });

  test('allegiance is the entity and its claims in date order', async () => {
    const response = await request(api().app).get('/api/entities/petrograds_garnison/allegiance').expect(200);
    expect(response.body.entity).toMatchObject({ id: 'petrograds_garnison', type: 'Regiment' });
    expect(response.body.claims.map((claim: { type: string; counterpart: { id: string } }) => [claim.type, claim.counterpart.id])).toEqual([
      ['SUPPORTED', 'provisoriska_regeringen'],
      ['JOINED', 'militarrevolutionara_kommitten'],
    ]);
  });

  test.each([
    [1, ['bolsheviks', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten']],
    [2, ['bolsheviks', 'bolsjevikerna', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten', 'ministrarna', 'petrograds_garnison']],
  ])('neighbors at depth %d', async (depth, expected) => {
    const view = (await request(api().app).get(`/api/entities/kerenski/neighbors?depth=${depth}`).expect(200)).body as GraphView;
    expect(ids(view)).toEqual(expected);
  });
});

describe('GET /api/paths', () => {
  test('Kornilov reaches Lenin through Kerenski', async () => {
    const result = (await request(api().app).get('/api/paths?from=kornilov&to=lenin').expect(200)).body as PathResult;
    expect(result.paths.map((path) => path.nodes.map((node) => node.id))).toEqual([['kornilov', 'kerenski', 'lenin']]);
  });

  test('no path within maxLength is an empty list', async () => {
    const result = (await request(api().app).get('/api/paths?from=kornilov&to=ministrarna&maxLength=1').expect(200)).body as PathResult;
    expect(result.paths).toEqual([]);
  });
});

describe('GET /api/documents', () => {
  test('lists both fixture documents with their counts', async () => {
    const response = await request(api().app).get('/api/documents').expect(200);
    expect(response.body).toEqual([
      expect.objectContaining({ id: 'kerensky', language: 'en', claimCount: 2, sentenceCount: 2 }),
      expect.objectContaining({ id: 'oktober', language: 'sv', claimCount: 6, sentenceCount: 6 }),
    ]);
  });
});

describe('GET /api/export', () => {
  test.each([
    ['json', '', /^application\/json/, 'allegiance.json', '"evidence"'],
    ['graphml', '', /^application\/graphml\+xml/, 'allegiance.graphml', '<graphml'],
    ['gexf', '&from=1917-10&to=1917-10-25', /^application\/gexf\+xml/, 'allegiance_1917-10_1917-10-25.gexf', 'mode="dynamic"'],
    ['csv', '&from=1917-10-24', /^text\/csv/, 'allegiance_1917-10-24_end.csv', 'Kerenski motsatte sig'],
  ])('%s', async (format, window, contentType, fileName, content) => {
    const response = await request(api().app).get(`/api/export?format=${format}${window}`).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    }).expect(200);
    expect(response.headers['content-type']).toMatch(contentType);
    expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?${fileName.replace(/\./g, '\\.')}"?$`));
    expect(response.body).toContain(content);
  });

  test('a window leaves out claims outside it', async () => {
    const response = await request(api().app).get('/api/export?format=json&from=1917-08&to=1917-08').expect(200);
    expect(response.body.edges.map((edge: { evidence: string }) => edge.evidence)).toEqual(['Kornilov marched against Kerensky in August.']);
  });
});

describe('GET /api/cypher/schema', () => {
  test('the labels and relationship types with their properties, for the Cypher box', async () => {
    const schema = (await request(api().app).get('/api/cypher/schema').expect(200)).body as GraphSchema;
    expect(schema.labels.find((entry) => entry.name === 'Entity')?.properties).toEqual(expect.arrayContaining(['name', 'type']));
    expect(schema.relationshipTypes.map((entry) => entry.name)).toEqual(expect.arrayContaining(['OPPOSED', 'JOINED']));
    await request(api().app).get('/api/cypher/schema?label=Entity').expect(400);
  });
});

describe('OpenAPI', () => {
  test('the description lists every route the app answers, and nothing else', async () => {
    const response = await request(api().app).get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toBe('3.1.0');
    const described = describedOperations().map((operation) => `${operation.method} ${operation.path}`);
    const answered = appRoutes(api().app).filter((route) => !/^GET \/api\/(openapi\.json|docs)$/.test(route));
    expect([...described].sort()).toEqual([...answered].sort());
    expect(described).toEqual(expect.arrayContaining(['POST /api/session', 'PATCH /api/claims/{id}', 'POST /api/entities/{id}/merge', 'POST /api/audit/{eventId}/undo', 'GET /api/review', 'GET /api/entities/{id}/contested', 'GET /api/entities/{id}/expand']));
  });

  test('every schema a path refers to is defined', async () => {
    const document = (await request(api().app).get('/api/openapi.json').expect(200)).body;
    const referred = [...JSON.stringify(document.paths).matchAll(/#\/components\/schemas\/(\w+)/g)].map((match) => match[1]);
    expect(referred.filter((name) => !(name in document.components.schemas))).toEqual([]);
  });

  test('the docs page is self-contained HTML', async () => {
    const response = await request(api().app).get('/api/docs').expect(200).expect('Content-Type', /html/);
    expect(response.text).toContain('<code>/api/entities/{id}/neighbors</code>');
    expect(response.text).not.toMatch(/<script|https?:\/\/(?!gexf)/);
  });
});

describe('bad input: 4xx with a clear message, graph unchanged', () => {
  test.each([
    ['/api/graph?from=1917-13', 400, 'INVALID_INPUT', /"from" must be an ISO date/],
    ['/api/graph?to=25%20oktober', 400, 'INVALID_INPUT', /"to" must be an ISO date/],
    ['/api/graph?from=1917-11&to=1917-10', 400, 'INVALID_INPUT', /is after "to"/],
    ['/api/graph?relationTypes=KILLED', 400, 'INVALID_INPUT', /unknown value KILLED/],
    ['/api/graph?entityTypes=Person,Ship', 400, 'INVALID_INPUT', /unknown value Ship/],
    ['/api/graph?calendar=julian', 400, 'INVALID_INPUT', /"calendar" must be one of/],
    ['/api/graph?minMentions=many', 400, 'INVALID_INPUT', /"minMentions" must be an integer/],
    ['/api/graph?from=1917-10&from=1917-11', 400, 'INVALID_INPUT', /given once/],
    ['/api/graph?form=1917-10', 400, 'INVALID_INPUT', /Unknown parameter "form"/],
    ['/api/graph?from=1917-10&includeIsolated=true', 400, 'INVALID_INPUT', /includeIsolated cannot be combined/],
    ['/api/entities', 400, 'INVALID_INPUT', /"q" is required/],
    ['/api/entities?q=Lenin&type=Ship', 400, 'INVALID_INPUT', /unknown value Ship/],
    ['/api/entities?q=Lenin&limit=0', 400, 'INVALID_INPUT', /"limit" must be an integer from 1 to 100/],
    ['/api/entities?q=Lenin&limit=101', 400, 'INVALID_INPUT', /"limit" must be an integer/],
    ['/api/entities/nobody', 404, 'NOT_FOUND', /No entity "nobody"/],
    ['/api/entities/nobody/allegiance', 404, 'NOT_FOUND', /No entity "nobody"/],
    ['/api/entities/nobody/neighbors', 404, 'NOT_FOUND', /No entity "nobody"/],
    ['/api/entities/kerenski/neighbors?depth=4', 400, 'INVALID_INPUT', /"depth" must be an integer from 1 to 3/],
    ['/api/entities/kerenski/neighbors?depth=0', 400, 'INVALID_INPUT', /"depth" must be an integer from 1 to 3/],
    [`/api/entities/${'x'.repeat(300)}`, 400, 'INVALID_INPUT', /1 to 256 characters/],
    ['/api/paths?from=kornilov', 400, 'INVALID_INPUT', /"to" is required/],
    ['/api/paths?from=kornilov&to=nobody', 404, 'NOT_FOUND', /No entity "nobody"/],
    ['/api/paths?from=kornilov&to=lenin&maxLength=7', 400, 'INVALID_INPUT', /"maxLength" must be an integer from 1 to 6/],
    ['/api/export?format=pdf', 400, 'INVALID_INPUT', /"format" must be one of json, graphml, gexf, csv/],
    ['/api/export?format=csv&to=1917-02-30', 400, 'INVALID_INPUT', /"to" must be an ISO date/],
    ['/api/nothing-here', 404, 'NOT_FOUND', /No API route for GET \/api\/nothing-here/],
  ])('GET %s → %d', async (url, status, code, message) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).get(url).expect(status).expect('Content-Type', /json/);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message).toMatch(message);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });
});
