/**
 * Deleting a document is an audit event against the real Neo4j: who deleted it, when, and what went
 * with it (the document, the decisions on its claims, the entities only it mentioned). The event
 * cannot be undone (400), and it blocks undoing an earlier decision on a claim it removed (409).
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { DEFAULT_AUTH } from '../../../server/auth/auth-options';
import { seedFixtureDocuments, useSeededApi } from '../support/api-fixture';
import { addTestUsers, as, signInEveryone, type Who } from '../auth/auth-fixture';

const api = useSeededApi();
let app: Express;
let cookies: Partial<Record<Who, string>>;

beforeAll(async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
  app = createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, setting: 'required' } });
  cookies = await signInEveryone(app);
});

const editor = (test: request.Test) => as(test, cookies, 'editor');

test('DELETE /api/documents/:id records who removed what; the event refuses undo and blocks undoing decisions it removed', async () => {
  const graph = (await request(app).get('/api/graph?edges=claims&documentId=kerensky').expect(200)).body;
  const claim = graph.edges.find((edge: { evidence: string }) => edge.evidence.startsWith('Kornilov marched'));
  const review = await editor(request(app).patch(`/api/claims/${encodeURIComponent(claim.id)}`)).send({ status: 'accepted', version: 0 }).expect(200);

  const deleted = await editor(request(app).delete('/api/documents/kerensky')).expect(200);
  expect(deleted.body).toEqual({ documentId: 'kerensky', deleted: true, eventId: expect.any(String) });

  const [event] = (await request(app).get('/api/audit?user=editor&limit=1').expect(200)).body;
  expect(event).toMatchObject({ id: deleted.body.eventId, user: 'editor', action: 'document.delete', after: null });
  expect(Date.parse(event.at)).toBeGreaterThan(Date.now() - 60_000);
  expect(event.before.document).toMatchObject({ id: 'kerensky', title: 'Kerensky', sha256: 'b'.repeat(64), claimCount: 2 });
  expect(event.before.decisions).toEqual([expect.objectContaining({ id: claim.id, status: 'accepted', reviewedBy: 'editor' })]);
  expect(event.before.entitiesRemoved).toEqual(expect.arrayContaining([{ id: 'kornilov', name: 'Kornilov', type: 'Person' }]));
  expect(event.before.entitiesRemoved.map((entity: { id: string }) => entity.id)).not.toContain('kerenski');
  // The history of an entity the document mentioned shows the deletion too.
  const kerenski = (await request(app).get('/api/audit?entity=kerenski').expect(200)).body;
  expect(kerenski.map((entry: { id: string }) => entry.id)).toContain(deleted.body.eventId);

  const undoDelete = await editor(request(app).post(`/api/audit/${deleted.body.eventId}/undo`)).send({}).expect(400);
  expect(undoDelete.body.error.message).toMatch(/upload it again/);
  const undoReview = await editor(request(app).post(`/api/audit/${review.body.eventId}/undo`)).send({}).expect(409);
  expect(undoReview.body.error.message).toContain(deleted.body.eventId);
});

test('a refused deletion (unknown document) records no event', async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
  const fresh = createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, setting: 'required' } });
  const cookie = await signInEveryone(fresh);
  await as(request(fresh).delete('/api/documents/nothing'), cookie, 'editor').expect(404);
  expect((await request(fresh).get('/api/audit').expect(200)).body).toEqual([]);
});
