/**
 * POST /api/cypher: reads answer with rows; writes, schema changes, runaway queries and malformed
 * bodies are refused with a clear 400/408/413, and the graph is as it was afterwards.
 */
import express from 'express';
import request from 'supertest';
import { errorHandler } from '../../../server/errors';
import { cypherRouter } from '../../../server/routes/cypher';
import { translateBodyErrors } from '../../../server/validation/body-errors';
import { expectGraphUnchanged, useSeededApi } from '../support/api-fixture';

const api = useSeededApi();

/** The cypher router alone with a 300 ms timeout, so a runaway query is stopped quickly. */
function shortTimeoutApp(): express.Express {
  const app = express();
  app.use('/api', express.json(), translateBodyErrors, cypherRouter(api().graph, { timeoutMs: 300 }));
  app.use(errorHandler(() => undefined));
  return app;
}

test('a read answers with columns and rows', async () => {
  const response = await request(api().app)
    .post('/api/cypher')
    .send({ query: 'MATCH (p:Entity {type: $type}) RETURN p.name AS name ORDER BY name', params: { type: 'Person' } })
    .expect(200);
  expect(response.body).toMatchObject({ columns: ['name'], rows: [{ name: 'Kerenski' }, { name: 'Kornilov' }, { name: 'Lenin' }], truncated: false });
  expect(typeof response.body.elapsedMs).toBe('number');
});

test('maxRows truncates', async () => {
  const response = await request(api().app).post('/api/cypher').send({ query: 'UNWIND range(1, 50) AS n RETURN n', maxRows: 10 }).expect(200);
  expect(response.body.rows).toHaveLength(10);
  expect(response.body.truncated).toBe(true);
});

describe('refused queries leave the graph as it was', () => {
  test.each([
    ['a write', { query: "CREATE (:Entity {id: 'x', name: 'X'})" }, 400, 'FORBIDDEN_QUERY'],
    ['a write after a read', { query: "MATCH (e:Entity {id: 'lenin'}) SET e.name = 'Uljanov' RETURN e" }, 400, 'FORBIDDEN_QUERY'],
    ['a delete', { query: 'MATCH (n) DETACH DELETE n' }, 400, 'FORBIDDEN_QUERY'],
    ['a schema change', { query: 'CREATE INDEX evil IF NOT EXISTS FOR (n:Entity) ON (n.evil)' }, 400, 'FORBIDDEN_QUERY'],
    ['file access', { query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row" }, 400, 'FORBIDDEN_QUERY'],
    ['a syntax error', { query: 'MATCH (n RETURN n' }, 400, 'INVALID_QUERY'],
    ['a missing query', { params: {} }, 400, 'INVALID_INPUT'],
    ['params that are not an object', { query: 'RETURN $x', params: [1] }, 400, 'INVALID_INPUT'],
  ])('%s', async (_name, body, status, code) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).post('/api/cypher').send(body).expect(status).expect('Content-Type', /json/);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message.length).toBeGreaterThan(10);
    });
  });

  test('malformed JSON → 400 MALFORMED_JSON as JSON, not an HTML page', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": "RETURN 1",').expect(400);
      expect(response.headers['content-type']).toMatch(/json/);
      expect(response.body.error.code).toBe('MALFORMED_JSON');
      expect(response.body.error.message).toMatch(/not valid JSON/);
    });
  });

  test('a body over the JSON limit → 413', async () => {
    const response = await request(api().app).post('/api/cypher').send({ query: `RETURN '${'x'.repeat(1_100_000)}'` }).expect(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a runaway query → 408 QUERY_TIMEOUT', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(shortTimeoutApp())
        .post('/api/cypher')
        .send({ query: 'UNWIND range(1, 100000000) AS a WITH a WHERE a % 7 = 3 RETURN count(a) AS n' })
        .expect(408);
      expect(response.body.error.code).toBe('QUERY_TIMEOUT');
    });
  });
});
