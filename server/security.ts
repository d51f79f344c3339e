/**
 * The HTTP surface's defences, in one place so they are mounted together and reviewed together:
 * security headers (helmet: a same-origin Content-Security-Policy, nosniff, frame denial, ...),
 * CORS off unless CORS_ORIGINS names the origins allowed to call the API from a browser, and rate
 * limits on the two expensive endpoints (a document upload runs the extractor and a write
 * transaction; a Cypher query may run for its full timeout). Reads of the graph are not limited.
 */
import cors from 'cors';
import type { Express, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { ErrorBody } from '../domain/api';
import { EnvironmentError } from '../domain/errors';

/** At most `max` requests per client address in each window of `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface SecurityOptions {
  /** Browser origins allowed to call /api cross-origin, e.g. ['https://archive.example.org']; empty: CORS off. */
  corsOrigins: string[];
  /** POST /api/documents. */
  uploadLimit: RateLimit;
  /** POST /api/cypher. */
  queryLimit: RateLimit;
  /** Failed POST /api/session (successful sign-ins are not counted). */
  signInLimit: RateLimit;
}

const MINUTE_MS = 60_000;

export const DEFAULT_SECURITY: SecurityOptions = {
  // Same-origin only: the page is served by this server, so it never needs CORS.
  corsOrigins: [],
  // A historian uploads a handful of documents at a time; each can take seconds of extraction.
  uploadLimit: { max: 20, windowMs: MINUTE_MS },
  // Generous for typing queries by hand, far below what could keep Neo4j busy for long.
  queryLimit: { max: 120, windowMs: MINUTE_MS },
  // Enough for typing mistakes, far too few to guess a password (bcrypt makes each guess slow too).
  signInLimit: { max: 10, windowMs: 15 * MINUTE_MS },
};

/**
 * Reads CORS_ORIGINS (comma-separated origins), RATE_LIMIT_UPLOADS_PER_MINUTE and
 * RATE_LIMIT_QUERIES_PER_MINUTE; unset or empty variables keep DEFAULT_SECURITY.
 *
 * @throws EnvironmentError for an origin that is not scheme://host[:port] or a limit that is not a positive integer.
 * @example
 *   securityEnvironment({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins;
 *   // ['https://a.example', 'http://localhost:5173']
 */
export function securityEnvironment(env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  return {
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    uploadLimit: perMinute(env, 'RATE_LIMIT_UPLOADS_PER_MINUTE', DEFAULT_SECURITY.uploadLimit),
    queryLimit: perMinute(env, 'RATE_LIMIT_QUERIES_PER_MINUTE', DEFAULT_SECURITY.queryLimit),
    signInLimit: DEFAULT_SECURITY.signInLimit,
  };
}

function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new EnvironmentError(`CORS_ORIGINS must list origins like https://host or http://host:port, got "${origin}".`);
    }
  }
  return origins;
}

function perMinute(env: NodeJS.ProcessEnv, name: string, fallback: RateLimit): RateLimit {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  const max = Number(value);
  if (!Number.isInteger(max) || max < 1) throw new EnvironmentError(`${name} must be a positive integer, got "${value}".`);
  return { max, windowMs: MINUTE_MS };
}

function limiter(limit: RateLimit, what: string, countFailuresOnly = false): RequestHandler {
  const body: ErrorBody = {
    error: { code: 'RATE_LIMITED', message: `Too many ${what}: at most ${limit.max} per ${Math.round(limit.windowMs / 1000)} s. Wait and try again.` },
  };
  return rateLimit({
    limit: limit.max,
    windowMs: limit.windowMs,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    message: body,
    skipSuccessfulRequests: countFailuresOnly,
  });
}

/**
 * Mounts headers, CORS and rate limits on `app`; call it before any router.
 *
 * @example
 *   const app = express();
 *   applySecurity(app, { ...DEFAULT_SECURITY, corsOrigins: ['https://archive.example.org'] });
 */
export function applySecurity(app: Express, options: SecurityOptions = DEFAULT_SECURITY): void {
  app.use(helmet());
  // With no origins, cors() is not mounted at all: no Access-Control-* header is ever sent.
  if (options.corsOrigins.length > 0) app.use('/api', cors({ origin: options.corsOrigins }));
  app.post('/api/documents', limiter(options.uploadLimit, 'uploads'));
  app.post('/api/cypher', limiter(options.queryLimit, 'queries'));
  app.post('/api/session', limiter(options.signInLimit, 'failed sign-ins', true));
}
