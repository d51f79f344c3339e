import { graphSchema } from '../../../graph/queries/graph-schema';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('graphSchema', () => {
  test('the labels and relationship types of the live graph, with the properties they carry', async () => {
    const schema = await graphSchema(graph());
    const labels = Object.fromEntries(schema.labels.map((entry) => [entry.name, entry.properties]));
    const types = Object.fromEntries(schema.relationshipTypes.map((entry) => [entry.name, entry.properties]));
    expect(labels.Entity).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases', 'mentionCount']));
    expect(labels.Document).toEqual(expect.arrayContaining(['id', 'title']));
    expect(types.ARRESTED).toEqual(expect.arrayContaining(['date', 'dateGregorian', 'calendar', 'evidence', 'documentId', 'line']));
    expect(Object.keys(types)).toEqual(expect.arrayContaining(['OPPOSED', 'JOINED', 'LED', 'NEGOTIATED_WITH']));
    // Sorted, so the sidebar reads alike on every load.
    expect(schema.labels.map((entry) => entry.name)).toEqual([...schema.labels.map((entry) => entry.name)].sort((a, b) => a.localeCompare(b)));
    expect(labels.Entity).toEqual([...labels.Entity!].sort());
  });

  test('account records stay out, as the Cypher box refuses to read them', async () => {
    await graph().write("CREATE (:User {username: 'schema-test', passwordHash: 'x', role: 'reader'})");
    try {
      const schema = await graphSchema(graph());
      const names = [...schema.labels, ...schema.relationshipTypes].flatMap((entry) => [entry.name, ...entry.properties]);
      expect(names).not.toContain('User');
      expect(names).not.toContain('passwordHash');
    } finally {
      await graph().write("MATCH (u:User {username: 'schema-test'}) DELETE u");
    }
  });
});
