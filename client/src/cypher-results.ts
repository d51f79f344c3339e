/**
 * Finds the entities and claims inside rows of a read-only Cypher result, so the query panel can show
 * them on the graph. The API sends nodes as {elementId, labels, properties} and relationships as
 * {elementId, type, startElementId, endElementId, properties} (graph/driver/values.ts); both carry our own
 * `id` in their properties. The graph draws one edge per pair and relation type, so a claim is found on
 * it through its two entities, when the result holds them too.
 */
import type { CypherResult } from '../../domain/api';
import { pairEdgeId } from '../../domain/pair-edge';
import type { RelationType } from '../../domain/types';
import { describeClaimDate } from '../../domain/dates/styles';

export interface GraphHits {
  nodeIds: string[];
  edgeIds: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A relationship as the API sends it: a type and its two ends. */
function isRelationship(value: Record<string, unknown>): boolean {
  return typeof value.type === 'string' && 'startElementId' in value && 'endElementId' in value;
}

function ownId(value: Record<string, unknown>): string | undefined {
  const properties = value.properties;
  if (isRecord(properties) && typeof properties.id === 'string') return properties.id;
  return typeof value.id === 'string' ? value.id : undefined;
}

interface Found {
  nodes: Set<string>;
  /** Entity id by Neo4j element id, to name a relationship's ends. */
  byElement: Map<string, string>;
  relationships: Array<{ type: string; start: string; end: string }>;
}

function collect(value: unknown, hits: Found): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collect(item, hits));
    return;
  }
  if (!isRecord(value)) return;
  const id = ownId(value);
  if (Array.isArray(value.labels) && id) {
    hits.nodes.add(id);
    if (typeof value.elementId === 'string') hits.byElement.set(value.elementId, id);
  } else if (isRelationship(value) && id) {
    hits.relationships.push({ type: value.type as string, start: String(value.startElementId), end: String(value.endElementId) });
  }
  for (const key of ['nodes', 'relationships', 'segments']) {
    if (key in value) collect(value[key], hits);
  }
}

/**
 * Every entity id found in the rows, including inside lists and paths, and the drawn edge of every claim
 * whose two entities are among them.
 * @example graphHits({ columns: ['p'], rows: [{ p: { labels: ['Entity'], properties: { id: 'lenin' } } }], truncated: false, elapsedMs: 3 })
 *   // { nodeIds: ['lenin'], edgeIds: [] }
 */
export function graphHits(result: CypherResult): GraphHits {
  const hits: Found = { nodes: new Set(), byElement: new Map(), relationships: [] };
  for (const row of result.rows) Object.values(row).forEach((value) => collect(value, hits));
  const edges = new Set<string>();
  for (const { type, start, end } of hits.relationships) {
    const source = hits.byElement.get(start);
    const target = hits.byElement.get(end);
    if (source !== undefined && target !== undefined) edges.add(pairEdgeId({ source, target, type: type as RelationType }));
  }
  return { nodeIds: [...hits.nodes], edgeIds: [...edges] };
}

/** A claim's date with its calendar, when the relationship carries one: ", 25 Oct 1917 OS = 7 Nov 1917 NS". */
function claimDate(properties: Record<string, unknown>): string {
  const { date, dateGregorian, calendar } = properties;
  if (typeof date !== 'string' || (calendar !== 'julian' && calendar !== 'gregorian')) return '';
  return `, ${describeClaimDate({ date, dateGregorian: typeof dateGregorian === 'string' ? dateGregorian : null, calendar })}`;
}

/**
 * A table cell's text: scalars as they are, nodes by name, claims by type and date in both calendars,
 * anything else as compact JSON.
 * @example cellText({ labels: ['Entity'], properties: { id: 'lenin', name: 'Lenin' } }) === '(Lenin :Entity)'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (isRecord(value) && Array.isArray(value.labels)) {
    const properties = isRecord(value.properties) ? value.properties : {};
    const name = properties.name ?? properties.id ?? '';
    return `(${String(name)} :${value.labels.join(':')})`;
  }
  if (isRecord(value) && isRelationship(value)) {
    return `[:${value.type}${claimDate(isRecord(value.properties) ? value.properties : {})}]`;
  }
  return JSON.stringify(value);
}
