/**
 * How to reach Neo4j, read from the environment in one place. `uri` is absent when NEO4J_URI is
 * unset: the caller then starts the embedded Neo4j (graph/embedded/launcher.ts) and fills it in.
 */
import { EnvironmentError } from '../../domain/errors';

export interface GraphConfig {
  /** bolt:// or neo4j:// URI of the server. */
  uri: string;
  /** Omit both for a server with auth disabled, such as the embedded one. */
  user?: string;
  password?: string;
}

export interface GraphEnvironment {
  uri?: string;
  user?: string;
  password?: string;
  /** Where the embedded Neo4j keeps its data, when it is started (NEO4J_DATA). */
  dataDir?: string;
  /** Bolt port for `npm run neo4j` (NEO4J_BOLT_PORT); `npm start` picks a free one. */
  boltPort?: number;
  /** The embedded Neo4j's JVM heap (NEO4J_HEAP, e.g. 2g; default 512m). */
  heap?: string;
  /** The embedded Neo4j's page cache (NEO4J_PAGECACHE, e.g. 1g; default 64m). */
  pageCache?: string;
}

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATA, NEO4J_BOLT_PORT, NEO4J_HEAP and NEO4J_PAGECACHE;
 * empty strings count as unset.
 *
 * @throws EnvironmentError when NEO4J_BOLT_PORT is not a port number, or a size is not like 512m or 2g.
 * @example
 *   graphEnvironment({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret' });
 *   // { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'secret', dataDir: undefined, boltPort: undefined }
 */
export function graphEnvironment(env: NodeJS.ProcessEnv = process.env): GraphEnvironment {
  return {
    uri: nonEmpty(env.NEO4J_URI),
    user: nonEmpty(env.NEO4J_USER),
    password: nonEmpty(env.NEO4J_PASSWORD),
    dataDir: nonEmpty(env.NEO4J_DATA),
    boltPort: boltPort(nonEmpty(env.NEO4J_BOLT_PORT)),
    heap: memorySize('NEO4J_HEAP', nonEmpty(env.NEO4J_HEAP)),
    pageCache: memorySize('NEO4J_PAGECACHE', nonEmpty(env.NEO4J_PAGECACHE)),
  };
}

/** A size both the JVM (-Xmx) and Neo4j read: whole number, then k, m or g. Below 16 MB Neo4j cannot run. */
function memorySize(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)([kmg])$/i.exec(value);
  const bytes = match ? Number(match[1]) * 1024 ** ('kmg'.indexOf(match[2].toLowerCase()) + 1) : NaN;
  if (!(bytes >= 16 * 1024 ** 2)) {
    throw new EnvironmentError(`${name} must be a size of at least 16m, written like 512m or 2g, got "${value}".`);
  }
  return value.toLowerCase();
}

function boltPort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EnvironmentError(`NEO4J_BOLT_PORT must be a port number (1-65535), got "${value}".`);
  }
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
