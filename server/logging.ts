/**
 * Structured request logging: one JSON line per request (pino-http) with an id, method, path,
 * status and duration, so slow or failing requests can be found with jq. Under Jest (NODE_ENV=test)
 * it is silent unless LOG_LEVEL asks otherwise. Query strings and bodies are not logged: uploads and
 * historians' Cypher may hold unpublished work.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Level, type LevelWithSilent } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

export interface RequestLoggerOptions {
  /** Default: LOG_LEVEL, else 'silent' under tests and 'info' otherwise. */
  level?: LevelWithSilent;
  /** Where lines go; default standard output. */
  destination?: pino.DestinationStream;
}

const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * The level to log at, from the environment.
 * @example defaultLogLevel({ NODE_ENV: 'test' }) // 'silent'
 */
export function defaultLogLevel(env: NodeJS.ProcessEnv = process.env): LevelWithSilent {
  const requested = env.LOG_LEVEL?.trim();
  if (requested && (requested === 'silent' || requested in pino.levels.values)) return requested as LevelWithSilent;
  return env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/** Keeps a caller's request id when it looks like one, else makes one; echoed in the response header. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

function levelFor(_req: IncomingMessage, res: ServerResponse, error?: Error): Level {
  if (error || res.statusCode >= 500) return 'error';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

/**
 * Express middleware that logs each finished request.
 * @example app.use(createRequestLogger());
 */
export function createRequestLogger(options: RequestLoggerOptions = {}): HttpLogger {
  const logger = pino({ level: options.level ?? defaultLogLevel(), base: { service: 'allegiance' } }, options.destination);
  return pinoHttp({
    logger,
    genReqId: requestId,
    customLogLevel: levelFor,
    customSuccessMessage: (req, res, responseTime) => `${req.method} ${pathOf(req)} ${res.statusCode} ${Math.round(responseTime)}ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode} failed`,
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '').split('?')[0];
}
