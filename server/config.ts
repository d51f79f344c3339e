/**
 * The server's configuration, read and validated once at start-up from the environment
 * (PORT, HOST and the NEO4J_* variables of graph/embedded/config.ts), so nothing else reads process.env.
 */
import { EnvironmentError } from '../domain/errors';
import { graphEnvironment, type GraphEnvironment } from '../graph/embedded/config';
import { authEnvironment, type AuthOptions } from './auth/auth-options';
import { securityEnvironment, type SecurityOptions } from './security';

export interface ServerConfig {
  /** PORT, default 3000. */
  port: number;
  /** HOST, default 127.0.0.1 (this machine only); 0.0.0.0 to listen on every interface, as in Docker. */
  host: string;
  /** NEO4J_URI/USER/PASSWORD/DATA; without a uri, the embedded Neo4j is started. */
  graph: GraphEnvironment;
  /** CORS_ORIGINS and RATE_LIMIT_*_PER_MINUTE (server/security.ts). */
  security: SecurityOptions;
  /** AUTH, READ_AUTH, SESSION_HOURS (server/auth/auth-options.ts). */
  auth: AuthOptions;
}

const DEFAULT_PORT = 3000;
const DEFAULT_HOST = '127.0.0.1';

/**
 * @throws EnvironmentError when PORT is not a port number.
 * @example
 *   loadServerConfig({ PORT: '8080' }); // { port: 8080, host: '127.0.0.1', graph: { uri: undefined, ... } }
 */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST?.trim() || DEFAULT_HOST;
  return {
    port: parsePort(env.PORT),
    host,
    graph: graphEnvironment(env),
    security: securityEnvironment(env),
    auth: authEnvironment(env, host),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EnvironmentError(`PORT must be a port number (0-65535), got "${value}".`);
  }
  return port;
}
