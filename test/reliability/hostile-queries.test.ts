/**
 * POST /api/cypher against hostile queries: file and network access, admin and write procedures,
 * batched subtransactions, writes and schema commands are each refused with a clear 4xx and leave
 * every count unchanged; a runaway query hits the timeout, a huge result the row and byte limits;
 * the read-only procedures historians use keep working. Tested through HTTP, as an attacker would.
 */
import request from 'supertest';
import { expectGraphUnchanged, useSeededApi } from '../server/api-fixture';

jest.setTimeout(60_000);

const api = useSeededApi();

const refused: [label: string, query: string, status: number, code: string][] = [
  ['LOAD CSV from file:///etc/passwd', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 400, 'FORBIDDEN_QUERY'],
  ['LOAD CSV from an http URL', "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line", 400, 'FORBIDDEN_QUERY'],
  ['LOAD CSV WITH HEADERS from https, lower case', "load csv with headers from 'https://example.com/a.csv' as row return row", 400, 'FORBIDDEN_QUERY'],
  ['LOAD CSV split by a comment', "LOAD/* x */CSV FROM 'file:///etc/passwd' AS l RETURN l", 400, 'FORBIDDEN_QUERY'],
  ['dbms.listConfig', 'CALL dbms.listConfig()', 400, 'FORBIDDEN_QUERY'],
  ['dbms.listConfig with a quoted namespace and no space', 'CALL`dbms`.listConfig()', 400, 'FORBIDDEN_QUERY'],
  ['dbms.security.createUser', "CALL dbms.security.createUser('x', 'y', false)", 400, 'FORBIDDEN_QUERY'],
  ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", 400, 'FORBIDDEN_QUERY'],
  ['db.createLabel', "CALL db.createLabel('Evil')", 400, 'FORBIDDEN_QUERY'],
  ['db.createProperty', "CALL db.createProperty('evil')", 400, 'FORBIDDEN_QUERY'],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', 400, 'FORBIDDEN_QUERY'],
  ['tx.setMetaData', 'CALL tx.setMetaData({a: 1})', 400, 'FORBIDDEN_QUERY'],
  ['dbms.killQuery', "CALL dbms.killQuery('query-1')", 400, 'FORBIDDEN_QUERY'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', 400, 'FORBIDDEN_QUERY'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 400, 'FORBIDDEN_QUERY'],
  ['SHOW SETTINGS', 'SHOW SETTINGS', 400, 'FORBIDDEN_QUERY'],
  ['CALL {} IN TRANSACTIONS', 'CALL { CREATE (:Evil) } IN TRANSACTIONS OF 1 ROW', 400, 'FORBIDDEN_QUERY'],
  ['CALL {} IN TRANSACTIONS after UNWIND', 'UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Evil {i: i}) } IN TRANSACTIONS RETURN 1', 400, 'FORBIDDEN_QUERY'],
  ['CREATE', 'CREATE (n:Evil) RETURN n', 400, 'FORBIDDEN_QUERY'],
  ['MERGE', "MERGE (n:Entity {id: 'evil'}) RETURN n", 400, 'FORBIDDEN_QUERY'],
  ['DETACH DELETE everything', 'MATCH (n) DETACH DELETE n', 400, 'FORBIDDEN_QUERY'],
  ['SET a property', "MATCH (e:Entity) SET e.name = 'evil' RETURN count(e)", 400, 'FORBIDDEN_QUERY'],
  ['REMOVE a label', 'MATCH (e:Entity) REMOVE e:Entity RETURN count(e)', 400, 'FORBIDDEN_QUERY'],
  ['CREATE INDEX', 'CREATE INDEX evil FOR (n:Evil) ON (n.x)', 400, 'FORBIDDEN_QUERY'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id', 400, 'FORBIDDEN_QUERY'],
  ['CREATE DATABASE', 'CREATE DATABASE evil', 400, 'FORBIDDEN_QUERY'],
  ['USE another database', 'USE system SHOW USERS', 400, 'FORBIDDEN_QUERY'],
  ['a procedure that does not exist', 'CALL apoc.load.json("file:///etc/passwd")', 400, 'FORBIDDEN_QUERY'],
  ['a runaway query hits the timeout', 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)', 408, 'QUERY_TIMEOUT'],
];

describe('hostile queries are refused with a clear 4xx and change nothing', () => {
  test.each(refused)('%s', async (_label, query, status, code) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).post('/api/cypher').send({ query });
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message).toMatch(/\w{4,}/);
    });
  });
});

test('parameters are passed as parameters: a value that looks like Cypher stays a value', async () => {
  await expectGraphUnchanged(api().graph, async () => {
    const injection = "x'}) DETACH DELETE e //";
    const response = await request(api().app)
      .post('/api/cypher')
      .send({ query: 'MATCH (e:Entity) WHERE e.name = $name RETURN count(e) AS n', params: { name: injection } });
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([{ n: 0 }]);
  });
});

const readOnlyProcedures: [label: string, query: string, column: string][] = [
  ['db.labels', 'CALL db.labels() YIELD label RETURN label', 'label'],
  ['db.relationshipTypes', 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'relationshipType'],
  ['db.schema.visualization', 'CALL db.schema.visualization()', 'nodes'],
];

describe('read-only procedures historians use keep working', () => {
  test.each(readOnlyProcedures)('%s', async (_label, query, column) => {
    const response = await request(api().app).post('/api/cypher').send({ query });
    expect(response.status).toBe(200);
    expect(response.body.columns).toContain(column);
    expect(response.body.rows.length).toBeGreaterThan(0);
  });
});

const limits: [label: string, query: string, maxRows: number | undefined, expectedRows: (rows: number) => boolean][] = [
  ['the row limit cuts a 100,000-row result at maxRows', 'UNWIND range(1, 100000) AS i RETURN i', 50, (rows) => rows === 50],
  ['the default row limit applies without maxRows', 'UNWIND range(1, 100000) AS i RETURN i', undefined, (rows) => rows === 1000],
  [
    'the byte limit cuts 10,000 rows of 1.3 kB each before 4 MB',
    "UNWIND range(1, 10000) AS i RETURN i, [x IN range(1, 100) | 'xxxxxxxxxx'] AS big",
    10_000,
    (rows) => rows > 1000 && rows < 10_000,
  ],
];

describe('huge results are truncated, never sent whole', () => {
  test.each(limits)('%s', async (_label, query, maxRows, expectedRows) => {
    const response = await request(api().app).post('/api/cypher').send({ query, ...(maxRows ? { maxRows } : {}) });
    expect(response.status).toBe(200);
    expect(response.body.truncated).toBe(true);
    expect(expectedRows(response.body.rows.length)).toBe(true);
    expect(Buffer.byteLength(response.text)).toBeLessThan(4.5 * 1024 * 1024);
  });
});
