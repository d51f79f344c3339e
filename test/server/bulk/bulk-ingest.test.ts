/**
 * Bulk ingest against the real Neo4j and the real extractor in worker threads: a folder (recursively),
 * a bad file among good ones, a re-run that skips what is stored, a run stopped halfway and continued,
 * a run whose Neo4j goes away, and two runs at once into the same graph.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Graph } from '../../../graph/driver/connection';
import { startNeo4j } from '../../../graph/embedded/launcher';
import { applySchema } from '../../../graph/schema';
import { bulkIngest, type BulkOutcome } from '../../../server/bulk/bulk-ingest';
import { collectDocumentFiles } from '../../../server/bulk/document-files';
import { graphCounts, useTestGraph } from '../../graph/fixtures/test-graph';

const PASSAGES = path.join(__dirname, '..', '..', 'ingest', 'fixtures', 'generalisation');
const testGraph = useTestGraph({ emptyBeforeEach: true });
let dir: string;

/** `archive/` holds two passages at the top and two in `1865/`, plus `notes.json` (not a document format). */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'allegiance-bulk-'));
  const archive = path.join(dir, 'archive');
  await mkdir(path.join(archive, '1865'), { recursive: true });
  await cp(path.join(PASSAGES, 'en-paris-commune-1871.txt'), path.join(archive, 'commune.txt'));
  await cp(path.join(PASSAGES, 'sv-nf2-kriget-1808-09.txt'), path.join(archive, 'kriget.md'));
  await cp(path.join(PASSAGES, 'en-fenians-1865.txt'), path.join(archive, '1865', 'fenians.txt'));
  await cp(path.join(PASSAGES, 'sv-fryxell-tag-till-saxen.txt'), path.join(archive, '1865', 'saxen.txt'));
  await writeFile(path.join(archive, 'notes.json'), '{"not": "a document"}');
  const other = path.join(dir, 'other');
  await mkdir(other);
  await cp(path.join(PASSAGES, 'en-october-revolution.txt'), path.join(other, 'october.txt'));
  await cp(path.join(PASSAGES, 'sv-fryxell-taget-till-lutzen.txt'), path.join(other, 'lutzen.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const byStatus = (outcomes: BulkOutcome[]): Record<string, string[]> => {
  const groups: Record<string, string[]> = {};
  for (const outcome of outcomes) (groups[outcome.status] ??= []).push(outcome.documentId);
  for (const ids of Object.values(groups)) ids.sort();
  return groups;
};

const storedIds = async (graph: Graph): Promise<string[]> =>
  (await graph.read('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).map((row) => row.id as string);

describe('collectDocumentFiles', () => {
  test('a folder is searched recursively for document formats; ids follow the path from its parent', async () => {
    const { files, unreadable } = await collectDocumentFiles([path.join(dir, 'archive'), path.join(dir, 'missing')]);
    expect(files.map((file) => file.documentId)).toEqual(['archive-1865-fenians', 'archive-1865-saxen', 'archive-commune', 'archive-kriget']);
    expect(files.map((file) => file.title)).toEqual(['fenians', 'saxen', 'commune', 'kriget']);
    expect(unreadable).toEqual([{ path: path.join(dir, 'missing'), message: 'no such file or folder' }]);
  });

  test('a file named alone keeps the id of its file name', async () => {
    const { files } = await collectDocumentFiles([path.join(dir, 'other', 'october.txt')]);
    expect(files).toEqual([{ path: path.join(dir, 'other', 'october.txt'), documentId: 'october', title: 'october' }]);
  });
});

describe('bulkIngest', () => {
  test('a folder with a bad file: the others are stored whole, the bad one is reported, a re-run skips what is stored', async () => {
    const graph = testGraph();
    const bad = path.join(dir, 'bad');
    await mkdir(bad);
    await cp(path.join(PASSAGES, 'en-fenians-1865.txt'), path.join(bad, 'good.txt'));
    await writeFile(path.join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const { files } = await collectDocumentFiles([bad]);
    const done: string[] = [];
    const outcomes = await bulkIngest(graph, files, { jobs: 2, onDone: (outcome) => done.push(outcome.documentId) });
    expect(byStatus(outcomes)).toEqual({ created: ['bad-good'], failed: ['bad-binary'] });
    expect(done.sort()).toEqual(['bad-binary', 'bad-good']);
    const failed = outcomes.find((outcome) => outcome.status === 'failed');
    expect(failed?.error?.code).toBe('INVALID_INPUT');
    expect(failed?.error?.message).toMatch(/binary|text/i);
    expect(outcomes.find((outcome) => outcome.status === 'created')?.words).toBeGreaterThan(200);
    expect(await storedIds(graph)).toEqual(['bad-good']);

    const counts = await graphCounts(graph);
    const again = await bulkIngest(graph, files, { jobs: 2 });
    expect(byStatus(again)).toEqual({ unchanged: ['bad-good'], failed: ['bad-binary'] });
    expect(await graphCounts(graph)).toEqual(counts);
  });

  test('a run stopped after its first document leaves whole documents only; the next run continues', async () => {
    const graph = testGraph();
    const { files } = await collectDocumentFiles([path.join(dir, 'archive')]);
    const stop = new AbortController();
    const first = await bulkIngest(graph, files, { jobs: 1, signal: stop.signal, onStart: () => stop.abort() });
    const stored = first.filter((outcome) => outcome.status === 'created').map((outcome) => outcome.documentId);
    // Aborting in onStart of the first document: the runners already under way finish theirs (jobs + 1 of them).
    expect(stored.length).toBeGreaterThanOrEqual(1);
    expect(stored.length).toBeLessThanOrEqual(2);
    expect(first.filter((outcome) => outcome.status === 'not started').every((outcome) => /run again to continue/.test(outcome.error!.message))).toBe(true);
    expect(await storedIds(graph)).toEqual(stored.sort());
    for (const id of stored) {
      const [row] = await graph.read('MATCH (d:Document {id: $id}) RETURN COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences', { id });
      expect(row.sentences).toBeGreaterThan(0);
    }

    const second = await bulkIngest(graph, files, { jobs: 2 });
    expect(byStatus(second).unchanged).toEqual(stored.sort());
    expect(byStatus(second).created).toHaveLength(files.length - stored.length);
    expect(await storedIds(graph)).toEqual(files.map((file) => file.documentId).sort());
  });

  test('two runs at once into the same graph (two folders) both finish, and hold what two runs one after the other hold', async () => {
    const graph = testGraph();
    const archive = (await collectDocumentFiles([path.join(dir, 'archive')])).files;
    const other = (await collectDocumentFiles([path.join(dir, 'other')])).files;
    const otherGraph = await Graph.connect({ uri: graph.uri });
    try {
      const [a, b] = await Promise.all([bulkIngest(graph, archive, { jobs: 1 }), bulkIngest(otherGraph, other, { jobs: 1 })]);
      expect([...a, ...b].every((outcome) => outcome.status === 'created')).toBe(true);
    } finally {
      await otherGraph.close();
    }
    const together = await graphCounts(graph);
    await graph.write('MATCH (n) DETACH DELETE n');
    await bulkIngest(graph, [...archive, ...other], { jobs: 1 });
    expect(together).toEqual(await graphCounts(graph));
  });

  test('when Neo4j goes down mid-run the run stops taking documents, says why, and what it stored is whole', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'allegiance-bulk-neo4j-'));
    const neo4j = await startNeo4j({ dataDir });
    let stopping: Promise<void> | undefined;
    try {
      const graph = await Graph.connect({ uri: neo4j.uri });
      await applySchema(graph);
      const { files } = await collectDocumentFiles([path.join(dir, 'archive'), path.join(dir, 'other')]);
      const outcomes = await bulkIngest(graph, files, { jobs: 1, onDone: () => (stopping ??= neo4j.stop()) });
      await graph.close();
      await stopping;
      const created = outcomes.filter((outcome) => outcome.status === 'created');
      expect(created.length).toBeGreaterThanOrEqual(1);
      // Every other document either failed because Neo4j was gone, or was never started once that was seen.
      const others = outcomes.filter((outcome) => outcome.status !== 'created');
      expect(others.map((outcome) => outcome.error?.code)).toEqual(others.map(() => 'GRAPH_UNAVAILABLE'));
      expect(outcomes.filter((outcome) => outcome.status === 'not started').length).toBeGreaterThan(0);
      expect(outcomes.find((outcome) => outcome.status === 'not started')?.error?.message).toMatch(/Neo4j became unreachable/);

      const again = await startNeo4j({ dataDir });
      const reopened = await Graph.connect({ uri: again.uri });
      try {
        const ids = await storedIds(reopened);
        expect(ids).toEqual(created.map((outcome) => outcome.documentId).sort());
      } finally {
        await reopened.close();
        await again.stop();
      }
    } finally {
      await (stopping ?? neo4j.stop());
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  test('two files of one run that would share a document id: the second is refused, not written over the first', async () => {
    const graph = testGraph();
    const twin = path.join(dir, 'twins');
    await mkdir(path.join(twin, 'a'), { recursive: true });
    await cp(path.join(PASSAGES, 'en-fenians-1865.txt'), path.join(twin, 'a', 'b.txt'));
    await cp(path.join(PASSAGES, 'en-paris-commune-1871.txt'), path.join(twin, 'a b.txt'));
    const { files } = await collectDocumentFiles([twin]);
    const outcomes = await bulkIngest(graph, files, { jobs: 1 });
    expect(byStatus(outcomes)).toEqual({ created: ['twins-a-b'], failed: ['twins-a-b'] });
    expect(outcomes.find((outcome) => outcome.error)?.error?.message).toMatch(/rename one of them/);
  });
});
