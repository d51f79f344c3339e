/**
 * Builds the Express app from its dependencies without listening, so that tests drive it with
 * supertest and server/main.ts only adds the socket. API routers live in server/routes/ and are
 * mounted under /api in one list (apiRouters); the page is client/dist when built, else a placeholder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Router } from 'express';
import type { Graph } from '../graph/driver/connection';
import { apiNotFound, errorHandler } from './errors';
import { createRequestLogger } from './logging';
import { cypherRouter } from './routes/cypher';
import { documentsRouter } from './routes/documents';
import { entitiesRouter } from './routes/entities';
import { exportRouter } from './routes/export';
import { graphRouter } from './routes/graph';
import { healthRouter } from './routes/health';
import { JobStore } from './jobs/job-store';
import { jobsRouter } from './routes/jobs';
import { openapiRouter } from './routes/openapi';
import { pathsRouter } from './routes/paths';
import { applySecurity, DEFAULT_SECURITY, type SecurityOptions } from './security';
import { accessGate } from './auth/access-gate';
import { DEFAULT_AUTH, type AuthOptions } from './auth/auth-options';
import { auditRouter } from './routes/audit';
import { claimsRouter } from './routes/claims';
import { entityCurationRouter } from './routes/entity-curation';
import { sessionRouter } from './routes/session';
import { tokensRouter } from './routes/tokens';
import { usersRouter } from './routes/users';
import { translateBodyErrors } from './validation/body-errors';
import { rejectMalformedUrls } from './validation/url-encoding';

export interface AppDependencies {
  graph: Graph;
  /** The built client page; default client/dist in the project. */
  clientDir?: string;
  /** Security headers, CORS and rate limits; default DEFAULT_SECURITY (CORS off). */
  security?: SecurityOptions;
  /** AUTH, READ_AUTH and where the server listens (server/auth/auth-options.ts); default DEFAULT_AUTH. */
  auth?: AuthOptions;
}

export const DEFAULT_CLIENT_DIR = path.resolve(__dirname, '..', 'client', 'dist');

/** Every API router, in mounting order. New routers are added here. */
function apiRouters(deps: AppDependencies): Router[] {
  const jobs = new JobStore();
  return [
    healthRouter(deps.graph),
    sessionRouter(deps.graph, deps.auth ?? DEFAULT_AUTH),
    tokensRouter(deps.graph),
    usersRouter(deps.graph),
    claimsRouter(deps.graph),
    entityCurationRouter(deps.graph),
    auditRouter(deps.graph),
    graphRouter(deps.graph),
    entitiesRouter(deps.graph),
    pathsRouter(deps.graph),
    documentsRouter(deps.graph, { jobs }),
    jobsRouter(jobs),
    cypherRouter(deps.graph),
    exportRouter(deps.graph),
    openapiRouter(),
  ];
}

/**
 * @example
 *   const app = createApp({ graph });
 *   app.listen(3000, '127.0.0.1');
 */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  applySecurity(app, deps.security ?? DEFAULT_SECURITY);
  app.use(createRequestLogger());
  app.use(rejectMalformedUrls());
  app.use('/api', express.json({ limit: '1mb' }), translateBodyErrors);
  // Before every router: who is asking, and may they (server/auth/access-rules.ts has the table).
  app.use('/api', accessGate(deps.graph, deps.auth ?? DEFAULT_AUTH));
  for (const router of apiRouters(deps)) app.use('/api', router);
  app.use('/api', apiNotFound());
  mountPage(app, deps.clientDir ?? DEFAULT_CLIENT_DIR);
  app.use(errorHandler());
  return app;
}

function mountPage(app: Express, clientDir: string): void {
  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir));
    return;
  }
  app.get('/', (_req, res) => {
    res.type('html').send(PLACEHOLDER_PAGE);
  });
}

const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Allegiance</title></head>
<body>
<h1>Allegiance</h1>
<p>The server is running, but the graph page has not been built yet (client/dist is missing).</p>
<p>Check <a href="/api/health">/api/health</a> to see whether Neo4j is up.</p>
</body>
</html>
`;
