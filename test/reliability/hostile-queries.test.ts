/**
 * POST /api/cypher against hostile queries: file and network access, admin and write procedures,
 * batched subtransactions, writes and schema commands are each refused with a clear 4xx and leave
 * every count unchanged; a runaway query hits the timeout, a huge result the row and byte limits;
 * the read-only procedures historians use keep working. Tested through HTTP, as an attacker would.
 */
import request from 'supertest';
import { HOSTILE_QUERIES } from '../../bench/support/hostile-queries';
import { expectGraphUnchanged, useSeededApi } from '../server/support/api-fixture';

jest.setTimeout(60_000);

const api = useSeededApi();

describe('hostile queries are refused with a clear 4xx and change nothing', () => {
  test.each(HOSTILE_QUERIES)('%s', async (_label, query, status, code) => {
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
