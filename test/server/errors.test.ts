/** The error middleware: each domain error code to its status and JSON body; no internals on a 500. */
import express from 'express';
import request from 'supertest';
import {
  AllegianceError,
  EnvironmentError,
  ForbiddenQueryError,
  GraphUnavailableError,
  HTTP_STATUS_BY_CODE,
  InvalidInputError,
  isServerErrorCode,
  NotFoundError,
  PayloadTooLargeError,
  QueryTimeoutError,
} from '../../domain/errors';
import { apiNotFound, errorHandler } from '../../server/errors';

function appThrowing(error: unknown, logged: unknown[] = []): express.Express {
  const app = express();
  app.get('/api/boom', () => {
    throw error;
  });
  app.use('/api', apiNotFound());
  app.use(errorHandler((unexpected) => logged.push(unexpected)));
  return app;
}

const cases: [error: Error, status: number, code: string][] = [
  [new InvalidInputError('empty file'), 400, 'INVALID_INPUT'],
  [new InvalidInputError('not JSON', { body: '{' }, 'MALFORMED_JSON'), 400, 'MALFORMED_JSON'],
  [new ForbiddenQueryError('CREATE is not allowed'), 400, 'FORBIDDEN_QUERY'],
  [new NotFoundError('No entity "x"'), 404, 'NOT_FOUND'],
  [new QueryTimeoutError('too slow'), 408, 'QUERY_TIMEOUT'],
  [new PayloadTooLargeError('too big'), 413, 'PAYLOAD_TOO_LARGE'],
  [new GraphUnavailableError('Neo4j is down'), 503, 'GRAPH_UNAVAILABLE'],
];

test.each(cases)('%p → %i %s', async (error, status, code) => {
  const response = await request(appThrowing(error)).get('/api/boom');
  expect(response.status).toBe(status);
  expect(response.body.error).toEqual(expect.objectContaining({ code, message: error.message }));
});

test('details travel with the error', async () => {
  const response = await request(appThrowing(new InvalidInputError('bad date', { date: '1917-13' }))).get('/api/boom');
  expect(response.body).toEqual({ error: { code: 'INVALID_INPUT', message: 'bad date', details: { date: '1917-13' } } });
});

describe('unexpected errors are a 500 that reveals nothing and is logged', () => {
  const unexpected: [label: string, error: unknown][] = [
    ['a plain Error', new Error('secret path /etc/neo4j')],
    ['an EnvironmentError (a 500 by its code)', new EnvironmentError('secret path /etc/neo4j')],
    // @ts-expect-error A code outside the closed list does not compile; should one arrive anyway, it is a 500.
    ['a custom code', new AllegianceError('SOMETHING', 'secret path /etc/neo4j')],
    ['a thrown string', 'secret path /etc/neo4j'],
  ];
  test.each(unexpected)('%s', async (_label, error) => {
    const logged: unknown[] = [];
    const response = await request(appThrowing(error, logged)).get('/api/boom');
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(response.body)).not.toContain('secret');
    expect(logged).toEqual([error]);
  });
});

test('an unknown API path is a JSON 404', async () => {
  const response = await request(appThrowing(new Error('unused'))).get('/api/nothing-here');
  expect(response.status).toBe(404);
  expect(response.body.error.code).toBe('NOT_FOUND');
});

test('every code has a 4xx or 5xx status', () => {
  for (const status of Object.values(HTTP_STATUS_BY_CODE)) expect(status >= 400 && status < 600).toBe(true);
  expect(isServerErrorCode('NOT_FOUND')).toBe(true);
  expect(isServerErrorCode('NOT_FOUN')).toBe(false);
  expect(isServerErrorCode('toString')).toBe(false);
});
