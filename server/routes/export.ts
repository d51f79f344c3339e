/**
 * GET /api/export?format=json|graphml|gexf|csv (&from=&to=&calendar= and the other graph filters):
 * the whole graph or a time window as a download, with the format's media type and a file name
 * that says what the window was. Without a window, entities with no claims are included.
 */
import { Router } from 'express';
import type { Graph } from '../../graph/driver/connection';
import { graphInWindow } from '../../graph/queries/time-window';
import { EXPORT_FORMATS, EXPORTERS, exportFileName } from '../../domain/formats';
import { GRAPH_FILTER_PARAMS, parseGraphFilter } from '../validation/graph-filter';
import { assertKnownParams, optionalChoice, type QueryInput } from '../validation/query-params';

/**
 * @example app.use('/api', exportRouter(graph)); // GET /api/export?format=gexf → allegiance.gexf
 */
export function exportRouter(graph: Graph): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['format', ...GRAPH_FILTER_PARAMS]);
    const format = optionalChoice(query, 'format', EXPORT_FORMATS) ?? 'json';
    const filter = parseGraphFilter(query);
    const windowed = filter.from !== undefined || filter.to !== undefined;
    const view = await graphInWindow(graph, filter, { includeIsolated: !windowed });
    const exporter = EXPORTERS[format];
    const body = exporter.render(view, { generatedAt: new Date().toISOString(), from: filter.from, to: filter.to, calendar: filter.calendar });
    res.attachment(exportFileName(exporter.extension, filter.from, filter.to));
    res.type(exporter.contentType).send(body);
  });
  return router;
}
