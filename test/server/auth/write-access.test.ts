/**
 * Every write route × {anonymous, reader, editor, admin} with AUTH=required, the CSRF refusal of a
 * cookie write from another origin, the default AUTH rule (open only on loopback before the first
 * user; read-only on another address with no user) and READ_AUTH, against the real Neo4j. A refused
 * write leaves the graph as it was.
 */
import type { Express } from 'express';
import request from 'supertest';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { storeCredential } from '../../../graph/users/credentials';
import { createUser } from '../../../graph/users/users';
import { mergeEntities, updateEntity } from '../../../graph/writes/curation/entity-actions';
import { createApp } from '../../../server/app';
import { ingestBytes } from '../../../server/ingest-document';
import { DEFAULT_AUTH, type AuthOptions } from '../../../server/auth/auth-options';
import { ENGLISH } from '../../graph/fixtures/extractions';
import { clearGraph } from '../../graph/fixtures/test-graph';
import { expectGraphUnchanged, seedFixtureDocuments, useSeededApi } from '../support/api-fixture';
import { addTestUsers, as, EVERYONE, expectedStatus, signInEveryone, SITE_HOST, type Who } from './auth-fixture';

const api = useSeededApi();
const REQUIRED: AuthOptions = { ...DEFAULT_AUTH, setting: 'required' };

let app: Express;
let cookies: Partial<Record<Who, string>>;
beforeAll(async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
  app = createApp({ graph: api().graph, auth: REQUIRED });
  cookies = await signInEveryone(app);
});

let serial = 0;
const unique = (prefix: string) => `${prefix}${(serial += 1)}`;

interface WriteRoute {
  label: string;
  needs: 'signed-in' | 'editor' | 'admin';
  ok: number;
  /** Prepares a target and builds the request (wrapped: awaiting a bare request.Test would send it); `who` lets a route target something that user owns. */
  send: (who: Who) => Promise<{ req: request.Test }>;
}

const WRITE_ROUTES: WriteRoute[] = [
  {
    label: 'POST /api/documents',
    needs: 'editor',
    ok: 201,
    send: async () => ({ req: request(app).post(`/api/documents?title=${unique('doc')}&language=sv`).type('text/plain').send('Lenin ledde bolsjevikerna.\n') }),
  },
  {
    label: 'DELETE /api/documents/:id',
    needs: 'editor',
    ok: 200,
    send: async () => {
      const id = unique('kerensky');
      await ingestExtraction(api().graph, ENGLISH, { id, title: id, sha256: 'c'.repeat(64), ingestedAt: '2024-01-03T00:00:00Z' });
      return { req: request(app).delete(`/api/documents/${id}`) };
    },
  },
  {
    label: 'POST /api/documents/:id/reingest',
    needs: 'editor',
    ok: 200,
    send: async () => {
      const documentId = unique('again');
      await ingestBytes(api().graph, Buffer.from('Lenin ledde bolsjevikerna.\n'), { title: documentId, documentId, language: 'sv' });
      return { req: request(app).post(`/api/documents/${documentId}/reingest`) };
    },
  },
  { label: 'POST /api/tokens', needs: 'signed-in', ok: 201, send: async () => ({ req: request(app).post('/api/tokens').send({ name: 'x' }) }) },
  {
    label: 'DELETE /api/tokens/:id',
    needs: 'signed-in',
    ok: 204,
    send: async (who) => {
      const id = unique('token');
      await storeCredential(api().graph, { id, kind: 'token', username: who === 'anonymous' ? 'editor' : who, secretHash: unique('hash') });
      return { req: request(app).delete(`/api/tokens/${id}`) };
    },
  },
  {
    label: 'POST /api/users',
    needs: 'admin',
    ok: 201,
    send: async () => ({ req: request(app).post('/api/users').send({ username: unique('user'), role: 'editor', password: 'a password of length' }) }),
  },
  {
    label: 'DELETE /api/users/:username',
    needs: 'admin',
    ok: 204,
    send: async () => {
      const username = unique('leaving');
      await createUser(api().graph, { username, role: 'editor', passwordHash: 'not used' });
      return { req: request(app).delete(`/api/users/${username}`) };
    },
  },
  {
    label: 'PATCH /api/claims/:id',
    needs: 'editor',
    ok: 200,
    send: async () => {
      const { version } = (await request(app).get(`/api/claims/${OPPOSED}`).expect(200)).body;
      return { req: request(app).patch(`/api/claims/${OPPOSED}`).send({ status: 'accepted', version }) };
    },
  },
  {
    label: 'POST /api/claims',
    needs: 'editor',
    ok: 201,
    send: async () => ({ req: request(app).post('/api/claims').send({ source: 'lenin', type: 'OPPOSED', target: 'kerenski', sentenceId: 'oktober:s5' }) }),
  },
  { label: 'PATCH /api/entities/:id', needs: 'editor', ok: 200, send: async () => ({ req: request(app).patch('/api/entities/smolnyj').send({ name: unique('Smolnyj ') }) }) },
  {
    label: 'POST /api/entities/:id/merge',
    needs: 'editor',
    ok: 200,
    send: async () => ({ req: request(app).post(`/api/entities/${await throwawayPerson()}/merge`).send({ into: 'lenin' }) }),
  },
  {
    label: 'POST /api/entities/:id/split',
    needs: 'editor',
    ok: 200,
    send: async () => {
      const id = await throwawayPerson();
      await mergeEntities(api().graph, id, { into: 'lenin' }, 'admin');
      return { req: request(app).post(`/api/entities/${id}/split`).send({}) };
    },
  },
  {
    label: 'POST /api/audit/:eventId/undo',
    needs: 'editor',
    ok: 200,
    send: async () => {
      const { event } = await updateEntity(api().graph, 'ministrarna', { name: unique('Ministrarna ') }, 'admin');
      return { req: request(app).post(`/api/audit/${event.id}/undo`).send({}) };
    },
  },
];

const OPPOSED = 'oktober:s2:kerenski:OPPOSED:militarrevolutionara_kommitten';

/** A Person no document mentions, to merge away. */
async function throwawayPerson(): Promise<string> {
  const id = unique('throwaway');
  await api().graph.write("CREATE (:Entity:Person {id: $id, name: $id, type: 'Person', aliases: [], mentionCount: 0, keys: [], nameKeys: []})", { id });
  return id;
}

describe.each(WRITE_ROUTES)('$label', (route) => {
  test.each(EVERYONE)('as %s', async (who) => {
    const expected = expectedStatus(who, route.needs, route.ok);
    const response = await as((await route.send(who)).req, cookies, who);
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: expected,
      code: { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' }[expected as 401 | 403],
    });
  });

  test('CSRF: the editor\'s or admin\'s cookie with another Origin → 403', async () => {
    const who: Who = route.needs === 'admin' ? 'admin' : 'editor';
    const test = (await route.send(who)).req.set('Host', SITE_HOST).set('Cookie', cookies[who]!);
    const response = await test.set('Origin', 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/must come from this site/);
  });
});

describe('CSRF', () => {
  test('a cookie write with no Origin and no Referer → 403; a same-site Referer is enough', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      await request(app).delete('/api/documents/oktober').set('Host', SITE_HOST).set('Cookie', cookies.editor!).expect(403);
    });
    await request(app).post('/api/tokens').set('Host', SITE_HOST).set('Referer', `http://${SITE_HOST}/`).set('Cookie', cookies.editor!).send({}).expect(201);
  });

  test('a refused cross-site delete leaves the document in place', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      await request(app).delete('/api/documents/oktober').set('Host', SITE_HOST).set('Origin', 'http://allegiance.test.evil.example').set('Cookie', cookies.admin!).expect(403);
    });
  });
});

describe('the default AUTH rule', () => {
  const write = (target: Express) => request(target).post(`/api/documents?title=${unique('default')}&language=sv`).type('text/plain').send('Lenin ledde bolsjevikerna.\n');

  test('loopback, no user: open; once a user exists: sign-in required', async () => {
    await clearGraph(api().graph);
    const local = createApp({ graph: api().graph, auth: DEFAULT_AUTH });
    await write(local).expect(201);
    await addTestUsers(api().graph);
    const refused = await write(local).expect(401);
    expect(refused.body.error.message).toMatch(/Sign in first/);
    await seedFixtureDocuments(api().graph);
  });

  test('another address, no user: read-only, and the refusal says how to add a user', async () => {
    await seedFixtureDocuments(api().graph);
    const exposed = createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, listensOnLoopback: false } });
    await request(exposed).get('/api/graph').expect(200);
    const refused = await write(exposed).expect(401);
    expect(refused.body.error.message).toMatch(/read-only: no user exists yet\. Add one with: npm run user -- add NAME --role admin/);
  });

  test('AUTH=off on another address: open to anyone', async () => {
    await seedFixtureDocuments(api().graph);
    await write(createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, setting: 'off', listensOnLoopback: false } })).expect(201);
  });

  test('user admin is never open, even with AUTH=off', async () => {
    const open = createApp({ graph: api().graph, auth: { ...DEFAULT_AUTH, setting: 'off' } });
    await request(open).post('/api/users').send({ username: 'intruder', role: 'admin', password: 'a password of length' }).expect(401);
  });
});

describe('READ_AUTH=required', () => {
  test('reads need any signed-in user; health and sign-in stay open', async () => {
    await seedFixtureDocuments(api().graph);
    await addTestUsers(api().graph);
    const closed = createApp({ graph: api().graph, auth: { ...REQUIRED, readAuth: true } });
    const reader = await signInEveryone(closed);
    await request(closed).get('/api/graph').expect(401);
    await request(closed).post('/api/cypher').send({ query: 'RETURN 1 AS one' }).expect(401);
    await request(closed).get('/api/health').expect(200);
    await as(request(closed).get('/api/graph'), reader, 'reader').expect(200);
  });
});
