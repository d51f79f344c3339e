/**
 * Fault drills shared by test/reliability/fault-drills.test.ts (which asserts on the outcomes) and
 * bench/reliability.ts (which prints them): an ingest process killed mid-document, and a Neo4j
 * killed under a running server and started again on its data. Each drill returns what it observed;
 * whatever it starts (processes, Neo4j, temporary directories) it stops again, even on failure.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import type { IngestResult } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { startNeo4j, type RunningNeo4j } from '../../graph/embedded/launcher';
import { openGraph } from '../../graph/open-graph';
import { createApp } from '../../server/app';
import { ingestFile } from '../../server/ingest-document';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const LARGE_DOCUMENT = path.join(PROJECT_ROOT, 'data', 'corpus', 'october-to-brest-litovsk.sv.txt');
const INGEST_COMMAND = path.join(PROJECT_ROOT, 'bin', 'ingest.ts');

/** What one document left in the graph. */
export interface DocumentTrace {
  documents: number;
  sentences: number;
  claims: number;
}

/**
 * @example await documentTrace(graph, 'brest'); // { documents: 1, sentences: 41, claims: 49 }
 */
export async function documentTrace(graph: Graph, documentId: string): Promise<DocumentTrace> {
  const [row] = await graph.read(
    `RETURN COUNT { (:Document {id: $id}) } AS documents, COUNT { (:Sentence {documentId: $id}) } AS sentences,
            COUNT { ()-[r]->() WHERE r.documentId = $id } AS claims`,
    { id: documentId },
  );
  return row as unknown as DocumentTrace;
}

export interface KilledIngestOutcome {
  /** The progress line the ingest had printed when it was killed (it was inside its write transaction). */
  killedDuring: string;
  afterKill: DocumentTrace;
  /** The same file ingested again to completion. */
  rerun: IngestResult;
  afterRerun: DocumentTrace;
}

/** A step printed once the write transaction is open: entities, mentions, sentences or claims. */
const WRITING_STEP = /\r?(entities:\w+|mentions|sentences|claims:\w+) \d+\/\d+/;

/**
 * Runs `npm run ingest` on `file` in a child process against `uri`, SIGKILLs it as soon as it reports
 * writing, then looks at what the document left and ingests it again in this process.
 *
 * @example const outcome = await killIngestMidway(graph, LARGE_DOCUMENT, 'drill');
 */
export async function killIngestMidway(graph: Graph, file: string, documentId: string): Promise<KilledIngestOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', INGEST_COMMAND, file, '--id', documentId], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: graph.uri },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const killedDuring = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        output += chunk;
        const writing = WRITING_STEP.exec(output);
        if (writing) {
          child.kill('SIGKILL');
          resolve(writing[0].trim());
        }
      });
      child.once('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`The ingest ended (${signal ?? code}) before it started writing:\n${output}`));
      });
    });
    await exited;
    const afterKill = await documentTrace(graph, documentId);
    const rerun = await ingestFile(graph, file, { documentId });
    return { killedDuring, afterKill, rerun, afterRerun: await documentTrace(graph, documentId) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

export interface ResponseSummary {
  status: number;
  message?: string;
}

export interface Neo4jCrashOutcome {
  before: DocumentTrace;
  /** Requests while Neo4j is down. */
  duringOutage: { graph: ResponseSummary; health: ResponseSummary };
  /** The same server (same Graph, no restart) once Neo4j runs again on the same data. */
  afterRestart: { graph: ResponseSummary; documents: ResponseSummary };
  /** The document as recovered by Neo4j after the SIGKILL. */
  after: DocumentTrace;
  restartSeconds: number;
}

const summary = (response: request.Response): ResponseSummary => ({
  status: response.status,
  ...(response.body?.error?.message ? { message: String(response.body.error.message) } : {}),
});

const DRILL_TEXT =
  'Den 25 oktober 1917 grep bolsjevikerna makten i Petrograd. Trotskij ledde Militära revolutionskommittén. ' +
  'Kerenskij flydde från Vinterpalatset. Lenin talade inför sovjetkongressen.';

/**
 * Starts its own Neo4j, serves the app on it, uploads a document, SIGKILLs the JVM (no clean
 * shutdown: Neo4j must recover from its transaction log), asks the app while it is down, starts
 * Neo4j again on the same port and data, and asks the same app again.
 *
 * @example const outcome = await crashNeo4jUnderServer();
 */
export async function crashNeo4jUnderServer(): Promise<Neo4jCrashOutcome> {
  const { graph, neo4j: first, close } = await openGraph({ env: {}, throwawayData: true });
  const crashed = first as RunningNeo4j;
  let restarted: RunningNeo4j | undefined;
  try {
    const app: Express = createApp({ graph });
    const upload = await request(app).post('/api/documents?title=Drill').set('Content-Type', 'text/plain').send(DRILL_TEXT);
    if (upload.status !== 201) throw new Error(`The drill's upload failed: ${upload.status} ${upload.text}`);
    const before = await documentTrace(graph, 'drill');

    if (crashed.pid !== undefined) process.kill(crashed.pid, 'SIGKILL');
    await crashed.exited;
    const duringOutage = {
      graph: summary(await request(app).get('/api/graph')),
      health: summary(await request(app).get('/api/health')),
    };

    const restartStarted = performance.now();
    restarted = await startNeo4j({ port: crashed.port, dataDir: crashed.dataDir });
    const restartSeconds = (performance.now() - restartStarted) / 1000;
    const afterRestart = {
      graph: summary(await request(app).get('/api/graph')),
      documents: summary(await request(app).get('/api/documents')),
    };
    return { before, duringOutage, afterRestart, after: await documentTrace(graph, 'drill'), restartSeconds };
  } finally {
    await restarted?.stop();
    await close();
  }
}
