/**
 * Curating entities through the API against the real Neo4j: rename and retype, merge (claims,
 * mentions and aliases move; into itself or across types without force → 400), split and undo put
 * the merged entity back exactly, and a later merge blocks undoing an earlier rename.
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { DEFAULT_AUTH } from '../../../server/auth/auth-options';
import { graphCounts } from '../../graph/fixtures/test-graph';
import { expectGraphUnchanged, seedFixtureDocuments, useSeededApi } from '../support/api-fixture';

const api = useSeededApi();
let app: Express;

beforeEach(async () => {
  await seedFixtureDocuments(api().graph);
  // AUTH off (local, no user): the audit names the actor "anonymous".
  app = createApp({ graph: api().graph, auth: DEFAULT_AUTH });
});

async function entity(id: string): Promise<request.Response> {
  return request(app).get(`/api/entities/${id}`);
}

describe('PATCH /api/entities/:id', () => {
  test('renames and retypes; search finds the new name; the event records both states', async () => {
    const response = await request(app).patch('/api/entities/smolnyj').send({ name: 'Smolnyjinstitutet', type: 'Organization', reason: 'the building, as an institution' }).expect(200);
    expect(response.body.entity).toEqual({ id: 'smolnyj', name: 'Smolnyjinstitutet', type: 'Organization' });
    expect((await entity('smolnyj')).body).toMatchObject({ name: 'Smolnyjinstitutet', type: 'Organization' });
    const found = (await request(app).get('/api/entities?q=Smolnyjinstitutet').expect(200)).body.results;
    expect(found[0].id).toBe('smolnyj');
    const [event] = (await request(app).get('/api/audit?entity=smolnyj')).body;
    expect(event).toMatchObject({ user: 'anonymous', action: 'entity.update', before: { name: 'Smolnyj', type: 'Place' }, after: { name: 'Smolnyjinstitutet' } });
  });

  test.each([
    ['an unknown entity', 'nobody', { name: 'X' }, 404],
    ['an unknown type', 'smolnyj', { type: 'Ship' }, 400],
    ['an empty name', 'smolnyj', { name: '' }, 400],
    ['nothing to change', 'smolnyj', {}, 400],
  ])('%s → %i', async (_label, id, body, status) => {
    await expectGraphUnchanged(api().graph, async () => {
      await request(app).patch(`/api/entities/${id}`).send(body).expect(status);
    });
  });
});

describe('merge and split', () => {
  test('merge moves claims, mentions and aliases; split puts everything back', async () => {
    const before = await graphCounts(api().graph);
    const lenin = (await entity('lenin')).body;
    const merged = await request(app).post('/api/entities/kornilov/merge').send({ into: 'lenin', reason: 'test' }).expect(200);
    await entity('kornilov').then((response) => expect(response.status).toBe(404));
    const into = (await entity('lenin')).body;
    expect(into.aliases).toEqual(expect.arrayContaining(['Kornilov']));
    expect(into.mentionCount).toBe(lenin.mentionCount + 1);
    expect(into.documents.sort()).toEqual(['kerensky', 'oktober']);
    const graph = (await request(app).get('/api/graph?edges=claims').expect(200)).body;
    expect(graph.edges.find((edge: { evidence: string }) => edge.evidence.startsWith('Kornilov marched'))).toMatchObject({ source: 'lenin' });

    const split = await request(app).post('/api/entities/kornilov/split').send({ reason: 'not the same man' }).expect(200);
    expect(split.body.undid).toBe(merged.body.eventId);
    expect((await entity('kornilov')).body).toMatchObject({ name: 'Kornilov', type: 'Person', mentionCount: 1, aliases: ['Korniloff'] });
    expect((await entity('lenin')).body).toMatchObject({ aliases: lenin.aliases, mentionCount: lenin.mentionCount });
    expect(await graphCounts(api().graph)).toEqual(before);
  });

  test('a later document spelling the merged-away name lands on the merged entity', async () => {
    await request(app).post('/api/entities/kornilov/merge').send({ into: 'lenin' }).expect(200);
    await request(app).post('/api/documents?title=Later&language=en').type('text/plain').send('Kornilov opposed the Bolsheviks.\n').expect(201);
    await entity('kornilov').then((response) => expect(response.status).toBe(404));
    expect((await entity('lenin')).body.documents).toContain('later');
  });

  test.each([
    ['into itself', 'lenin', { into: 'lenin' }, 400, /into itself/],
    ['across types without force', 'lenin', { into: 'bolsjevikerna' }, 400, /send "force": true/],
    ['into an unknown entity', 'lenin', { into: 'nobody' }, 404, /No entity "nobody"/],
    ['an unknown entity', 'nobody', { into: 'lenin' }, 404, /No entity "nobody"/],
    ['without "into"', 'lenin', {}, 400, /"into" is required/],
  ])('merge %s → %i, nothing changed', async (_label, id, body, status, message) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(app).post(`/api/entities/${id}/merge`).send(body).expect(status);
      expect(response.body.error.message).toMatch(message);
    });
  });

  test('across types with force', async () => {
    await request(app).post('/api/entities/smolnyj/merge').send({ into: 'lenin', force: true }).expect(200);
    expect((await entity('lenin')).body.type).toBe('Person');
  });

  const LATER_SMOLNY = 'The Bolsheviks met at Smolny in October 1917.\n';

  test('after a forced merge across types, a later document naming the merged-away place lands on the merged entity', async () => {
    await request(app).post('/api/entities/smolnyj/merge').send({ into: 'lenin', force: true }).expect(200);
    await request(app).post('/api/documents?title=Later&language=en').type('text/plain').send(LATER_SMOLNY).expect(201);
    const places = (await request(app).get('/api/entities?q=Smolny&type=Place').expect(200)).body.results;
    expect(places).toEqual([]);
    expect((await entity('lenin')).body.documents).toContain('later');
  });

  test('after the forced merge is split, a later document lands on the place again', async () => {
    await request(app).post('/api/entities/smolnyj/merge').send({ into: 'lenin', force: true }).expect(200);
    await request(app).post('/api/entities/smolnyj/split').send({}).expect(200);
    await request(app).post('/api/documents?title=Later&language=en').type('text/plain').send(LATER_SMOLNY).expect(201);
    expect((await entity('smolnyj')).body.documents).toContain('later');
    expect((await entity('lenin')).body.documents).not.toContain('later');
  });

  test('split of an entity never merged → 404', async () => {
    await request(app).post('/api/entities/lenin/split').send({}).expect(404);
  });

  test('undoing a rename that a later merge depends on → 409 naming the merge', async () => {
    const rename = await request(app).patch('/api/entities/lenin').send({ name: 'V. I. Lenin' }).expect(200);
    const merge = await request(app).post('/api/entities/kornilov/merge').send({ into: 'lenin' }).expect(200);
    const refused = await request(app).post(`/api/audit/${rename.body.eventId}/undo`).send({}).expect(409);
    expect(refused.body.error.message).toContain(merge.body.eventId);
    await request(app).post(`/api/audit/${merge.body.eventId}/undo`).send({}).expect(200);
    await request(app).post(`/api/audit/${rename.body.eventId}/undo`).send({}).expect(200);
    expect((await entity('lenin')).body.name).toBe('Lenin');
  });
});
