/**
 * GET /api/entities/:id/contested against the real Neo4j: a document's claim and a historian's
 * opposite claim on the same pair at overlapping times come back side by side, each with its
 * source; a claim accepted in one place and rejected in another too; rejecting one side ends the
 * contest (the read cache is cleared by the change).
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { DEFAULT_AUTH } from '../../../server/auth/auth-options';
import { seedFixtureDocuments, useSeededApi } from '../support/api-fixture';

const api = useSeededApi();
let app: Express;

const SUPPORTED = 'oktober:s0:petrograds_garnison:SUPPORTED:provisoriska_regeringen';
const PAIR = { source: 'petrograds_garnison', target: 'provisoriska_regeringen', sentenceId: 'oktober:s1' };

beforeEach(async () => {
  await seedFixtureDocuments(api().graph);
  app = createApp({ graph: api().graph, auth: DEFAULT_AUTH });
});

const contested = async (id: string) => (await request(app).get(`/api/entities/${id}/contested`).expect(200)).body;

test('a historian opposing what a document says supported, in the same month, is one contest with both sources', async () => {
  expect((await contested('petrograds_garnison')).contests).toEqual([]);
  const added = await request(app).post('/api/claims').send({ ...PAIR, type: 'OPPOSED', date: '1917-11-03' }).expect(201);
  const { contests } = await contested('provisoriska_regeringen');
  expect(contests).toHaveLength(1);
  expect(contests[0]).toMatchObject({
    kind: 'opposite-types',
    source: { id: 'petrograds_garnison', name: 'Petrograds garnison' },
    target: { id: 'provisoriska_regeringen', name: 'Provisoriska regeringen' },
  });
  const [supported, opposed] = contests[0].sides;
  expect(supported).toMatchObject({ label: 'SUPPORTED', claims: [{ id: SUPPORTED, status: 'machine', documentTitle: 'Oktober', date: '1917-10' }] });
  expect(opposed).toMatchObject({ label: 'OPPOSED', claims: [{ id: added.body.id, status: 'accepted', reviewedBy: 'anonymous', documentTitle: 'Oktober' }] });

  await request(app).patch(`/api/claims/${SUPPORTED}`).send({ status: 'rejected', version: 0 }).expect(200);
  expect((await contested('petrograds_garnison')).contests).toEqual([]);
});

test('an opposite claim at another time is no contest', async () => {
  await request(app).post('/api/claims').send({ ...PAIR, type: 'OPPOSED', date: '1916-01' }).expect(201);
  expect((await contested('petrograds_garnison')).contests).toEqual([]);
});

test('the same claim accepted in one sentence and rejected in another is a contest of decisions', async () => {
  const added = await request(app).post('/api/claims').send({ ...PAIR, type: 'SUPPORTED' }).expect(201);
  await request(app).patch(`/api/claims/${SUPPORTED}`).send({ status: 'rejected', version: 0, reason: 'the garrison wavered' }).expect(200);
  const { contests } = await contested('petrograds_garnison');
  expect(contests.map((contest: { kind: string }) => contest.kind)).toEqual(['opposite-decisions']);
  expect(contests[0].sides.map((side: { label: string; claims: { id: string }[] }) => [side.label, side.claims.map((claim) => claim.id)])).toEqual([
    ['SUPPORTED accepted', [added.body.id]],
    ['SUPPORTED rejected', [SUPPORTED]],
  ]);
});

test('an unknown entity → 404', async () => {
  const response = await request(app).get('/api/entities/nobody/contested').expect(404);
  expect(response.body.error.code).toBe('NOT_FOUND');
});
