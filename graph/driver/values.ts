/**
 * The one place where neo4j-driver values become plain JSON-able data, so that no driver type
 * leaks out of graph/: Integer → number, Node/Relationship/Path → small objects, temporal values
 * → ISO strings, lists and maps converted recursively.
 */
import {
  isDate,
  isDateTime,
  isDuration,
  int,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
  type Record as DriverRecord,
} from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export interface PlainPoint {
  srid: number;
  x: number;
  y: number;
  z?: number;
}

/** A result row keyed by the RETURN column names, with every value converted. */
export type Row = Record<string, unknown>;

/**
 * Converts one driver value into plain data.
 *
 * @example
 *   toPlain(neo4j.int(42)); // 42
 *   toPlain(new neo4j.types.Date(1917, 10, 25)); // '1917-10-25'
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return integerToPlain(value as Integer);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps are most of what the read queries return (their projections); they need none of the type tests below.
  if (Object.getPrototypeOf(value) === Object.prototype) return mapValues(value as Record<string, unknown>);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: mapValues(value.properties) };
  }
  if (isRelationship(value)) return relationshipToPlain(value);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain),
      relationships: value.segments.map((segment) => relationshipToPlain(segment.relationship)),
    };
  }
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) {
    const point: PlainPoint = { srid: integerToNumber(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  if (value instanceof Uint8Array) return value;
  return mapValues(value as Record<string, unknown>);
}

/**
 * Converts a driver record into a plain row keyed by column name.
 *
 * @example
 *   recordToRow(record); // { name: 'Kerenski', mentions: 12 }
 */
export function recordToRow(record: DriverRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** Integers beyond 2^53 cannot be numbers without loss; they become decimal strings instead. */
function integerToPlain(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function integerToNumber(value: Integer | number): number {
  return typeof value === 'number' ? value : value.toNumber();
}

function relationshipToPlain(value: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    elementId: value.elementId,
    type: value.type,
    startElementId: value.startNodeElementId,
    endElementId: value.endNodeElementId,
    properties: mapValues(value.properties),
  };
}

function isTemporal(value: object): boolean {
  return (
    isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)
  );
}

function mapValues(object: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) plain[key] = toPlain(value);
  return plain;
}

/**
 * Prepares query parameters: whole JavaScript numbers become Neo4j integers (the driver would send
 * them as floats, which `LIMIT $n`, `range()` and integer properties such as line numbers refuse);
 * lists and plain objects are converted recursively, everything else passes unchanged.
 *
 * @example
 *   toDriverParams({ limit: 25, weight: 0.5 }); // { limit: Integer(25), weight: 0.5 }
 */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return mapParams(params);
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return mapParams(value as Record<string, unknown>);
  }
  return value;
}

function mapParams(object: Record<string, unknown>): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) converted[key] = toDriverValue(value);
  return converted;
}
