/** Parameter parsing for the API: every malformed value is an InvalidInputError naming the parameter. */
import { InvalidInputError, PayloadTooLargeError } from '../../domain/errors';
import { toBodyError } from '../../server/validation/body-errors';
import { parseCypherBody } from '../../server/validation/cypher-body';
import { parseGraphFilter } from '../../server/validation/graph-filter';
import { pathId } from '../../server/validation/path-params';
import { assertKnownParams, optionalInt, optionalList } from '../../server/validation/query-params';
import { ENTITY_TYPES } from '../../domain/types';

describe('parseGraphFilter', () => {
  test.each([
    [{}, {}],
    [{ from: '1917-10', to: '1917-11-07' }, { from: '1917-10', to: '1917-11-07' }],
    [{ from: '1917-10-05', to: '1917-10' }, { from: '1917-10-05', to: '1917-10' }],
    [{ calendar: 'gregorian', from: '1917-11' }, { calendar: 'gregorian', from: '1917-11' }],
    [{ relationTypes: 'ARRESTED, JOINED,ARRESTED' }, { relationTypes: ['ARRESTED', 'JOINED'] }],
    [{ entityTypes: 'Person,Regiment', minMentions: '3' }, { entityTypes: ['Person', 'Regiment'], minMentions: 3 }],
    [{ from: '' }, {}],
  ])('%j → %j', (query, expected) => {
    expect(parseGraphFilter(query)).toEqual(expected);
  });

  test.each([
    [{ from: '1917-13' }, /"from" must be an ISO date/],
    [{ to: 'oktober' }, /"to" must be an ISO date/],
    [{ from: '1917-11', to: '1917-10-31' }, /"from" \(1917-11\) is after "to"/],
    [{ calendar: 'julian' }, /"calendar" must be one of text, gregorian/],
    [{ relationTypes: 'KILLED' }, /unknown value KILLED/],
    [{ entityTypes: 'person' }, /unknown value person/],
    [{ minMentions: '-1' }, /"minMentions" must be an integer/],
    [{ minMentions: '2.5' }, /"minMentions" must be an integer/],
    [{ from: ['1917-10', '1917-11'] }, /must be given once/],
  ])('%j is refused', (query, message) => {
    expect(() => parseGraphFilter(query)).toThrow(InvalidInputError);
    expect(() => parseGraphFilter(query)).toThrow(message);
  });
});

describe('query parameters', () => {
  test.each([
    ['1', 1],
    ['3', 3],
    [undefined, undefined],
  ])('depth %s → %s', (depth, expected) => {
    expect(optionalInt({ depth }, 'depth', { min: 1, max: 3 })).toBe(expected);
  });

  test.each(['0', '4', 'two', '1e1', '0x2', ' 2'])('depth "%s" is refused', (depth) => {
    expect(() => optionalInt({ depth }, 'depth', { min: 1, max: 3 })).toThrow(InvalidInputError);
  });

  test('lists keep the allowed order of first appearance and drop empties', () => {
    expect(optionalList({ type: 'Party,,Person,' }, 'type', ENTITY_TYPES)).toEqual(['Party', 'Person']);
  });

  test('unknown parameter names are refused with the allowed ones listed', () => {
    expect(() => assertKnownParams({ q: 'Lenin', lmit: '5' }, ['q', 'limit'])).toThrow('Unknown parameter "lmit"; allowed: q, limit');
    expect(() => assertKnownParams({ q: 'Lenin' }, ['q', 'limit'])).not.toThrow();
  });

  test.each([['', false], ['kerenski', true], ['x'.repeat(257), false]])('path id of length %#', (id, ok) => {
    const read = () => pathId({ id }, 'id');
    if (ok) expect(read()).toBe(id);
    else expect(read).toThrow(InvalidInputError);
  });
});

describe('parseCypherBody', () => {
  test.each([
    [{ query: 'RETURN 1' }, { query: 'RETURN 1', params: {} }],
    [{ query: 'RETURN $x', params: { x: 1 }, maxRows: 5 }, { query: 'RETURN $x', params: { x: 1 }, maxRows: 5 }],
  ])('%j is accepted', (body, expected) => {
    expect(parseCypherBody(body)).toEqual(expected);
  });

  test.each([
    [undefined, /Send a JSON object/],
    [[], /Send a JSON object/],
    ['RETURN 1', /Send a JSON object/],
    [{}, /"query" must be a non-empty string/],
    [{ query: '   ' }, /"query" must be a non-empty string/],
    [{ query: 42 }, /"query" must be a non-empty string/],
    [{ query: 'RETURN 1', params: [1] }, /"params" must be a JSON object/],
    [{ query: 'RETURN 1', maxRows: 0 }, /"maxRows" must be an integer/],
    [{ query: 'RETURN 1', maxRows: 1e9 }, /"maxRows" must be an integer/],
    [{ query: 'RETURN 1', cypher: 'x' }, /Unknown parameter "cypher"/],
    [{ query: 'x'.repeat(20_001) }, /longer than/],
  ])('%j is refused', (body, message) => {
    expect(() => parseCypherBody(body)).toThrow(message);
  });
});

describe('toBodyError', () => {
  const parserError = (type: string, message: string): Error => Object.assign(new Error(message), { type, limit: 10, length: 20 });

  test.each([
    ['malformed JSON', parserError('entity.parse.failed', 'Unexpected token'), InvalidInputError, 'MALFORMED_JSON'],
    ['too large', parserError('entity.too.large', 'too large'), PayloadTooLargeError, 'PAYLOAD_TOO_LARGE'],
    ['bad charset', parserError('charset.unsupported', 'unsupported charset "KOI8-R"'), InvalidInputError, 'INVALID_INPUT'],
    ['broken multipart', new Error('Unexpected end of form'), InvalidInputError, 'INVALID_INPUT'],
  ])('%s', (_name, error, errorClass, code) => {
    const translated = toBodyError(error);
    expect(translated).toBeInstanceOf(errorClass);
    expect((translated as InvalidInputError).code).toBe(code);
  });

  test('other errors pass through unchanged', () => {
    const error = new Error('database exploded');
    expect(toBodyError(error)).toBe(error);
  });
});
