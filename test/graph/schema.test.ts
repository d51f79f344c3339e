import type { Graph } from '../../graph/driver/connection';
import { applySchema, SCHEMA_STATEMENTS } from '../../graph/schema';
import { RELATION_TYPES } from '../../domain/types';
import { useTestGraph } from './fixtures/test-graph';

const testGraph = useTestGraph({ emptyBeforeEach: true });
let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
});

async function schemaNames(): Promise<string[]> {
  const constraints = await graph.read('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await graph.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  return [...new Set([...constraints, ...indexes].map((row) => row.name as string))].sort();
}

describe('applySchema', () => {
  test('is idempotent: a second run changes nothing', async () => {
    const before = await schemaNames();
    await applySchema(graph);
    expect(await schemaNames()).toEqual(before);
  });

  test('every named statement exists', async () => {
    const names = await schemaNames();
    const expected = SCHEMA_STATEMENTS.map((statement) => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)?.[1] ?? statement);
    expect(names).toEqual(expect.arrayContaining(expected));
    expect(expected.filter((name) => name.startsWith('claim_') && name.endsWith('_id'))).toHaveLength(RELATION_TYPES.length);
  });

  test.each([
    ['an entity id', "CREATE (:Entity {id: 'lenin'})"],
    ['a document id', "CREATE (:Document {id: 'doc'})"],
    ['a sentence id', "CREATE (:Sentence {id: 'doc:s1'})"],
    ['a claim id', "CREATE (a:Entity {id: 'a'}) CREATE (b:Entity {id: 'b'}) CREATE (a)-[:OPPOSED {id: 'c1'}]->(b)"],
  ])('refuses a duplicate %s', async (_label, cypher) => {
    await graph.write(cypher);
    const duplicate = cypher.includes('OPPOSED') ? "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) CREATE (b)-[:OPPOSED {id: 'c1'}]->(a)" : cypher;
    await expect(graph.write(duplicate)).rejects.toThrow(/already exists/);
  });
});
