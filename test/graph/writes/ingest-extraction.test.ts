import { InvalidInputError } from '../../../domain/errors';
import type { Graph } from '../../../graph/driver/connection';
import { deleteDocument } from '../../../graph/writes/delete-document';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { entityDetail } from '../../../graph/queries/entity-detail';
import { ENGLISH, SWEDISH, SWEDISH_REVISED, SWEDISH_WITH_SENTENCES } from '../fixtures/extractions';
import { useTestGraph, graphCounts } from '../fixtures/test-graph';

const SV_META = { id: 'oktober', title: 'Från oktober', sha256: 'a'.repeat(64) };
const EN_META = { id: 'kerensky-memoir', title: 'Memoir', sha256: 'b'.repeat(64) };

const testGraph = useTestGraph({ emptyBeforeEach: true });
let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
});

describe('ingestExtraction', () => {
  test('writes every entity, sentence and claim with its provenance', async () => {
    const result = await ingestExtraction(graph, SWEDISH, SV_META);
    expect(result).toEqual({ documentId: 'oktober', status: 'created', entities: 8, relations: 6, sentences: 6, newEntities: 8, mergedEntities: 0 });
    expect(await graphCounts(graph)).toEqual({
      entities: 8, documents: 1, sentences: 6, mentions: 13, mentionLinks: 8, hasSentence: 6, claims: 6,
    });
    const orphans = await graph.read(`
      MATCH (:Entity)-[r]->(:Entity)
      WHERE NOT EXISTS { (d:Document {id: r.documentId})-[:HAS_SENTENCE]->(s:Sentence {id: r.sentenceId}) WHERE s.text = r.evidence }
      RETURN count(r) AS n`);
    expect(orphans).toEqual([{ n: 0 }]);
  });

  test('stores labels, dates and aggregates on the nodes', async () => {
    await ingestExtraction(graph, SWEDISH, SV_META);
    const rows = await graph.read(`
      MATCH (e:Entity:Person {id: 'kerenski'})-[r:OPPOSED]->()
      RETURN e.name AS name, e.aliases AS aliases, e.mentionCount AS mentionCount, r.date AS date,
             r.dateGregorian AS dateGregorian, r.calendar AS calendar, r.line AS line, r.documentId AS documentId`);
    expect(rows).toEqual([
      { name: 'Kerenski', aliases: ['Kerenskis'], mentionCount: 3, date: '1917-10-24', dateGregorian: '1917-11-06', calendar: 'julian', line: 5, documentId: 'oktober' },
    ]);
  });

  test('the same sha256 again changes nothing', async () => {
    await ingestExtraction(graph, SWEDISH, SV_META);
    const before = await graphCounts(graph);
    const again = await ingestExtraction(graph, SWEDISH, SV_META);
    expect(again).toEqual({ documentId: 'oktober', status: 'unchanged', entities: 8, relations: 6, sentences: 6 });
    expect(await graphCounts(graph)).toEqual(before);
  });

  test('a second document merges Kerensky into Kerenski and keeps each claim’s provenance', async () => {
    await ingestExtraction(graph, SWEDISH, SV_META);
    await ingestExtraction(graph, ENGLISH, EN_META);
    const rows = await graph.read(`
      MATCH (e:Entity {id: 'kerenski'})-[r]-()
      RETURN e.mentionCount AS mentionCount, e.aliases AS aliases, collect(DISTINCT r.documentId) AS documents`);
    expect(rows[0].mentionCount).toBe(5);
    expect(rows[0].aliases).toEqual(['Kerenskis', 'Kerensky', "Kerensky's"]);
    expect((rows[0].documents as string[]).sort()).toEqual(['kerensky-memoir', 'oktober']);
    expect(await graph.read("MATCH (e:Entity {id: 'kerensky'}) RETURN e")).toEqual([]);
    expect((await graphCounts(graph)).entities).toBe(8 + 2);
  });

  test('a changed version replaces the document’s claims and drops what only it mentioned', async () => {
    await ingestExtraction(graph, SWEDISH, SV_META);
    await ingestExtraction(graph, ENGLISH, EN_META);
    const result = await ingestExtraction(graph, SWEDISH_REVISED, { ...SV_META, sha256: 'c'.repeat(64) });
    expect(result.status).toBe('replaced');
    const claims = await graph.read(`
      MATCH (a)-[r]->(b) WHERE r.documentId = 'oktober' RETURN a.id + ' ' + type(r) + ' ' + b.id AS claim ORDER BY claim`);
    expect(claims.map((row) => row.claim)).toEqual([
      'kerenski OPPOSED militarrevolutionara_kommitten',
      'militarrevolutionara_kommitten ARRESTED ministrarna',
      'petrograds_garnison JOINED militarrevolutionara_kommitten',
      'petrograds_garnison SUPPORTED provisoriska_regeringen',
      'provisoriska_regeringen OPPOSED militarrevolutionara_kommitten',
    ]);
    const gone = await graph.read("MATCH (e:Entity) WHERE e.id IN ['lenin', 'smolnyj', 'bolsjevikerna'] RETURN e.id AS id");
    expect(gone).toEqual([]);
    const [kerenski] = await graph.read("MATCH (e:Entity {id: 'kerenski'}) RETURN e.mentionCount AS n");
    expect(kerenski.n).toBe(2 + 2);
    expect((await graphCounts(graph)).sentences).toBe(5 + 2);
  });

  test('a failure in the middle of an ingest leaves nothing of it', async () => {
    await ingestExtraction(graph, ENGLISH, EN_META);
    const before = await graphCounts(graph);
    // A stray sentence holding an id the ingest will create makes its sentence batch violate the uniqueness constraint,
    // after the document, entities and mention links have been written in earlier batches.
    await graph.write("CREATE (:Sentence {id: 'oktober:s3', documentId: 'elsewhere', line: 0, text: ''})");
    await expect(ingestExtraction(graph, SWEDISH, SV_META, { batchSize: 2 })).rejects.toThrow(/already exists|constraint/i);
    expect(await graphCounts(graph)).toEqual({ ...before, sentences: before.sentences + 1 });
    expect(await graph.read("MATCH (d:Document {id: 'oktober'}) RETURN d")).toEqual([]);
  });

  test('an extraction whose relation names an unknown entity is refused before any write', async () => {
    const broken = { ...SWEDISH, relations: [{ ...SWEDISH.relations[0], target: 'nobody' }] };
    await expect(ingestExtraction(graph, broken, SV_META)).rejects.toThrow(InvalidInputError);
    expect((await graphCounts(graph)).documents).toBe(0);
  });
});

describe('every sentence that mentions an entity is a Sentence node', () => {
  beforeEach(async () => {
    await ingestExtraction(graph, SWEDISH_WITH_SENTENCES, SV_META);
  });

  test('the sentence without a claim is stored and linked to what it mentions', async () => {
    const rows = await graph.read(`
      MATCH (:Document {id: 'oktober'})-[:HAS_SENTENCE]->(s:Sentence {id: 'oktober:s7'})-[:MENTIONS]->(e:Entity)
      RETURN s.line AS line, s.text AS text, collect(e.id) AS entities`);
    expect(rows.map((row) => ({ ...row, entities: (row.entities as string[]).sort() }))).toEqual([
      { line: 13, text: 'Kerenski talade i Smolnyj.', entities: ['kerenski', 'smolnyj'] },
    ]);
  });

  test.each([
    ['sentences', 7],
    ['hasSentence', 7],
    ['claims', 6],
  ])('%s: %i', async (kind, expected) => {
    expect((await graphCounts(graph))[kind]).toBe(expected);
  });

  test('every claim points to a Sentence node of its document holding its evidence', async () => {
    const orphans = await graph.read(`
      MATCH (:Entity)-[r]->(:Entity)
      WHERE NOT EXISTS { (:Document {id: r.documentId})-[:HAS_SENTENCE]->(s:Sentence {id: r.sentenceId}) WHERE s.text = r.evidence }
      RETURN count(r) AS n`);
    expect(orphans).toEqual([{ n: 0 }]);
  });

  test('entity detail returns the sentences, with or without a claim', async () => {
    const detail = await entityDetail(graph, 'smolnyj');
    expect(detail.sentences).toEqual([{ id: 'oktober:s7', documentId: 'oktober', line: 13, text: 'Kerenski talade i Smolnyj.' }]);
    const kerenski = await entityDetail(graph, 'kerenski');
    expect(kerenski.sentences.map((s) => s.id)).toEqual(['oktober:s2', 'oktober:s3', 'oktober:s5', 'oktober:s7']);
  });

  test('ingesting the same document again changes nothing', async () => {
    const before = await graphCounts(graph);
    const again = await ingestExtraction(graph, SWEDISH_WITH_SENTENCES, SV_META);
    expect([again.status, again.sentences]).toEqual(['unchanged', 7]);
    expect(await graphCounts(graph)).toEqual(before);
  });

  test('a new version replaces the sentences', async () => {
    const revised = { ...SWEDISH_WITH_SENTENCES, sentences: SWEDISH_WITH_SENTENCES.sentences?.filter((s) => s.index !== 7) };
    const result = await ingestExtraction(graph, revised, { ...SV_META, sha256: 'c'.repeat(64) });
    expect([result.status, result.sentences]).toEqual(['replaced', 6]);
    expect((await entityDetail(graph, 'smolnyj')).sentences).toEqual([]);
  });

  test('deleting the document removes its sentences and leaves the other document’s', async () => {
    await ingestExtraction(graph, ENGLISH, EN_META);
    await deleteDocument(graph, 'oktober', 'anna');
    const rows = await graph.read('MATCH (s:Sentence) RETURN s.documentId AS documentId, count(*) AS n');
    expect(rows).toEqual([{ documentId: 'kerensky-memoir', n: 2 }]);
  });
});
