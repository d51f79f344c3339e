/**
 * Starts the embedded Neo4j (graph/embedded/neo4j, built by scripts/neo4j-build.sh) as a child process, so
 * that `npm start` and `npm test` work without Docker or a Neo4j install. The Java side prints one
 * line when Bolt answers; we wait for it, and turn every way it can fail (no Java, not built, port
 * taken, crash, too slow) into a typed error that says what to do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { EnvironmentError, GraphUnavailableError } from '../../domain/errors';
import { graphEnvironment } from './config';

export interface Neo4jLaunchOptions {
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Neo4j's home directory (databases, transaction logs, debug.log); default `.neo4j/data` in the project. */
  dataDir?: string;
  /** How long to wait for the ready line before giving up (default 120 s: a cold JVM on a slow disk). */
  readyTimeoutMs?: number;
  /** Copy Neo4j's stderr to ours as it comes (for `npm run neo4j`); otherwise only its tail is kept for errors. */
  echoStderr?: boolean;
  /** JVM heap, e.g. '2g'; default NEO4J_HEAP, else 512m. */
  heap?: string;
  /** Page cache, e.g. '1g'; default NEO4J_PAGECACHE, else 64m. */
  pageCache?: string;
}

export interface RunningNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** The JVM's process id, for fault drills that kill it without a clean shutdown. */
  pid: number | undefined;
  /** Sends SIGTERM and resolves once the JVM has shut the database down and exited. */
  stop(): Promise<void>;
  /** Resolves when the process exits, for whatever reason (stop(), a signal, a crash). */
  exited: Promise<Neo4jExit>;
}

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'graph', 'embedded', 'neo4j', 'target');
const LAUNCHER_CLASS = 'allegiance.neo4j.EmbeddedNeo4j';
/** Written by scripts/neo4j-build.sh after a successful Maven build. */
const BUILD_STAMP = path.join(LAUNCHER_DIR, '.built');
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.neo4j', 'data');
const READY_LINE = /^Neo4j ready on (bolt:\/\/127\.0\.0\.1:(\d+))\s*$/;
const STDERR_TAIL_CHARS = 4000;
const STOP_GRACE_MS = 60_000;

/** A small heap by default (and a 64 MB page cache, in the Java launcher), so several instances fit on one machine. */
export const DEFAULT_HEAP = '512m';

/**
 * JVM flags besides the heap: the module openings Neo4j's own launcher passes on Java 17.
 */
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/** The `java` arguments that run the launcher class on the Maven-built classpath, with a `heap` like '512m'. */
export function javaArguments(heap = DEFAULT_HEAP): string[] {
  const classpath = [path.join(LAUNCHER_DIR, 'classes'), path.join(LAUNCHER_DIR, 'lib', '*')].join(path.delimiter);
  // The initial heap is the smaller of 128 MB and the maximum, so a small NEO4J_HEAP still starts.
  const heapMb = parseInt(heap, 10) * { k: 1 / 1024, m: 1, g: 1024 }[heap.slice(-1).toLowerCase() as 'k' | 'm' | 'g'];
  return [`-Xms${Math.max(16, Math.floor(Math.min(128, heapMb)))}m`, `-Xmx${heap}`, ...JVM_FLAGS, '-cp', classpath, LAUNCHER_CLASS];
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Asks the OS for a TCP port that is free on 127.0.0.1 right now.
 *
 * @example
 *   const port = await findFreePort(); // e.g. 41237
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

/**
 * Starts Neo4j and resolves once Bolt accepts connections.
 *
 * @throws EnvironmentError when the launcher is not built or Java is missing.
 * @throws GraphUnavailableError when Neo4j exits or stays silent before it is ready (with its stderr tail).
 * @example
 *   const neo4j = await startNeo4j({ dataDir: '/tmp/allegiance-db' });
 *   const graph = await Graph.connect({ uri: neo4j.uri });
 *   // ...
 *   await graph.close();
 *   await neo4j.stop();
 */
export async function startNeo4j(options: Neo4jLaunchOptions = {}): Promise<RunningNeo4j> {
  assertLauncherBuilt();
  const port = options.port ?? (await findFreePort());
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const memory = graphEnvironment();
  const pageCache = options.pageCache ?? memory.pageCache;
  const child = spawn(javaCommand(), javaArguments(options.heap ?? memory.heap), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_DATA: dataDir, NEO4J_PAGECACHE: pageCache ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = exitOf(child);
  const stderr = collectStderr(child, options.echoStderr ?? false);
  const killOnParentExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnParentExit);
  exited.then(() => process.removeListener('exit', killOnParentExit), () => undefined);

  try {
    const uri = await waitForReadyLine(child, exited, stderr, options.readyTimeoutMs ?? 120_000);
    return { uri, port, dataDir, pid: child.pid, exited, stop: () => stopProcess(child, exited) };
  } catch (error) {
    await stopProcess(child, exited);
    throw error;
  }
}

function assertLauncherBuilt(): void {
  if (!existsSync(BUILD_STAMP)) {
    throw new EnvironmentError(
      'The embedded Neo4j is not built. Run `npm run neo4j:build` (needs Java 17+ and Maven), ' +
        'or set NEO4J_URI to a running Neo4j (for example `docker compose up neo4j`).',
      { missing: BUILD_STAMP },
    );
  }
}

function exitOf(child: ChildProcess): Promise<Neo4jExit> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new EnvironmentError(
            `Java was not found (tried "${javaCommand()}"). Install Java 17+ (Debian/Ubuntu: apt-get install ` +
              'openjdk-17-jre-headless) or set JAVA_HOME, or set NEO4J_URI to a running Neo4j.',
          ),
        );
      } else {
        reject(error);
      }
    });
  });
}

interface StderrTail {
  text(): string;
}

function collectStderr(child: ChildProcess, echo: boolean): StderrTail {
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (echo) process.stderr.write(chunk);
    tail = (tail + chunk).slice(-STDERR_TAIL_CHARS);
  });
  return { text: () => tail.trim() };
}

function waitForReadyLine(
  child: ChildProcess,
  exited: Promise<Neo4jExit>,
  stderr: StderrTail,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      reject(
        new GraphUnavailableError(
          `Neo4j did not report ready within ${Math.round(timeoutMs / 1000)} s.${describeTail(stderr)}`,
        ),
      );
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      for (const line of buffered.split('\n').slice(0, -1)) {
        const ready = READY_LINE.exec(line);
        if (ready) {
          finish();
          resolve(ready[1]);
          return;
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    exited.then(
      (exit) => {
        finish();
        reject(
          new GraphUnavailableError(
            `Neo4j exited before it was ready (${exit.signal ?? `exit code ${exit.code}`}).${describeTail(stderr)}`,
          ),
        );
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}

function describeTail(stderr: StderrTail): string {
  const text = stderr.text();
  return text ? `\nNeo4j's last output:\n${text}` : '';
}

async function stopProcess(child: ChildProcess, exited: Promise<Neo4jExit>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const forceKill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exited;
  } catch {
    // The spawn error was already reported by startNeo4j; there is nothing left to stop.
  } finally {
    clearTimeout(forceKill);
  }
}
