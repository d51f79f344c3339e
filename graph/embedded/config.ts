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
}

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATA and NEO4J_BOLT_PORT; empty strings count as unset.
 *
 * @throws EnvironmentError when NEO4J_BOLT_PORT is not a port number.
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
  };
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
