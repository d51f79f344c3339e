import { pageExport, PAGE_EXPORT_SCOPE } from '../../client/src/page-export';
import { visibleView } from '../../client/src/visible-view';
import { gregorianToJdn } from '../../domain/dates/calendar';
import { initialFilter } from '../../client/src/filter-defaults';
import { applyFilter } from '../../client/src/timeline-filter';
import { toClaimData } from '../../client/src/graph-elements';
import type { GraphView } from '../../domain/api';
import { xmlText } from '../../domain/formats/xml';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { headlessGraph } from './support/headless';

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('xmlText', () => {
  test.each([
    ['Tjernoff & Co', 'Tjernoff &amp; Co'],
    ['"citat" <x>', '&quot;citat&quot; &lt;x&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell'],
  ])('%p', (text, escaped) => {
    expect(xmlText(text)).toBe(escaped);
  });
});

describe('visibleView', () => {
  test('holds only what is shown, in the API shape', () => {
    const cy = headlessGraph();
    const filter = {
      ...initialFilter(1),
      window: { start: gregorianToJdn({ year: 1917, month: 7, day: 1 }), end: gregorianToJdn({ year: 1917, month: 7, day: 31 }) },
      includeUndated: false,
    };
    applyFilter(cy, filter);
    cy.getElementById('kornilov').addClass('dimmed');
    const view = visibleView(cy, SMALL_GRAPH.edges.map(toClaimData), filter);
    expect(view.edges.map((edge) => edge.id)).toEqual(['c1']);
    expect(view.nodes.map((node) => node.id)).not.toContain('kornilov');
    expect(view.nodes.map((node) => node.id)).not.toContain('smolnyj');
    expect(Object.keys(view.edges[0] ?? {}).sort()).toEqual(Object.keys(SMALL_GRAPH.edges[0] ?? {}).sort());
    expect(Object.keys(view.nodes[0] ?? {}).sort()).toEqual(['aliases', 'id', 'mentionCount', 'name', 'type']);
  });
});

describe("the page's downloads", () => {
  const view: GraphView = SMALL_GRAPH;
  const toJson = (v: GraphView): string => pageExport('json', v).text;
  const toGraphML = (v: GraphView): string => pageExport('graphml', v).text;
  const toGexf = (v: GraphView): string => pageExport('gexf', v).text;

  test('are named and typed as /api/export names and types them', () => {
    expect(pageExport('graphml', view)).toEqual(expect.objectContaining({ name: 'allegiance.graphml', type: 'application/graphml+xml; charset=utf-8' }));
    expect(pageExport('gexf', view).name).toBe('allegiance.gexf');
    expect(toGraphML(view)).toContain(`<!-- Allegiance export of ${PAGE_EXPORT_SCOPE}`);
  });

  test('JSON reads back as the same view', () => {
    // The API's JSON export: the view plus when and what was exported.
    expect(JSON.parse(toJson(view))).toEqual(expect.objectContaining({ ...view, scope: PAGE_EXPORT_SCOPE }));
  });

  test('GraphML declares its keys and holds every node, edge and evidence sentence', () => {
    const xml = toGraphML(view);
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(count(xml, /<node /g)).toBe(view.nodes.length);
    expect(count(xml, /<edge /g)).toBe(view.edges.length);
    expect(xml).toContain('<data key="edge_evidence">Kerenski hotade bolsjevikerna.</data>');
    expect(xml).toContain('edgedefault="directed"');
    // 4 node keys and 13 edge keys (date basis and precision among them): the page writes the API's keys.
    expect(count(xml, /<key /g)).toBe(17);
    expect(xml).not.toContain('<data key="edge_date">null');
  });

  test('GEXF is dynamic: dated claims carry New Style start and end, undated ones none', () => {
    const xml = toGexf(view);
    expect(xml).toContain('mode="dynamic"');
    expect(count(xml, /<node /g)).toBe(view.nodes.length);
    expect(count(xml, /<edge /g)).toBe(view.edges.length);
    expect(xml).toMatch(/<edge id="c5"[^>]*start="1917-11-07" end="1917-11-07"/);
    expect(xml).toMatch(/<edge id="c6"[^>]*start="1917-10-14" end="1917-11-13"/);
    expect(xml).toMatch(/<edge id="c7" source="tseretelli" target="kerenski" kind="SUPPORTED" label="SUPPORTED">/);
    expect(xml).toContain('value="Garnisonen understödde Kerenski."');
  });

  test('an empty view still makes well-formed documents', () => {
    const empty = { nodes: [], edges: [] };
    expect(toGraphML(empty)).toContain('</graphml>');
    expect(toGexf(empty)).toContain('<nodes/>');
  });
});
