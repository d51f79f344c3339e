/**
 * Historians' own Cypher cannot read accounts: queries naming them are refused (400
 * FORBIDDEN_QUERY) and queries reaching them anonymously come back scrubbed of hashes.
 */
import request from 'supertest';
import { seedFixtureDocuments, useSeededApi } from '../support/api-fixture';
import { addTestUsers, signIn } from './auth-fixture';

const api = useSeededApi();

beforeAll(async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
  await signIn(api().app, 'editor');
});

test.each([
  ['MATCH (u:User) RETURN u.username'],
  ['MATCH (u:`User`) RETURN u'],
  ['MATCH (n) RETURN n.passwordHash'],
  ['MATCH ()-[h:HOLDS]->(c) RETURN c'],
  ['MATCH (n) WHERE n.secretHash IS NOT NULL RETURN count(n)'],
])('refused: %s', async (query) => {
  const response = await request(api().app).post('/api/cypher').send({ query }).expect(400);
  expect(response.body.error.code).toBe('FORBIDDEN_QUERY');
});

test.each([
  ['MATCH (n) RETURN n'],
  ['MATCH (n) RETURN properties(n) AS p'],
  ['MATCH (n) WHERE size(keys(n)) >= 4 UNWIND keys(n) AS k RETURN n[k] AS v'],
  ['MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v WHERE v IS :: STRING RETURN substring(v, 1) AS v'],
  ['MATCH ()-[r]->() RETURN r'],
])('scrubbed: %s', async (query) => {
  const response = await request(api().app).post('/api/cypher').send({ query, maxRows: 10000 }).expect(200);
  const text = JSON.stringify(response.body);
  const stored = await api().graph.read('MATCH (u:User) RETURN u.passwordHash AS hash UNION MATCH (c:Credential) RETURN c.secretHash AS hash');
  expect(stored.length).toBeGreaterThanOrEqual(4);
  for (const { hash } of stored) expect(text).not.toContain(hash);
  expect(text).not.toMatch(/\$2[ab]\$|passwordHash|secretHash/);
  expect(text).toContain('Kerenski');
});
