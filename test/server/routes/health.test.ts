/** GET /api/health against the real test Neo4j, and against a Graph that can no longer reach it. */
import request from 'supertest';
import type { Graph } from '../../../graph/driver/connection';
import { createApp } from '../../../server/app';
import { connectTestGraph } from '../../support/graph';

let graph: Graph;

beforeAll(async () => {
  graph = await connectTestGraph();
});
afterAll(() => graph.close());

test('reports neo4j "up" with the server version', async () => {
  const response = await request(createApp({ graph })).get('/api/health');
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ ok: true, neo4j: 'up', version: expect.stringMatching(/^5\.26\.\d+$/) });
});

test('reports neo4j "down" with 503 when the graph cannot be reached', async () => {
  const closed = await connectTestGraph();
  await closed.close();
  const response = await request(createApp({ graph: closed })).get('/api/health');
  expect(response.status).toBe(503);
  expect(response.body).toEqual({ ok: false, neo4j: 'down' });
});
