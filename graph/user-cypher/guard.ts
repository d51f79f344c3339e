/**
 * A second line of defence for historians' own Cypher. The first is Neo4j itself: the query runs
 * in a READ-mode transaction, which the server refuses to let write. This guard refuses, before
 * anything runs, what READ mode alone does not stop or what we never want from a web form: file
 * access (LOAD CSV), batched subtransactions, schema and admin commands, switching databases and
 * any procedure outside a short list of read-only ones. It never decides read vs write by itself.
 */
import { ForbiddenQueryError } from '../../domain/errors';

/** Procedures a read-only query may CALL; every other procedure is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'dbms.components',
]);

/** Constructs refused outright, each with the reason given to the user. */
const FORBIDDEN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bLOAD\s+CSV\b/, 'LOAD CSV reads files and URLs'],
  [/\bIN\s+(\S+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/, 'CALL { ... } IN TRANSACTIONS commits on its own'],
  [/\b(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(\w+\s+)?(INDEX|CONSTRAINT)\b/, 'schema commands change the database'],
  [/\b(CREATE|DROP|ALTER|RENAME|START|STOP)\s+(\w+\s+){0,3}(USER|ROLE|DATABASE|ALIAS|SERVER)\b/, 'administration commands are not allowed'],
  [/\b(GRANT|REVOKE|DENY)\b/, 'privilege commands are not allowed'],
  [/\bSHOW\s+(\w+\s+)*(USERS?|ROLES?|PRIVILEGES?|SERVERS?|DATABASES?|ALIASES|SETTINGS?|TRANSACTIONS?)\b/, 'administration commands are not allowed'],
  [/\bTERMINATE\b/, 'administration commands are not allowed'],
  [/(^|\s)USE\s/, 'queries run on the default database only'],
];

/**
 * The query with comments removed and string literals and quoted identifiers blanked, so keywords
 * inside them neither trigger nor hide a refusal. Whitespace is collapsed and letters uppercased.
 * @example codeOnly("MATCH (n {name: 'LOAD CSV'}) // CALL x") // "MATCH (N {NAME: ''})"
 */
export function codeOnly(cypher: string): string {
  let code = '';
  let i = 0;
  while (i < cypher.length) {
    const char = cypher[i];
    const next = cypher[i + 1];
    if (char === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      i = end === -1 ? cypher.length : end;
    } else if (char === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end === -1 ? cypher.length : end + 2;
      code += ' ';
    } else if (char === "'" || char === '"' || char === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== char) j += cypher[j] === '\\' ? 2 : 1;
      code += char === '`' ? '`X`' : `${char}${char}`;
      i = j + 1;
    } else {
      code += char;
      i += 1;
    }
  }
  return code.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** The names of the procedures a query CALLs (not CALL { } subqueries), lowercased. */
export function calledProcedures(code: string): string[] {
  // \s* rather than \s+: Cypher needs no space before a quoted name (CALL`dbms`.listConfig()).
  return [...code.matchAll(/\bCALL\s*([A-Z_][\w.]*|`X`)/g)].map((match) => match[1].toLowerCase());
}

/**
 * Throws ForbiddenQueryError when the query contains anything the read-only endpoint refuses.
 * @example assertQueryAllowed('MATCH (n:Person) RETURN n.name LIMIT 5') // passes
 * @example assertQueryAllowed("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line") // throws
 */
export function assertQueryAllowed(cypher: string): void {
  const code = codeOnly(cypher);
  if (code === '') throw new ForbiddenQueryError('The query is empty');
  for (const [pattern, reason] of FORBIDDEN_PATTERNS) {
    if (pattern.test(code)) throw new ForbiddenQueryError(`Refused: ${reason}`, { rule: pattern.source });
  }
  for (const procedure of calledProcedures(code)) {
    if (!ALLOWED_PROCEDURES.has(procedure)) {
      throw new ForbiddenQueryError(`Refused: procedure ${procedure} is not on the read-only list`, { procedure });
    }
  }
}
