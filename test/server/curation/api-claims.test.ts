/**
 * Curating claims through the API against the real Neo4j: accept, reject and correct with a version
 * check (the second of two concurrent editors gets 409 with the current state), add a claim from a
 * sentence, the audit trail with who/when/before/after/reason, undo (409 naming later events), the
 * review queue, and refusals of bad input with nothing stored.
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/app';
import { DEFAULT_AUTH } from '../../../server/auth/auth-options';
import { expectGraphUnchanged, seedFixtureDocuments, useSeededApi } from '../support/api-fixture';
import { addTestUsers, as, signInEveryone, type Who } from '../auth/auth-fixture';

const api = useSeededApi();
let app: Express;
let cookies: Partial<Record<Who, string>>;

const OPPOSED = 'oktober:s2:kerenski:OPPOSED:militarrevolutionara_kommitten';
const LED = 'oktober:s4:lenin:LED:bolsjevikerna';

beforeAll(async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
  app = createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, setting: 'required' } });
  cookies = await signInEveryone(app);
});
beforeEach(async () => {
  await api().graph.write('MATCH (e:AuditEvent) DETACH DELETE e');
  await seedFixtureDocumentsKeepingUsers();
});

/** Re-seeds the documents without dropping users and sessions. */
async function seedFixtureDocumentsKeepingUsers(): Promise<void> {
  const accounts = await api().graph.read('MATCH (u:User) OPTIONAL MATCH (u)-[:HOLDS]->(c) RETURN properties(u) AS user, collect(properties(c)) AS credentials');
  await seedFixtureDocuments(api().graph);
  for (const row of accounts) {
    await api().graph.write('CREATE (u:User) SET u = $user WITH u UNWIND $credentials AS c CREATE (u)-[:HOLDS]->(k:Credential) SET k = c', row);
  }
}

const editor = (test: request.Test) => as(test, cookies, 'editor');

describe('PATCH /api/claims/:id', () => {
  test('accept: status, reviewer and version change; the audit event has who, when, before, after and reason', async () => {
    const response = await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'accepted', version: 0, reason: 'checked in Pipes' }).expect(200);
    expect(response.body.claim).toMatchObject({ id: OPPOSED, status: 'accepted', version: 1, reviewedBy: 'editor', type: 'OPPOSED' });
    expect(response.headers.etag).toBe('"1"');
    const [event] = (await request(app).get(`/api/audit?claim=${encodeURIComponent(OPPOSED)}`).expect(200)).body;
    expect(event).toMatchObject({
      id: response.body.eventId,
      user: 'editor',
      action: 'claim.review',
      claimId: OPPOSED,
      reason: 'checked in Pipes',
      before: { status: 'machine', version: 0 },
      after: { status: 'accepted', version: 1 },
      undoneBy: null,
    });
    expect(Date.parse(event.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  test('correct type, date and direction; the claim keeps its id', async () => {
    const response = await editor(request(app).patch(`/api/claims/${OPPOSED}`)).set('If-Match', '"0"').send({ status: 'accepted', type: 'SUPPORTED', date: '1917-11-06', reverse: true }).expect(200);
    expect(response.body.claim).toMatchObject({ id: OPPOSED, type: 'SUPPORTED', source: 'militarrevolutionara_kommitten', target: 'kerenski', date: '1917-11-06' });
    const stored = (await request(app).get(`/api/claims/${OPPOSED}`).expect(200)).body;
    expect(stored).toMatchObject({ type: 'SUPPORTED', source: 'militarrevolutionara_kommitten', version: 1 });
  });

  test('two editors at once: the second, with the old version, gets 409 and the current state', async () => {
    const first = editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'accepted', version: 0 });
    const second = as(request(app).patch(`/api/claims/${OPPOSED}`), cookies, 'admin').send({ status: 'rejected', version: 0 });
    const [a, b] = await Promise.all([first, second]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 409 ? b : a;
    expect(loser.body.error.details.current).toEqual(winner.body.claim);
    expect((await request(app).get(`/api/claims/${OPPOSED}`)).body.status).toBe(winner.body.claim.status);
    expect((await request(app).get('/api/audit')).body).toHaveLength(1);
  });

  test.each([
    ['an unknown claim', 'nothing', { status: 'accepted', version: 0 }, 404, /No claim "nothing"/],
    ['an unknown relation type', OPPOSED, { type: 'KILLED', version: 0 }, 400, /"type" must be one of/],
    ['an invalid date', OPPOSED, { date: '1917-13-01', version: 0 }, 400, /"date" must be an ISO date/],
    ['a made-up status', OPPOSED, { status: 'maybe', version: 0 }, 400, /"status" must be "accepted" or "rejected"/],
    ['no version', OPPOSED, { status: 'accepted' }, 400, /Send the version you saw/],
    ['nothing to change', OPPOSED, { version: 0 }, 400, /Nothing to change/],
    ['an unknown field', OPPOSED, { status: 'accepted', version: 0, by: 'x' }, 400, /Unknown parameter "by"/],
  ])('%s → %i, nothing stored', async (_label, id, body, status, message) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await editor(request(app).patch(`/api/claims/${id}`)).send(body).expect(status);
      expect(response.body.error.message).toMatch(message);
    });
    expect((await request(app).get('/api/audit')).body).toEqual([]);
  });
});

describe('POST /api/claims', () => {
  test('adds an accepted claim from a sentence: 201 and {id}', async () => {
    const response = await editor(request(app).post('/api/claims'))
      .send({ source: 'lenin', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s5', date: '1917-10', reason: 'read it so' })
      .expect(201);
    const claim = (await request(app).get(`/api/claims/${encodeURIComponent(response.body.id)}`).expect(200)).body;
    expect(claim).toMatchObject({ source: 'lenin', target: 'kerenski', type: 'OPPOSED', status: 'accepted', origin: 'historian', documentId: 'oktober', evidence: 'Kerenskis regering förhandlade inte med Lenin.' });
  });

  test.each([
    ['an unknown sentence', { source: 'lenin', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s99' }, 404],
    ['an unknown entity', { source: 'trotskij', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s5' }, 404],
    ['an unknown type', { source: 'lenin', type: 'LIKED', target: 'kerenski', sentenceId: 'oktober:s5' }, 400],
    ['a bad date', { source: 'lenin', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s5', date: 'oktober' }, 400],
    ['no sentence', { source: 'lenin', type: 'OPPOSED', target: 'kerenski' }, 400],
  ])('%s → %i, nothing stored', async (_label, body, status) => {
    await expectGraphUnchanged(api().graph, async () => {
      await editor(request(app).post('/api/claims')).send(body).expect(status);
    });
  });
});

describe('undo', () => {
  test('undo restores the state before and is itself an event; undoing twice → 409', async () => {
    const reviewed = await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'rejected', type: 'SUPPORTED', version: 0 }).expect(200);
    const undo = await editor(request(app).post(`/api/audit/${reviewed.body.eventId}/undo`)).send({ reason: 'misread' }).expect(200);
    expect(undo.body).toMatchObject({ action: 'undo', undoes: reviewed.body.eventId, user: 'editor', reason: 'misread' });
    const claim = (await request(app).get(`/api/claims/${OPPOSED}`)).body;
    expect(claim).toMatchObject({ status: 'machine', type: 'OPPOSED', version: 2 });
    const events = (await request(app).get('/api/audit')).body;
    expect(events.map((event: { action: string }) => event.action)).toEqual(['undo', 'claim.review']);
    expect(events[1].undoneBy).toBe(undo.body.id);
    await editor(request(app).post(`/api/audit/${reviewed.body.eventId}/undo`)).send({}).expect(409);
  });

  test('an event that a later one depends on → 409 naming it; after undoing the later one it works', async () => {
    const first = await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'accepted', version: 0 }).expect(200);
    const second = await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'rejected', version: 1 }).expect(200);
    const refused = await editor(request(app).post(`/api/audit/${first.body.eventId}/undo`)).send({}).expect(409);
    expect(refused.body.error.message).toContain(second.body.eventId);
    expect(refused.body.error.details.dependents).toEqual([expect.objectContaining({ id: second.body.eventId, action: 'claim.review' })]);
    await editor(request(app).post(`/api/audit/${second.body.eventId}/undo`)).send({}).expect(200);
    await editor(request(app).post(`/api/audit/${first.body.eventId}/undo`)).send({}).expect(200);
    expect((await request(app).get(`/api/claims/${OPPOSED}`)).body.status).toBe('machine');
  });

  test('undoing an added claim deletes it; an unknown event → 404', async () => {
    const added = await editor(request(app).post('/api/claims')).send({ source: 'lenin', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s5' }).expect(201);
    await editor(request(app).post(`/api/audit/${added.body.eventId}/undo`)).send({}).expect(200);
    await request(app).get(`/api/claims/${encodeURIComponent(added.body.id)}`).expect(404);
    await editor(request(app).post('/api/audit/no-such-event/undo')).send({}).expect(404);
  });
});

describe('GET /api/audit and /api/review', () => {
  test('filters by entity, claim and user; newest first', async () => {
    await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'accepted', version: 0 }).expect(200);
    await as(request(app).patch(`/api/claims/${LED}`), cookies, 'admin').send({ status: 'rejected', version: 0 }).expect(200);
    const all = (await request(app).get('/api/audit').expect(200)).body;
    expect(all.map((event: { claimId: string }) => event.claimId)).toEqual([LED, OPPOSED]);
    expect((await request(app).get('/api/audit?user=editor')).body.map((event: { claimId: string }) => event.claimId)).toEqual([OPPOSED]);
    expect((await request(app).get('/api/audit?entity=lenin')).body.map((event: { claimId: string }) => event.claimId)).toEqual([LED]);
    expect((await request(app).get('/api/audit?limit=1')).body).toHaveLength(1);
    await request(app).get('/api/audit?limit=0').expect(400);
    await request(app).get('/api/audit?who=x').expect(400);
  });

  test('the review queue holds unreviewed machine claims, least certain first, and drops reviewed ones', async () => {
    await api().graph.write('MATCH ()-[r {id: $id}]->() SET r.confidence = 0.2', { id: LED });
    const before = (await request(app).get('/api/review?limit=50').expect(200)).body;
    expect(before[0]).toMatchObject({ claim: { id: LED, status: 'machine' }, sourceName: 'Lenin', targetName: 'Bolsjevikerna', sentence: 'Lenin ledde bolsjevikerna.' });
    await editor(request(app).patch(`/api/claims/${LED}`)).send({ status: 'accepted', version: 0 }).expect(200);
    const after = (await request(app).get('/api/review?limit=50').expect(200)).body;
    expect(after.map((item: { claim: { id: string } }) => item.claim.id)).not.toContain(LED);
    expect(after).toHaveLength(before.length - 1);
  });
});

describe('claim status everywhere', () => {
  const edgeIds = (body: { edges: { id: string }[] }) => body.edges.map((edge) => edge.id);

  test('a rejected claim leaves /api/graph, neighbours, allegiance and exports; ?status=all brings it back with its status', async () => {
    await editor(request(app).patch(`/api/claims/${OPPOSED}`)).send({ status: 'rejected', version: 0 }).expect(200);
    await editor(request(app).patch(`/api/claims/${LED}`)).send({ status: 'accepted', version: 0 }).expect(200);

    expect(edgeIds((await request(app).get('/api/graph?edges=claims').expect(200)).body)).not.toContain(OPPOSED);
    const all = (await request(app).get('/api/graph?edges=claims&status=all').expect(200)).body;
    expect(all.edges.find((edge: { id: string }) => edge.id === OPPOSED)).toMatchObject({ status: 'rejected', reviewedBy: 'editor' });
    expect(all.edges.find((edge: { id: string }) => edge.id === LED)).toMatchObject({ status: 'accepted', reviewedBy: 'editor' });

    expect(edgeIds((await request(app).get('/api/entities/kerenski/neighbors').expect(200)).body)).not.toContain(OPPOSED);
    const history = (await request(app).get('/api/entities/kerenski/allegiance').expect(200)).body;
    expect(JSON.stringify(history)).not.toContain(OPPOSED);

    const csv = (await request(app).get('/api/export?format=csv').buffer(true).expect(200)).text;
    expect(csv).not.toContain(OPPOSED);
    expect(csv).toMatch(new RegExp(`${LED}.*,accepted,editor\\r\\n`));
    const csvAll = (await request(app).get('/api/export?format=csv&status=all').buffer(true).expect(200)).text;
    expect(csvAll).toMatch(new RegExp(`${OPPOSED}.*,rejected,editor\\r\\n`));
    await request(app).get('/api/graph?status=rejected').expect(400);
  });
});
