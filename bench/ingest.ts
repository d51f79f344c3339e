/**
 * Ingest time into a throwaway Neo4j (or NEO4J_URI): the sample corpus once, then the same
 * extraction 50 more times under different document ids (a corpus 50 times larger whose entities
 * all merge into the first copy's). Extraction is timed apart, once. Run: `npm run bench:ingest`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ingestExtraction } from '../graph/writes/ingest-extraction';
import { decodeText } from '../ingest/input';
import { extract } from '../ingest/pipeline';
import { SAMPLE_CORPUS_PATH, SAMPLE_CORPUS_TITLE } from '../server/sample-corpus';
import { withBenchGraph } from './support/bench-graph';

const COPIES = 50;

function seconds(startedMs: number): string {
  return ((performance.now() - startedMs) / 1000).toFixed(2);
}

async function main(): Promise<void> {
  const bytes = await readFile(SAMPLE_CORPUS_PATH);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let started = performance.now();
  const extraction = extract(decodeText(bytes), { language: 'sv' });
  console.log(`extract: ${seconds(started)} s (${extraction.entities.length} entities, ${extraction.relations.length} relations)`);
  await withBenchGraph(async (graph) => {
    await graph.write('MATCH (n) WHERE n:Entity OR n:Document OR n:Sentence DETACH DELETE n');
    started = performance.now();
    const first = await ingestExtraction(graph, extraction, { id: 'bench-0', title: SAMPLE_CORPUS_TITLE, sha256 });
    console.log(`ingest corpus x1: ${seconds(started)} s (${first.entities} entities, ${first.relations} claims, ${first.sentences} sentences)`);
    started = performance.now();
    for (let copy = 1; copy <= COPIES; copy += 1) {
      await ingestExtraction(graph, extraction, { id: `bench-${copy}`, title: `${SAMPLE_CORPUS_TITLE} (${copy})`, sha256 });
    }
    const copiesSeconds = (performance.now() - started) / 1000;
    console.log(`ingest ${COPIES} more copies under new ids: ${copiesSeconds.toFixed(2)} s (${((copiesSeconds * 1000) / COPIES).toFixed(0)} ms per copy)`);
    const [counts] = await graph.read(
      'RETURN COUNT { (:Document) } AS documents, COUNT { (:Entity) } AS entities, COUNT { (:Sentence) } AS sentences, COUNT { (:Entity)-->(:Entity) } AS claims',
    );
    console.log(`graph now: ${JSON.stringify(counts)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (Node side)`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
