/**
 * Keeps accounts out of historians' own Cypher (POST /api/cypher), which reads the same database as
 * the sign-in check. Two layers: queries naming the account labels, relationship or hash properties
 * are refused before they run, and every result is scrubbed of account nodes, hash properties,
 * bcrypt-shaped strings and any string found inside a stored hash (for queries that reach them
 * without naming them, e.g. MATCH (n) UNWIND keys(n) AS k RETURN n[k]). docs/reliability.md names
 * what is left: a query reading a hash by computed key in slices shorter than MIN_SLICE.
 */
import { ForbiddenQueryError } from '../../domain/errors';
import type { Graph } from '../driver/connection';

/** Labels, relationship type and properties of the account records (graph/users/*.ts); case-sensitive as in Cypher. */
const ACCOUNT_NAMES = /\b(User|Credential|HOLDS|passwordHash|secretHash)\b/;
const ACCOUNT_LABELS = new Set(['User', 'Credential']);
const HIDDEN_KEYS = new Set(['passwordHash', 'secretHash']);
/** A bcrypt hash or any part of one with its cost field ("$2b$11$…", "11$…"). */
const BCRYPT_SHAPE = /(\$2[abxy]\$)|(\b\d\d\$[./A-Za-z0-9]{8,})/;

export const REDACTED = '[account record hidden]';

/** Strings at least this long are checked against the stored hashes; shorter ones are too common to redact. */
const MIN_SLICE = 12;

const STORED_HASHES = `
MATCH (u:User) RETURN u.passwordHash AS hash
UNION ALL
MATCH (c:Credential) RETURN c.secretHash AS hash`;

/**
 * Whether a label, relationship type or property name belongs to the account records.
 * @example isAccountName('User') // true; isAccountName('Entity') // false
 */
export function isAccountName(name: string): boolean {
  return ACCOUNT_NAMES.exec(name)?.[0] === name;
}

/**
 * @throws ForbiddenQueryError when the query names an account label, relationship or hash property.
 * @example refuseAccountQueries('MATCH (u:User) RETURN u') // throws
 */
export function refuseAccountQueries(cypher: string): void {
  const named = ACCOUNT_NAMES.exec(cypher);
  if (named) throw new ForbiddenQueryError(`Queries may not read user accounts ("${named[1]}")`, { name: named[1] });
}

/**
 * The value with account nodes and relationships, hash properties, bcrypt-shaped strings and
 * pieces of stored hashes replaced by REDACTED (hash properties are dropped).
 * @example await hideAccountRecords(graph, { labels: ['User'], properties: { username: 'a' } }) // '[account record hidden]'
 */
export async function hideAccountRecords<T>(graph: Graph, value: T): Promise<T> {
  const hashes = (await graph.read(STORED_HASHES)).map((row) => String(row.hash));
  const isHashPiece = (text: string): boolean => BCRYPT_SHAPE.test(text) || (text.length >= MIN_SLICE && hashes.some((hash) => hash.includes(text)));
  return scrub(value, isHashPiece) as T;
}

function scrub(value: unknown, isHashPiece: (text: string) => boolean): unknown {
  if (typeof value === 'string') return isHashPiece(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((inner) => scrub(inner, isHashPiece));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.labels) && record.labels.some((label) => ACCOUNT_LABELS.has(label as string))) return REDACTED;
  if (record.type === 'HOLDS' && 'startElementId' in record) return REDACTED;
  const kept = Object.entries(record).filter(([key]) => !HIDDEN_KEYS.has(key));
  return Object.fromEntries(kept.map(([key, inner]) => [key, scrub(inner, isHashPiece)]));
}
