/**
 * Decisions survive re-ingest: a new version of a document (sentences shifted, one removed) keeps
 * every review and hand-added claim whose sentence and entities are still there, matched by
 * sentence text and spelling keys, and reports the one that no longer applies.
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { clearGraph, useTestGraph } from '../../graph/fixtures/test-graph';

jest.setTimeout(180_000);

const graph = useTestGraph();
let app: Express;

const ARRESTED_TEXT = 'Den 25 oktober 1917 arresterade Militärrevolutionära kommittén Kerenskis ministrar.';
const VERSION_1 = [ARRESTED_TEXT, 'Lenin ledde bolsjevikerna.', 'Kerenski motsatte sig Lenin.', 'Trotskij anslöt sig till bolsjevikerna.', ''].join('\n\n');

/** A sentence added in front (every sentence moves), the order changed, and Lenin's leadership gone. */
const VERSION_2 = ['Trotskij talade i Smolnyj om natten.', ARRESTED_TEXT, 'Trotskij anslöt sig till bolsjevikerna.', 'Kerenski motsatte sig Lenin.', ''].join('\n\n');

interface Edge { id: string; type: string; source: string; target: string; evidence: string; sentenceId: string; status: string; version: number }

async function edges(): Promise<Edge[]> {
  return (await request(app).get('/api/graph?edges=claims&status=all&documentId=oktoberdagar').expect(200)).body.edges;
}

beforeEach(async () => {
  await clearGraph(graph());
  app = createApp({ graph: graph() });
});

test('reviews and a hand-added claim follow the text into the new version; a decision on a removed sentence is reported', async () => {
  await request(app).post('/api/documents?title=Oktoberdagar&language=sv').type('text/plain').send(VERSION_1).expect(201);
  const first = await edges();
  const arrested = first.find((edge) => edge.type === 'ARRESTED');
  const led = first.find((edge) => edge.type === 'LED');
  const joined = first.find((edge) => edge.type === 'JOINED');
  expect([arrested, led, joined].every(Boolean)).toBe(true);
  const kerenski = (await request(app).get('/api/entities/kerenski').expect(200)).body as { sentences: { id: string; text: string }[] };
  const sentenceOf = (text: string) => kerenski.sentences.find((sentence) => sentence.text === text)!.id;

  await request(app).patch(`/api/claims/${arrested!.id}`).send({ status: 'rejected', version: 0, reason: 'his ministers, not him' }).expect(200);
  await request(app).patch(`/api/claims/${led!.id}`).send({ status: 'accepted', version: 0 }).expect(200);
  await request(app).patch(`/api/claims/${joined!.id}`).send({ status: 'accepted', type: 'SUPPORTED', date: '1917-08', version: 0 }).expect(200);
  const added = await request(app)
    .post('/api/claims')
    .send({ source: 'kerenski', type: 'OPPOSED', target: 'lenin', sentenceId: sentenceOf('Kerenski motsatte sig Lenin.') })
    .expect(201);

  const replaced = await request(app).post('/api/documents?title=Oktoberdagar&language=sv').type('text/plain').send(VERSION_2).expect(200);
  expect(replaced.body).toMatchObject({ status: 'replaced', decisionsKept: 3 });
  expect(replaced.body.decisionsLost).toEqual([expect.objectContaining({ claimId: led!.id, status: 'accepted', type: 'LED', sentence: 'Lenin ledde bolsjevikerna.' })]);

  const second = await edges();
  const byId = new Map(second.map((edge) => [edge.id, edge]));
  expect(byId.get(arrested!.id)).toMatchObject({ status: 'rejected', evidence: ARRESTED_TEXT });
  expect(byId.get(arrested!.id)!.sentenceId).not.toBe(arrested!.sentenceId);
  expect(byId.get(joined!.id)).toMatchObject({ status: 'accepted', type: 'SUPPORTED', source: 'trotskij', target: 'bolsjevikerna' });
  expect((await request(app).get(`/api/claims/${encodeURIComponent(joined!.id)}`).expect(200)).body).toMatchObject({ date: '1917-08', version: 1 });
  expect(byId.get(added.body.id)).toMatchObject({ status: 'accepted', type: 'OPPOSED', source: 'kerenski', target: 'lenin', evidence: 'Kerenski motsatte sig Lenin.' });
  expect(byId.has(led!.id)).toBe(false);
  expect(second.filter((edge) => edge.evidence === ARRESTED_TEXT)).toHaveLength(1);

  // The rejected claim stays out of the default view, and its history still reaches it.
  expect((await request(app).get('/api/graph?edges=claims&documentId=oktoberdagar').expect(200)).body.edges.map((edge: Edge) => edge.id)).not.toContain(arrested!.id);
  const [event] = (await request(app).get(`/api/audit?claim=${encodeURIComponent(arrested!.id)}`).expect(200)).body;
  await request(app).post(`/api/audit/${event.id}/undo`).send({}).expect(200);
  expect((await request(app).get(`/api/claims/${encodeURIComponent(arrested!.id)}`).expect(200)).body.status).toBe('machine');
});

test('the same text again after an upgrade (forced re-ingest) keeps every decision', async () => {
  await request(app).post('/api/documents?title=Oktoberdagar&language=sv').type('text/plain').send(VERSION_1).expect(201);
  const [claim] = await edges();
  await request(app).patch(`/api/claims/${claim.id}`).send({ status: 'rejected', version: 0 }).expect(200);
  const again = await request(app).post('/api/documents?title=Oktoberdagar&language=sv').type('text/plain').send(`${VERSION_1}\n`).expect(200);
  expect(again.body).toMatchObject({ status: 'replaced', decisionsKept: 1, decisionsLost: [] });
  expect((await request(app).get(`/api/claims/${encodeURIComponent(claim.id)}`).expect(200)).body.status).toBe('rejected');
});
