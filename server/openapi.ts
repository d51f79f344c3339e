/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json and rendered as the
 * page at /api/docs. Written as data next to the routes it describes; the route tests check that
 * every route the app answers is described here, so the two cannot drift apart silently.
 */
import { PARTIAL_ISO_PATTERN } from '../domain/dates/partial-iso';
import { ENTITY_TYPES, RELATION_TYPES } from '../domain/types';
import { EXPORT_FORMATS, EXPORTERS } from '../domain/formats';

import { ACCOUNT_PATHS, ACCOUNT_SCHEMAS } from './openapi/account-paths';
import { CURATION_PATHS, CURATION_SCHEMAS } from './openapi/curation-paths';
import { error, FAILURES, json, nullable, pathId, query, ref, type Parameter, type Schema, WRITE_REFUSALS } from './openapi/helpers';

const isoDate = { type: 'string', pattern: PARTIAL_ISO_PATTERN, examples: ['1917-10-25', '1917-10', '1917'] };
const commaList = (values: readonly string[]): Schema => ({ type: 'string', description: `Comma-separated: ${values.join(', ')}` });

const FILTER_PARAMETERS: Parameter[] = [
  query('from', 'First day, month or year of the window (inclusive).', isoDate),
  query('to', 'Last day, month or year of the window (inclusive).', isoDate),
  query('calendar', "Calendar of from/to: the text's own (Julian before February 1918) or Gregorian.", { enum: ['text', 'gregorian'], default: 'text' }),
  query('entityTypes', 'Only claims between entities of these types.', commaList(ENTITY_TYPES)),
  query('relationTypes', 'Only claims of these types.', commaList(RELATION_TYPES)),
  query('minMentions', 'Only entities mentioned at least this often.', { type: 'integer', minimum: 0 }),
  query('documentId', 'Only claims from this document.', { type: 'string' }),
  query('status', 'all: also claims a historian rejected (left out by default).', { enum: ['all'] }),
];

const NOT_FOUND = { '404': error('No entity or document has this id (code NOT_FOUND).') };

function get(summary: string, parameters: Parameter[], ok: Schema, extra: Record<string, Schema> = {}): Schema {
  return { get: { summary, parameters, responses: { '200': ok, ...extra, ...FAILURES } } };
}

const READ_AND_DOCUMENT_PATHS: Record<string, Schema> = {
  '/api/health': get('Is the server up and can it reach Neo4j?', [], json(ref('HealthStatus'), 'Up.'), { '503': json(ref('HealthStatus'), 'Neo4j is down.') }),
  '/api/graph': get(
    'The most important entities in a time window (most claims first), the edges among them (one per pair and relation type, with the count of its claims), and how many pass the filter in all.',
    [
      ...FILTER_PARAMETERS,
      query('limit', 'How many entities to send.', { type: 'integer', minimum: 1, maximum: 5000, default: 300 }),
      query('edgeLimit', 'At most this many edges, those with the most claims first.', { type: 'integer', minimum: 1, maximum: 20000, default: 1000 }),
      query('edges', 'pairs: one edge per pair and relation type (a GraphSelection); claims: every claim among the same entities, with its evidence (a ClaimSelection).', { enum: ['pairs', 'claims'], default: 'pairs' }),
      query('includeIsolated', 'Every entity, also those without claims, and every claim (not with a window; a GraphView without totals).', { enum: ['true', 'false'] }),
    ],
    json(ref('GraphSelection'), 'The selection.'),
  ),
  '/api/graph/claims': get(
    'One page of the claims behind one edge of /api/graph (a source, a relation type and a target), in date order, with their evidence.',
    [
      ...FILTER_PARAMETERS,
      query('source', 'The id of the entity the claims start from.', { type: 'string' }, true),
      query('target', 'The id of the entity they point to.', { type: 'string' }, true),
      query('type', 'The relation type.', { enum: [...RELATION_TYPES] }, true),
      query('offset', 'Claims to skip.', { type: 'integer', minimum: 0, maximum: 1000000, default: 0 }),
      query('limit', 'At most this many claims.', { type: 'integer', minimum: 1, maximum: 500, default: 50 }),
    ],
    json(ref('PairClaims'), 'The page; total says how many there are.'),
  ),
  '/api/entities': get(
    'Search entities by name; knows Swedish inflection and transliteration (Kerenskis, Kerensky → Kerenski).',
    [query('q', 'Name or start of a name.', { type: 'string' }, true), query('type', 'Only these entity types.', commaList(ENTITY_TYPES)), query('limit', 'At most this many results.', { type: 'integer', minimum: 1, maximum: 100, default: 20 })],
    json({ type: 'object', properties: { results: { type: 'array', items: ref('EntitySummary') } } }, 'Best match first.'),
  ),
  '/api/entities/{id}': get(
    'One entity with its mentions, every claim (all relation types), a page of its sentences and its documents.',
    [pathId('Entity id, e.g. kerenski.'), query('offset', 'Sentences to skip.', { type: 'integer', minimum: 0, default: 0 }), query('limit', 'Sentences in the page.', { type: 'integer', minimum: 1, maximum: 200, default: 200 })],
    json(ref('EntityDetail'), 'The entity.'),
    NOT_FOUND,
  ),
  '/api/entities/{id}/allegiance': get(
    "An entity's JOINED, SUPPORTED, OPPOSED and MEMBER_OF claims in date order.",
    [pathId('Entity id.')],
    json({ type: 'object', properties: { entity: ref('GraphNode'), claims: { type: 'array', items: ref('AllegianceClaim') } } }, 'The history.'),
    NOT_FOUND,
  ),
  '/api/entities/{id}/neighbors': get(
    'Everything within 1 to 3 claims of an entity.',
    [pathId('Entity id.'), query('depth', 'How many claims away.', { type: 'integer', minimum: 1, maximum: 3, default: 1 }), ...FILTER_PARAMETERS],
    json(ref('GraphView'), 'The neighbourhood.'),
    NOT_FOUND,
  ),
  '/api/entities/{id}/expand': get(
    "An entity's neighbours with the most claims with it, for the page's expand.",
    [pathId('Entity id.'), query('limit', 'At most this many neighbours.', { type: 'integer', minimum: 1, maximum: 1000, default: 50 }), ...FILTER_PARAMETERS],
    json(ref('GraphExpansion'), 'The entity first, then its neighbours; totals count all its neighbours and claims.'),
    NOT_FOUND,
  ),
  '/api/paths': get(
    'Shortest chains of claims between two entities.',
    [query('from', 'Entity id.', { type: 'string' }, true), query('to', 'Entity id.', { type: 'string' }, true), query('maxLength', 'Longest chain.', { type: 'integer', minimum: 1, maximum: 6, default: 4 })],
    json(ref('PathResult'), 'Paths; empty when none.'),
    NOT_FOUND,
  ),
  '/api/documents': {
    ...get('The ingested documents.', [], json({ type: 'array', items: ref('DocumentSummary') }, 'Documents by title.')),
    post: {
      summary: 'Extract and ingest a document: text (UTF-8, or Windows-1252/Latin-1 when detected with confidence), PDF (its text layer) or .docx.',
      parameters: [
        query('title', 'Title, with a text/plain body; default the file name, else the first line.', { type: 'string' }),
        query('language', 'sv or en; detected when absent.', { enum: ['sv', 'en'] }),
        { name: 'Prefer', in: 'header', required: false, description: '"respond-async": answer 202 at once with a job to follow at /api/jobs/{id}.', schema: { type: 'string' } },
      ],
      requestBody: {
        required: true,
        content: {
          'text/plain': { schema: { type: 'string' } },
          'multipart/form-data': {
            schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, title: { type: 'string' }, language: { enum: ['sv', 'en'] } } },
          },
        },
      },
      responses: {
        '201': json(ref('IngestResult'), 'Created.'),
        '200': json(ref('IngestResult'), 'Unchanged (same text already stored) or replaced (new version).'),
        '202': json(ref('JobAccepted'), 'Accepted (with Prefer: respond-async); follow the job.'),
        '400': error('Empty or binary file, an encoding not told with confidence, a PDF without a text layer or encrypted, no title to be found, or another content type. Nothing is stored.'),
        '413': error('Larger than the upload limit, or past the reading limits (pages, inflated size, time, memory). Nothing is stored.'),
        ...WRITE_REFUSALS,
        '503': FAILURES['503'],
      },
    },
  },
  '/api/documents/{id}': {
    ...get('A document as the reader shows it: its text, with the offsets of its sentences, mentions and claims.', [pathId('Document id.')], json(ref('DocumentText'), 'The document.'), NOT_FOUND),
    delete: {
      summary: 'Delete a document, its claims and the entities only it mentions; an audit event records who removed what (it cannot be undone).',
      parameters: [pathId('Document id.')],
      responses: {
        '200': json({ type: 'object', properties: { documentId: { type: 'string' }, deleted: { const: true }, eventId: { type: 'string' } } }, 'Deleted.'),
        ...NOT_FOUND,
        ...WRITE_REFUSALS,
        ...FAILURES,
      },
    },
  },
  '/api/documents/{id}/reingest': {
    post: {
      summary: 'Extract a document again from its stored text, with the current extractor (Prefer: respond-async for a job).',
      parameters: [pathId('Document id.')],
      responses: { '200': json(ref('IngestResult'), 'Replaced.'), '202': json(ref('JobAccepted'), 'Accepted; follow the job.'), ...NOT_FOUND, ...WRITE_REFUSALS, ...FAILURES },
    },
  },
  '/api/jobs/{id}': get('Where an upload job stands: queued, reading, extracting (percent of sentences), writing, done (with what changed) or failed (with the error).', [pathId('Job id.')], json(ref('JobStatus'), 'The job.'), { '404': error('No job has this id, or it finished long ago.') }),
  '/api/cypher': {
    post: {
      summary: 'Run your own read-only Cypher (READ transaction, timeout, row limit).',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['query'], properties: { query: { type: 'string' }, params: { type: 'object' }, maxRows: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 } } },
          },
        },
      },
      responses: {
        '200': json(ref('CypherResult'), 'Rows; truncated when the row limit was reached.'),
        '400': error('Malformed JSON or Cypher (MALFORMED_JSON, INVALID_QUERY), or a write or schema change (FORBIDDEN_QUERY).'),
        '408': error('The query ran past the timeout (QUERY_TIMEOUT).'),
        '413': error('The body is larger than the limit.'),
        '503': FAILURES['503'],
      },
    },
  },
  '/api/cypher/schema': get(
    'The labels, relationship types and property names of the live graph, for writing Cypher (account records left out).',
    [],
    json(ref('GraphSchema'), 'The schema.'),
  ),
  '/api/export': get(
    'The graph or a time window as a file: JSON, GraphML, dynamic GEXF 1.3 (Gephi) or CSV (one row per claim).',
    [query('format', 'File format.', { enum: [...EXPORT_FORMATS], default: 'json' }), ...FILTER_PARAMETERS],
    {
      description: 'A download (Content-Disposition: attachment).',
      content: Object.fromEntries(Object.values(EXPORTERS).map((exporter) => [exporter.contentType.split(';')[0], { schema: { type: 'string' } }])),
    },
  ),
};

/** Every path once, its methods gathered from the parts that describe them (reads and curation share /api/entities/{id}). */
function mergePaths(...parts: Record<string, Schema>[]): Record<string, Schema> {
  const merged: Record<string, Schema> = {};
  for (const part of parts) for (const [path, methods] of Object.entries(part)) merged[path] = { ...merged[path], ...methods };
  return merged;
}

const PATHS = mergePaths(READ_AND_DOCUMENT_PATHS, ACCOUNT_PATHS, CURATION_PATHS);

const GRAPH_NODE = {
  type: 'object',
  required: ['id', 'name', 'type', 'aliases', 'mentionCount'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, type: { enum: [...ENTITY_TYPES] }, aliases: { type: 'array', items: { type: 'string' } }, mentionCount: { type: 'integer' } },
};

const CLAIM_FIELDS = {
  type: { enum: [...RELATION_TYPES] },
  date: { ...nullable('string'), description: "In the text's own calendar." },
  dateBasis: { enum: ['sentence', 'nearby', 'section', null], description: 'Where the date came from: stated in the sentence, nearby text, or the chapter.' },
  datePrecision: { enum: ['day', 'month', 'year', null] },
  dateGregorian: nullable('string'),
  line: { type: 'integer' },
  evidence: { type: 'string', description: 'The sentence stating the claim, verbatim.' },
  documentId: { type: 'string' },
};

const SCHEMAS: Record<string, Schema> = {
  Error: { type: 'object', properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } } } } },
  HealthStatus: { type: 'object', properties: { ok: { type: 'boolean' }, neo4j: { enum: ['up', 'down'] }, version: { type: 'string' } } },
  GraphNode: GRAPH_NODE,
  EntitySummary: { allOf: [ref('GraphNode'), { type: 'object', properties: { score: { type: 'number' } } }] },
  GraphEdge: {
    type: 'object',
    properties: { id: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, ...CLAIM_FIELDS, calendar: { enum: ['julian', 'gregorian', null] }, sentenceId: { type: 'string' }, confidence: { type: 'number' }, status: { enum: ['machine', 'accepted', 'rejected'] }, reviewedBy: nullable('string') },
  },
  GraphView: { type: 'object', properties: { nodes: { type: 'array', items: ref('GraphNode') }, edges: { type: 'array', items: ref('GraphEdge') } } },
  GraphTotals: { type: 'object', properties: { entities: { type: 'integer' }, claims: { type: 'integer' } } },
  PairEdge: {
    type: 'object',
    properties: {
      id: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, type: { enum: [...RELATION_TYPES] },
      claims: { type: 'integer' }, undated: { type: 'integer' }, firstDay: nullable('integer'), lastDay: nullable('integer'),
      documentIds: { type: 'array', items: { type: 'string' } }, confidence: { type: 'number' }, status: { enum: ['machine', 'accepted', 'rejected'] },
    },
  },
  GraphSelection: {
    type: 'object',
    properties: {
      nodes: { type: 'array', items: ref('GraphNode') }, edges: { type: 'array', items: ref('PairEdge') }, totals: ref('GraphTotals'),
      shown: { type: 'object', properties: { entities: { type: 'integer' }, edges: { type: 'integer' }, claims: { type: 'integer' } } },
      pairs: { type: 'integer' }, limit: { type: 'integer' }, edgeLimit: { type: 'integer' },
      claimDays: { type: 'array', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 }, description: '[Julian Day Number, claims starting that day], in day order.' },
    },
  },
  PairClaims: {
    type: 'object',
    properties: {
      source: { type: 'string' }, target: { type: 'string' }, type: { enum: [...RELATION_TYPES] }, total: { type: 'integer' },
      offset: { type: 'integer' }, limit: { type: 'integer' }, claims: { type: 'array', items: ref('GraphEdge') },
    },
  },
  GraphExpansion: {
    type: 'object',
    properties: { centre: { type: 'string' }, nodes: { type: 'array', items: ref('GraphNode') }, edges: { type: 'array', items: ref('PairEdge') }, totals: ref('GraphTotals') },
  },
  EntityDetail: {
    allOf: [
      ref('GraphNode'),
      {
        type: 'object',
        properties: {
          mentions: { type: 'array', items: { type: 'object', properties: { documentId: { type: 'string' }, line: { type: 'integer' }, text: { type: 'string' } } } },
          sentences: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, documentId: { type: 'string' }, line: { type: 'integer' }, text: { type: 'string' } } } },
          sentenceCount: { type: 'integer', description: 'How many sentences name the entity in all.' },
          documents: { type: 'array', items: { type: 'string' } },
          claims: { type: 'array', items: ref('AllegianceClaim') },
        },
      },
    ],
  },
  AllegianceClaim: { type: 'object', properties: { edgeId: { type: 'string' }, direction: { enum: ['out', 'in'] }, counterpart: ref('GraphNode'), ...CLAIM_FIELDS, confidence: { type: 'number' } } },
  PathResult: { type: 'object', properties: { paths: { type: 'array', items: { type: 'object', properties: { nodes: { type: 'array', items: ref('GraphNode') }, edges: { type: 'array', items: ref('GraphEdge') } } } } } },
  DocumentSummary: {
    type: 'object',
    properties: Object.fromEntries(
      [['id', 'string'], ['title', 'string'], ['language', 'string'], ['sha256', 'string'], ['ingestedAt', 'string'], ['ingestedBy', ['string', 'null']], ['sentenceCount', 'integer'], ['claimCount', 'integer'], ['entityCount', 'integer'], ['wordCount', 'integer']].map(([name, type]) => [name, { type }]),
    ),
  },
  IngestResult: {
    type: 'object',
    properties: { documentId: { type: 'string' }, status: { enum: ['created', 'unchanged', 'replaced'] }, entities: { type: 'integer' }, relations: { type: 'integer' }, sentences: { type: 'integer' }, newEntities: { type: 'integer' }, mergedEntities: { type: 'integer' },
      decisionsKept: { type: 'integer', description: 'On replace: reviews and hand-added claims carried over.' },
      decisionsLost: { type: 'array', description: 'On replace: decisions the new version no longer supports.', items: { type: 'object' } },
    },
  },
  JobStatus: {
    type: 'object',
    properties: {
      id: { type: 'string' }, state: { enum: ['queued', 'reading', 'extracting', 'writing', 'done', 'failed'] }, percent: nullable('integer'), title: { type: 'string' }, documentId: { type: 'string' },
      createdAt: { type: 'string' }, updatedAt: { type: 'string' }, result: ref('IngestResult'), error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, status: { type: 'integer' } } },
    },
  },
  JobAccepted: { type: 'object', properties: { job: ref('JobStatus'), location: { type: 'string' } } },
  DocumentText: {
    type: 'object',
    properties: {
      id: { type: 'string' }, title: { type: 'string' }, language: { type: 'string' }, ingestedAt: { type: 'string' }, wordCount: nullable('integer'), text: { type: 'string' },
      headings: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } },
      sentences: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, index: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, line: { type: 'integer' }, dateGregorian: { type: 'string' } } } },
      mentions: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, entityId: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } } } },
      claims: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, sentenceId: { type: 'string' }, sentence: { type: 'integer' }, date: nullable('string'), dateGregorian: nullable('string') } } },
    },
  },
  GraphSchema: {
    type: 'object',
    properties: Object.fromEntries(['labels', 'relationshipTypes'].map((key) => [key, {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, properties: { type: 'array', items: { type: 'string' } } } },
    }])),
  },
  CypherResult: {
    type: 'object',
    properties: { columns: { type: 'array', items: { type: 'string' } }, rows: { type: 'array', items: { type: 'object' } }, truncated: { type: 'boolean' }, elapsedMs: { type: 'integer' } },
  },
};

/** The OpenAPI document, built once. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Allegiance API',
    version: '0.1.0',
    description:
      'Who opposed, joined, arrested, supported or led whom, when, and on what evidence. Every response is JSON; errors are {"error":{"code","message"}}. ' +
      'Writes need a signed-in editor (user admin: an admin) unless AUTH is off: a session cookie from POST /api/session (then the Origin must be this site) or "Authorization: Bearer TOKEN".',
  },
  paths: PATHS,
  components: { schemas: { ...SCHEMAS, ...ACCOUNT_SCHEMAS, ...CURATION_SCHEMAS } },
} as const;

/** One method of one path, as the docs page lists them. */
export interface DescribedOperation {
  method: string;
  path: string;
  summary: string;
  parameters: Parameter[];
  responses: Record<string, { description: string }>;
}

/**
 * Every operation in document order, for the docs page and the drift test.
 * @example describedOperations()[0] // { method: 'GET', path: '/api/health', summary: 'Is the server up ...', ... }
 */
export function describedOperations(): DescribedOperation[] {
  return Object.entries(PATHS).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const op = operation as { summary: string; parameters?: Parameter[]; responses: Record<string, { description: string }> };
      return { method: method.toUpperCase(), path, summary: op.summary, parameters: op.parameters ?? [], responses: op.responses };
    }),
  );
}
