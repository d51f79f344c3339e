import { InvalidInputError, NotFoundError } from '../../../domain/errors';
import type { Graph } from '../../../graph/driver/connection';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { allegianceHistory, entityClaims } from '../../../graph/queries/allegiance';
import { findDocument, listDocuments } from '../../../graph/queries/documents';
import { entityDetail } from '../../../graph/queries/entity-detail';
import { egoNetwork } from '../../../graph/queries/neighbors';
import { shortestPaths } from '../../../graph/queries/paths';
import { searchEntities } from '../../../graph/queries/search';
import { graphInWindow } from '../../../graph/queries/time-window';
import { ENGLISH, SWEDISH } from '../fixtures/extractions';
import { clearGraph, useTestGraph } from '../fixtures/test-graph';

const testGraph = useTestGraph();
let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await clearGraph(graph);
  await ingestExtraction(graph, SWEDISH, { id: 'oktober', title: 'Från oktober', sha256: 'a'.repeat(64), ingestedAt: '2026-01-01T00:00:00.000Z' });
  await ingestExtraction(graph, ENGLISH, { id: 'memoir', title: 'Memoir', sha256: 'b'.repeat(64), ingestedAt: '2026-01-02T00:00:00.000Z' });
});

const claimsOf = (edges: { source: string; type: string; target: string }[]): string[] =>
  edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`);

describe('graphInWindow', () => {
  test.each([
    ['everything, in date order, undated last', {}, [
      'kornilov OPPOSED kerenski', 'kerenski OPPOSED bolsheviks', 'petrograds_garnison SUPPORTED provisoriska_regeringen',
      'petrograds_garnison JOINED militarrevolutionara_kommitten', 'kerenski OPPOSED militarrevolutionara_kommitten',
      'militarrevolutionara_kommitten ARRESTED ministrarna', 'lenin LED bolsjevikerna', 'kerenski NEGOTIATED_WITH lenin',
    ]],
    ['a day window in the text calendar, month-precision claims overlapping it', { from: '1917-10-24', to: '1917-10-25' }, [
      'kerenski OPPOSED bolsheviks', 'petrograds_garnison SUPPORTED provisoriska_regeringen',
      'kerenski OPPOSED militarrevolutionara_kommitten', 'militarrevolutionara_kommitten ARRESTED ministrarna',
    ]],
    ['the same days in the Gregorian calendar', { from: '1917-11-06', to: '1917-11-07', calendar: 'gregorian' as const }, [
      'kerenski OPPOSED militarrevolutionara_kommitten', 'militarrevolutionara_kommitten ARRESTED ministrarna',
    ]],
    ['relation types', { relationTypes: ['ARRESTED' as const, 'LED' as const] }, ['militarrevolutionara_kommitten ARRESTED ministrarna', 'lenin LED bolsjevikerna']],
    ['entity types at both ends', { entityTypes: ['Person' as const] }, ['kornilov OPPOSED kerenski', 'kerenski NEGOTIATED_WITH lenin']],
    ['minimum mentions at both ends', { minMentions: 3 }, ['kerenski OPPOSED militarrevolutionara_kommitten']],
    ['one document', { documentId: 'memoir' }, ['kornilov OPPOSED kerenski', 'kerenski OPPOSED bolsheviks']],
    ['a window before any claim', { from: '1800', to: '1800' }, []],
  ])('%s', async (_label, filter, expected) => {
    const view = await graphInWindow(graph, filter);
    expect(claimsOf(view.edges)).toEqual(expected);
    const ends = new Set(view.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(view.nodes.map((node) => node.id)).toEqual([...ends].sort());
  });

  test('includeIsolated adds entities without claims in scope', async () => {
    const view = await graphInWindow(graph, { documentId: 'memoir', relationTypes: ['LED'] }, { includeIsolated: true });
    expect(view.nodes.map((node) => node.id)).toEqual(['bolsheviks', 'kerenski', 'kornilov']);
    expect(view.edges).toEqual([]);
  });

  test.each([[{ from: 'oktober' }], [{ relationTypes: ['LOVED' as 'LED'] }], [{ minMentions: -1 }]])('refuses %j', async (filter) => {
    await expect(graphInWindow(graph, filter)).rejects.toThrow(InvalidInputError);
  });

  test('an edge carries its full provenance', async () => {
    const view = await graphInWindow(graph, { relationTypes: ['ARRESTED'] });
    expect(view.edges).toEqual([{
      id: 'oktober:s3:militarrevolutionara_kommitten:ARRESTED:ministrarna', source: 'militarrevolutionara_kommitten',
      target: 'ministrarna', type: 'ARRESTED', date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian', dateBasis: null, datePrecision: 'day', line: 7,
      evidence: 'Den 25 oktober arresterade kommittén Kerenskis ministrar.', sentenceId: 'oktober:s3', documentId: 'oktober', confidence: 0.9,
      attributedTo: null, status: 'machine', reviewedBy: null,
    }]);
  });
});

describe('entityDetail', () => {
  test('aliases, mentions, sentences and documents across both texts', async () => {
    const detail = await entityDetail(graph, 'kerenski');
    expect(detail).toMatchObject({ id: 'kerenski', name: 'Kerenski', type: 'Person', mentionCount: 5, documents: ['memoir', 'oktober'] });
    expect(detail.aliases).toEqual(['Kerenskis', 'Kerensky', "Kerensky's"]);
    expect(detail.mentions).toContainEqual({ documentId: 'memoir', line: 4, text: 'Kerensky' });
    expect(detail.mentions).toHaveLength(5);
    expect(detail.sentences.map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4', 'oktober:5', 'oktober:7', 'oktober:11']);
  });

  test('an unknown id is NotFoundError', async () => {
    await expect(entityDetail(graph, 'rasputin')).rejects.toThrow(NotFoundError);
  });

  test('the sentence limit keeps the first sentences in document and line order', async () => {
    const detail = await entityDetail(graph, 'kerenski', { limit: 2 });
    expect(detail.sentences.map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4']);
    expect(detail.mentions).toHaveLength(5);
  });
});

describe('allegianceHistory', () => {
  test('the garrison moves from the Provisional Government to the committee', async () => {
    const history = await allegianceHistory(graph, 'petrograds_garnison');
    expect(history.map((c) => [c.type, c.direction, c.counterpart.id, c.date])).toEqual([
      ['SUPPORTED', 'out', 'provisoriska_regeringen', '1917-10'],
      ['JOINED', 'out', 'militarrevolutionara_kommitten', '1917-10-21'],
    ]);
    expect(history[1].evidence).toMatch(/anslöt sig/);
  });

  test('claims both ways, other relation types left out', async () => {
    const history = await allegianceHistory(graph, 'kerenski');
    expect(history.map((c) => [c.type, c.direction, c.counterpart.id, c.documentId])).toEqual([
      ['OPPOSED', 'in', 'kornilov', 'memoir'],
      ['OPPOSED', 'out', 'bolsheviks', 'memoir'],
      ['OPPOSED', 'out', 'militarrevolutionara_kommitten', 'oktober'],
    ]);
  });

  test('an unknown id is NotFoundError', async () => {
    await expect(allegianceHistory(graph, 'rasputin')).rejects.toThrow(NotFoundError);
  });

  test('an entity with only other kinds of claims has an empty history', async () => {
    expect(await allegianceHistory(graph, 'lenin')).toEqual([]);
  });
});

describe('egoNetwork', () => {
  test.each([
    [1, ['bolsheviks', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten']],
    [2, ['bolsheviks', 'bolsjevikerna', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten', 'ministrarna', 'petrograds_garnison']],
    [3, ['bolsheviks', 'bolsjevikerna', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten', 'ministrarna', 'petrograds_garnison', 'provisoriska_regeringen']],
  ])('depth %i around Kerenski', async (depth, expected) => {
    const view = await egoNetwork(graph, 'kerenski', depth);
    expect(view.nodes.map((node) => node.id)).toEqual(expected);
    for (const edge of view.edges) expect(expected).toEqual(expect.arrayContaining([edge.source, edge.target]));
  });

  test('a filter limits the walk', async () => {
    const view = await egoNetwork(graph, 'kerenski', 3, { relationTypes: ['OPPOSED'] });
    expect(view.nodes.map((node) => node.id)).toEqual(['bolsheviks', 'kerenski', 'kornilov', 'militarrevolutionara_kommitten']);
    expect(view.edges).toHaveLength(3);
  });

  test.each([[0], [4], [1.5]])('refuses depth %p', async (depth) => {
    await expect(egoNetwork(graph, 'kerenski', depth)).rejects.toThrow(InvalidInputError);
  });

  test('an unknown centre is NotFound', async () => {
    await expect(egoNetwork(graph, 'nobody', 2)).rejects.toThrow(NotFoundError);
  });

  test('a centre whose claims all fail the filter stands alone', async () => {
    const view = await egoNetwork(graph, 'kerenski', 2, { relationTypes: ['ARRESTED'] });
    expect(view).toEqual({ nodes: [expect.objectContaining({ id: 'kerenski' })], edges: [] });
  });
});

describe('shortestPaths', () => {
  test('Kornilov to the arrested ministers through Kerenski and the committee', async () => {
    const result = await shortestPaths(graph, 'kornilov', 'ministrarna');
    expect(result.paths.map((path) => path.nodes.map((node) => node.id))).toEqual([
      ['kornilov', 'kerenski', 'militarrevolutionara_kommitten', 'ministrarna'],
    ]);
    expect(result.paths[0].edges.map((edge) => edge.type)).toEqual(['OPPOSED', 'OPPOSED', 'ARRESTED']);
  });

  test.each([
    ['too short a maximum finds nothing', 'kornilov', 'ministrarna', 2, 0],
    ['unconnected entities', 'kornilov', 'smolnyj', 6, 0],
    ['an entity to itself', 'lenin', 'lenin', 6, 1],
  ])('%s', async (_label, from, to, maxLength, count) => {
    expect((await shortestPaths(graph, from, to, maxLength)).paths).toHaveLength(count);
  });

  test('errors', async () => {
    await expect(shortestPaths(graph, 'kornilov', 'rasputin')).rejects.toThrow(NotFoundError);
    await expect(shortestPaths(graph, 'kornilov', 'lenin', 7)).rejects.toThrow(InvalidInputError);
  });
});

describe('searchEntities', () => {
  test.each([
    ['Kerenskis', 'kerenski'],
    ['Kerensky', 'kerenski'],
    ['kerenskij', 'kerenski'],
    ['Keren', 'kerenski'],
    ['garnisonen', 'petrograds_garnison'],
    ['Korniloff', 'kornilov'],
    ['bolsjevikernas', 'bolsjevikerna'],
    ['militärrevolutionära', 'militarrevolutionara_kommitten'],
  ])('%s finds %s first', async (query, expected) => {
    const [first] = await searchEntities(graph, query);
    expect(first?.id).toBe(expected);
  });

  test('types and limit', async () => {
    expect((await searchEntities(graph, 'k', { types: ['Organization'] })).map((e) => e.id)).toEqual(['militarrevolutionara_kommitten']);
    expect(await searchEntities(graph, 'k', { limit: 1 })).toHaveLength(1);
  });

  test.each([[''], ['  ']])('refuses the query %j', async (query) => {
    await expect(searchEntities(graph, query)).rejects.toThrow(InvalidInputError);
  });
});

describe('documents', () => {
  test('listDocuments counts each document’s contribution', async () => {
    expect(await listDocuments(graph)).toEqual([
      { id: 'oktober', title: 'Från oktober', language: 'sv', sha256: 'a'.repeat(64), ingestedAt: '2026-01-01T00:00:00.000Z', sentenceCount: 6, claimCount: 6, entityCount: 8, wordCount: null },
      { id: 'memoir', title: 'Memoir', language: 'en', sha256: 'b'.repeat(64), ingestedAt: '2026-01-02T00:00:00.000Z', sentenceCount: 2, claimCount: 2, entityCount: 3, wordCount: null },
    ]);
  });

  test('findDocument', async () => {
    expect((await findDocument(graph, 'memoir'))?.claimCount).toBe(2);
    expect(await findDocument(graph, 'nothing')).toBeNull();
  });
});

describe('entity claims and sentence pages', () => {
  test('the detail carries every claim of the entity, all relation types, both directions', async () => {
    const detail = await entityDetail(graph, 'militarrevolutionara_kommitten');
    expect(detail.claims.map((c) => [c.type, c.direction, c.counterpart.id])).toEqual(
      (await entityClaims(graph, 'militarrevolutionara_kommitten')).map((c) => [c.type, c.direction, c.counterpart.id]),
    );
    expect(detail.claims.map((c) => c.type)).toContain('ARRESTED');
    expect(detail.claims.find((c) => c.type === 'ARRESTED')).toMatchObject({ direction: 'out', counterpart: { id: 'ministrarna' }, confidence: 0.9 });
  });

  test('entityClaims keeps the types asked for; the allegiance history is its four allegiance types', async () => {
    const all = await entityClaims(graph, 'kerenski');
    const history = await allegianceHistory(graph, 'kerenski');
    expect(history).toEqual(all.filter((c) => ['JOINED', 'SUPPORTED', 'OPPOSED', 'MEMBER_OF'].includes(c.type)));
    expect(await entityClaims(graph, 'kerenski', ['ARRESTED'])).toEqual(all.filter((c) => c.type === 'ARRESTED'));
  });

  test('sentences come in pages, with the total beside them', async () => {
    const first = await entityDetail(graph, 'kerenski', { offset: 0, limit: 2 });
    const second = await entityDetail(graph, 'kerenski', { offset: 2, limit: 2 });
    expect(first.sentenceCount).toBe(5);
    expect(second.sentenceCount).toBe(5);
    expect([...first.sentences, ...second.sentences].map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4', 'oktober:5', 'oktober:7']);
  });
});
