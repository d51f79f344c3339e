/**
 * How to reach Neo4j, read from the environment in one place. `uri` is absent when NEO4J_URI is
 * unset: the caller then starts the embedded Neo4j (graph/launcher.ts) and fills it in.
 */

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
}

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATA; empty strings count as unset.
 *
 * @example
 *   graphEnvironment({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret' });
 *   // { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'secret', dataDir: undefined }
 */
export function graphEnvironment(env: NodeJS.ProcessEnv = process.env): GraphEnvironment {
  return {
    uri: nonEmpty(env.NEO4J_URI),
    user: nonEmpty(env.NEO4J_USER),
    password: nonEmpty(env.NEO4J_PASSWORD),
    dataDir: nonEmpty(env.NEO4J_DATA),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
