/**
 * What a historian can ask the Cypher box about: the node labels, relationship types and their property
 * names as the live graph holds them (Neo4j's own schema procedures, so a new property shows up without a
 * code change). Account records are left out, as the Cypher box refuses to read them.
 */
import type { GraphSchema, SchemaEntry } from '../../domain/api';
import type { Graph } from '../driver/connection';
import { isAccountName } from '../user-cypher/hidden-accounts';

export const SCHEMA_LABELS = 'CALL db.labels() YIELD label RETURN label AS name';
export const SCHEMA_NODE_PROPERTIES = 'CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName RETURN nodeLabels AS names, propertyName';
export const SCHEMA_RELATIONSHIP_TYPES = 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name';
/** relTypeProperties names a type as ":`OPPOSED`"; the backticks and colon are taken off here. */
export const SCHEMA_RELATIONSHIP_PROPERTIES = `
CALL db.schema.relTypeProperties() YIELD relType, propertyName
RETURN [substring(relType, 2, size(relType) - 3)] AS names, propertyName`;

type Row = Record<string, unknown>;

function entries(names: readonly Row[], properties: readonly Row[]): SchemaEntry[] {
  const keys = new Map<string, Set<string>>(names.map((row) => [String(row.name), new Set<string>()]));
  for (const row of properties) {
    if (typeof row.propertyName !== 'string') continue;
    for (const name of row.names as string[]) keys.get(name)?.add(row.propertyName);
  }
  return [...keys]
    .filter(([name]) => !isAccountName(name))
    .map(([name, set]) => ({ name, properties: [...set].filter((key) => !isAccountName(key)).sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * @example await graphSchema(graph) // { labels: [{ name: 'Entity', properties: ['aliases', 'id', ...] }, ...], relationshipTypes: [...] }
 */
export async function graphSchema(graph: Graph): Promise<GraphSchema> {
  const [labels, nodeProperties, types, relationshipProperties] = await Promise.all(
    [SCHEMA_LABELS, SCHEMA_NODE_PROPERTIES, SCHEMA_RELATIONSHIP_TYPES, SCHEMA_RELATIONSHIP_PROPERTIES].map((cypher) => graph.read(cypher)),
  );
  return { labels: entries(labels, nodeProperties), relationshipTypes: entries(types, relationshipProperties) };
}
