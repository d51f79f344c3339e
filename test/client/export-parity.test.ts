/**
 * The page's downloads and /api/export write the same file for the same claims: the page's view of
 * /api/graph, saved through its export buttons' code, and the API's export of the same graph have
 * the same key and attribute declarations and the same element for every claim and entity.
 */
import request from 'supertest';
import type { GraphView } from '../../domain/api';
import { pageExport } from '../../client/src/page-export';
import { visibleView } from '../../client/src/visible-view';
import { toClaimData } from '../../client/src/graph-elements';
import { useSeededApi } from '../server/support/api-fixture';
import { headlessGraph } from './support/headless';

const api = useSeededApi();

const ELEMENTS = {
  declarations: /<key [^>]*\/>|<attributes [\s\S]*?<\/attributes>/g,
  edges: /<edge [^>]*\/>|<edge [\s\S]*?<\/edge>/g,
  nodes: /<node [^>]*\/>|<node [\s\S]*?<\/node>/g,
};

const elements = (xml: string, kind: keyof typeof ELEMENTS): string[] => [...xml.matchAll(ELEMENTS[kind])].map((match) => match[0]);
const idOf = (element: string): string => /\bid="([^"]*)"/.exec(element)?.[1] ?? '';

describe.each(['graphml', 'gexf'] as const)('%s from the page and from /api/export', (format) => {
  let page: string;
  let exported: string;
  let view: GraphView;
  beforeAll(async () => {
    // The page draws the default view's edges and loads their claims (edges=claims) for a download.
    view = (await request(api().app).get('/api/graph?edges=claims').expect(200)).body as GraphView;
    page = pageExport(format, visibleView(headlessGraph(view), view.edges.map(toClaimData))).text;
    exported = (await request(api().app).get(`/api/export?format=${format}`).expect(200)).text;
  });

  test('the fixture has claims with and without a date', () => {
    expect(view.edges.some((edge) => edge.date === null)).toBe(true);
    expect(view.edges.some((edge) => edge.date !== null)).toBe(true);
  });

  test('declare the same keys or attributes', () => {
    expect(elements(page, 'declarations').length).toBeGreaterThan(0);
    expect(elements(page, 'declarations')).toEqual(elements(exported, 'declarations'));
  });

  test('write every claim alike', () => {
    const pageEdges = elements(page, 'edges');
    expect(pageEdges).toHaveLength(view.edges.length);
    const exportedEdges = new Map(elements(exported, 'edges').map((edge) => [idOf(edge), edge]));
    for (const edge of pageEdges) expect(exportedEdges.get(idOf(edge))).toBe(edge);
  });

  test('write every entity of the page alike', () => {
    const exportedNodes = new Map(elements(exported, 'nodes').map((node) => [idOf(node), node]));
    for (const node of elements(page, 'nodes')) expect(exportedNodes.get(idOf(node))).toBe(node);
  });
});
