/**
 * The hostile queries POST /api/cypher must refuse, each with the status and error code it must
 * get: shared by test/reliability/hostile-queries.test.ts and bench/reliability.ts.
 */

export type HostileQuery = [label: string, query: string, status: number, code: string];

export const HOSTILE_QUERIES: readonly HostileQuery[] = [
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
