/**
 * Entities: search that knows Swedish inflection and transliteration (GET /api/entities?q=), one
 * entity in full with every claim and a page of its sentences (GET /api/entities/:id?offset=&limit=), its allegiance history (…/allegiance) and its neighbourhood
 * up to three claims away (…/neighbors?depth=), its neighbours with the most claims with it, for the
 * page's "expand" (…/expand?limit=), and the claims about it that contradict each other
 * (…/contested, see domain/contested.ts). An unknown id is a 404.
 */
import { Router } from 'express';
import type { AllegianceResponse, EntityDetail, GraphExpansion, GraphView, SearchResponse } from '../../domain/api';
import { ENTITY_TYPES } from '../../domain/types';
import type { Graph } from '../../graph/driver/connection';
import { allegianceHistory } from '../../graph/queries/allegiance';
import type { ContestedResponse } from '../../domain/contested';
import { contestedClaims } from '../../graph/queries/contested';
import { DEFAULT_SENTENCE_LIMIT, entityDetail } from '../../graph/queries/entity-detail';
import { expandEntity, MAX_EXPANSION_LIMIT } from '../../graph/queries/expansion';
import { egoNetwork, MAX_EGO_DEPTH } from '../../graph/queries/neighbors';
import { MAX_SEARCH_LIMIT, searchEntities } from '../../graph/queries/search';
import { GRAPH_FILTER_PARAMS, parseGraphFilter } from '../validation/graph-filter';
import { pathId } from '../validation/path-params';
import { assertKnownParams, optionalInt, optionalList, requiredString, type QueryInput } from '../validation/query-params';
import { readCacheFor } from './read-cache';

/** A search query longer than this is not a name. */
const MAX_QUERY_LENGTH = 200;

/**
 * @example app.use('/api', entitiesRouter(graph)); // GET /api/entities?q=Kerenskis → { results: [{ id: 'kerenski', ... }] }
 */
export function entitiesRouter(graph: Graph): Router {
  const router = Router();
  const cache = readCacheFor(graph);

  router.get('/entities', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['q', 'type', 'limit']);
    const q = requiredString(query, 'q').slice(0, MAX_QUERY_LENGTH);
    const types = optionalList(query, 'type', ENTITY_TYPES);
    const limit = optionalInt(query, 'limit', { min: 1, max: MAX_SEARCH_LIMIT });
    await cache.sendJson(res, req.originalUrl, async (): Promise<SearchResponse> => ({ results: await searchEntities(graph, q, { types, limit }) }));
  });

  router.get('/entities/:id', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['offset', 'limit']);
    const id = pathId(req.params, 'id');
    const page = {
      offset: optionalInt(query, 'offset', { min: 0, max: 1_000_000 }),
      limit: optionalInt(query, 'limit', { min: 1, max: DEFAULT_SENTENCE_LIMIT }),
    };
    await cache.sendJson(res, req.originalUrl, (): Promise<EntityDetail> => entityDetail(graph, id, page));
  });

  router.get('/entities/:id/allegiance', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const id = pathId(req.params, 'id');
    await cache.sendJson(res, req.originalUrl, (): Promise<AllegianceResponse> => allegianceHistory(graph, id));
  });

  router.get('/entities/:id/neighbors', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['depth', ...GRAPH_FILTER_PARAMS]);
    const depth = optionalInt(query, 'depth', { min: 1, max: MAX_EGO_DEPTH }) ?? 1;
    const id = pathId(req.params, 'id');
    const filter = parseGraphFilter(query);
    await cache.sendJson(res, req.originalUrl, (): Promise<GraphView> => egoNetwork(graph, id, depth, filter));
  });

  router.get('/entities/:id/expand', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['limit', ...GRAPH_FILTER_PARAMS]);
    const limit = optionalInt(query, 'limit', { min: 1, max: MAX_EXPANSION_LIMIT });
    const id = pathId(req.params, 'id');
    const filter = parseGraphFilter(query);
    await cache.sendJson(res, req.originalUrl, (): Promise<GraphExpansion> => expandEntity(graph, id, filter, limit));
  });

  router.get('/entities/:id/contested', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const id = pathId(req.params, 'id');
    await cache.sendJson(res, req.originalUrl, (): Promise<ContestedResponse> => contestedClaims(graph, id));
  });

  return router;
}
