import { ForbiddenQueryError } from '../../../domain/errors';
import { assertQueryAllowed, codeOnly } from '../../../graph/user-cypher/guard';

describe('assertQueryAllowed refuses', () => {
  test.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'load   csv with headers from "http://x" as l return l',
    'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
    'CREATE INDEX foo FOR (n:Person) ON (n.name)',
    'DROP CONSTRAINT entity_id',
    'CREATE OR REPLACE DATABASE foo',
    'CREATE USER mallory SET PASSWORD "x"',
    'GRANT ROLE admin TO mallory',
    'SHOW USERS',
    'USE system SHOW DATABASES',
    'CALL dbms.setConfigValue("x", "y")',
    'CALL db.createLabel("X")',
    'MATCH (n) CALL apoc.periodic.iterate("", "", {}) YIELD batches RETURN batches',
    'CALL `dbms`.`killQueries`([])',
    '',
    '// only a comment',
  ])('%j', (cypher) => {
    expect(() => assertQueryAllowed(cypher)).toThrow(ForbiddenQueryError);
  });
});

describe('assertQueryAllowed lets read queries through', () => {
  test.each([
    'MATCH (n:Person) RETURN n.name LIMIT 5',
    "MATCH (n {name: 'LOAD CSV'}) RETURN n",
    'MATCH (n) RETURN n // CALL dbms.setConfigValue',
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (n) CALL { WITH n RETURN count(*) AS c } RETURN n, c',
    'SHOW INDEXES',
    'MATCH (a)-[r:OPPOSED]->(b) WHERE r.date >= "1917-10" RETURN a, r, b',
  ])('%j', (cypher) => {
    expect(() => assertQueryAllowed(cypher)).not.toThrow();
  });
});

describe('codeOnly', () => {
  test.each([
    ["MATCH (n {name: 'LOAD CSV'}) // CALL x", "MATCH (N {NAME: ''})"],
    ['RETURN "a\\"b" /* USE system */ AS x', 'RETURN "" AS X'],
  ])('%j → %j', (cypher, expected) => {
    expect(codeOnly(cypher)).toBe(expected);
  });
});
