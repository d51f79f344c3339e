/**
 * Small builders for the OpenAPI description (server/openapi.ts and its parts in server/openapi/),
 * so each path reads as one line of what it takes and answers.
 */
export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description: string;
  schema: Schema;
}

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: Schema, description: string): Schema => ({ description, content: { 'application/json': { schema } } });
export const error = (description: string): Schema => json(ref('Error'), description);
export const query = (name: string, description: string, schema: Schema, required = false): Parameter => ({ name, in: 'query', required, description, schema });
export const pathParam = (name: string, description: string): Parameter => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
export const pathId = (description: string): Parameter => pathParam('id', description);
export const nullable = (type: string): Schema => ({ type: [type, 'null'] });
export const jsonBody = (schema: Schema): Schema => ({ required: true, content: { 'application/json': { schema } } });
export const arrayOf = (schema: Schema): Schema => ({ type: 'array', items: schema });
export const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({ type: 'object', required, properties });

export const FAILURES = {
  '400': error('A parameter is missing or malformed (code INVALID_INPUT).'),
  '503': error('Neo4j cannot be reached (code GRAPH_UNAVAILABLE).'),
};

/** What every write may answer besides its own results (server/auth/access-gate.ts). */
export const WRITE_REFUSALS = {
  '401': error('Not signed in, or an unknown or revoked API token (code UNAUTHENTICATED); with AUTH off, writes need no sign-in.'),
  '403': error('The role is too low, or a write made with the session cookie came from another Origin (code FORBIDDEN).'),
};
