import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/driver/connection';
import { decodeText } from '../../ingest/input';
import { extract } from '../../ingest/pipeline';
import { ingestFile } from '../../server/ingest-document';
import { SAMPLE_CORPUS_PATH } from '../../server/sample-corpus';
import { graphCounts, useTestGraph } from '../graph/fixtures/test-graph';

/** A few hundred lines of the real corpus, so the real extractor runs in seconds. */
const EXCERPT_LINES: [number, number] = [230, 480];

const testGraph = useTestGraph({ emptyBeforeEach: true });
let graph: Graph;
let dir: string;
let file: string;
beforeAll(async () => {
  graph = testGraph();
  dir = await mkdtemp(path.join(tmpdir(), 'allegiance-ingest-'));
  file = path.join(dir, 'Oktober utdrag.txt');
  const lines = (await readFile(SAMPLE_CORPUS_PATH, 'utf8')).split('\n');
  await writeFile(file, lines.slice(...EXCERPT_LINES).join('\n'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestFile with the real extractor', () => {
  test('the graph holds every entity and relation the extractor printed; a second ingest changes nothing', async () => {
    const extraction = extract(decodeText(await readFile(file)), { language: 'sv' });
    const steps = new Set<string>();
    const result = await ingestFile(graph, file, { language: 'sv', onProgress: (step) => steps.add(step) });
    expect(result).toMatchObject({ documentId: 'oktober-utdrag', status: 'created', entities: extraction.entities.length, words: extraction.stats?.words });
    const counts = await graphCounts(graph);
    expect(counts.entities).toBe(extraction.entities.length);
    const distinctClaims = new Set(extraction.relations.map((r) => `${r.sentence ?? r.line}:${r.source}:${r.type}:${r.target}`));
    expect(counts.claims).toBe(distinctClaims.size);
    expect(counts.claims).toBeGreaterThan(0);
    expect(steps).toContain('extract');

    const again = await ingestFile(graph, file, { language: 'sv' });
    expect(again).toEqual({ documentId: 'oktober-utdrag', status: 'unchanged', entities: counts.entities, relations: counts.claims, sentences: counts.sentences, words: result.words });
    expect(await graphCounts(graph)).toEqual(counts);
  });

  test('a title gives the document its id and title', async () => {
    const result = await ingestFile(graph, file, { title: 'Från oktober (utdrag)', language: 'sv' });
    expect(result.documentId).toBe('fran-oktober-utdrag');
    expect(await graph.read('MATCH (d:Document) RETURN d.title AS title, d.language AS language')).toEqual([
      { title: 'Från oktober (utdrag)', language: 'sv' },
    ]);
  });
});
