/** The export writers on a small hand-made GraphView: each format's structure, dates and escaping. */
import type { GraphEdge, GraphNode, GraphView } from '../../../domain/api';
import { csvCell } from '../../../domain/formats/csv';
import { mergePeriods } from '../../../domain/formats/gexf';
import { EXPORTERS, type ExportContext } from '../../../domain/formats';

const node = (id: string, name: string, type: GraphNode['type'], aliases: string[] = []): GraphNode => ({ id, name, type, aliases, mentionCount: 2 });

const edge = (id: string, source: string, target: string, type: GraphEdge['type'], date: string | null, dateGregorian: string | null, evidence: string): GraphEdge => ({
  id, source, target, type, date, dateGregorian, calendar: date === null ? null : 'julian', line: 7, evidence, sentenceId: `${id}:s`, documentId: 'oktober', confidence: 0.9,
});

const VIEW: GraphView = {
  nodes: [node('garnison', 'Petrograds garnison', 'Regiment'), node('mrk', 'Militärrevolutionära kommittén', 'Organization', ['kommittén']), node('lenin', 'Lenin', 'Person'), node('smolnyj', 'Smolnyj', 'Place')],
  edges: [
    edge('c1', 'garnison', 'mrk', 'JOINED', '1917-10-21', '1917-11-03', 'Den 21 oktober anslöt sig garnisonen till "kommittén" & Smolnyj.'),
    edge('c2', 'garnison', 'mrk', 'SUPPORTED', '1917-10', '1917-10', '=HYPERLINK("http://x") <b>'),
    edge('c3', 'lenin', 'mrk', 'LED', null, null, 'Lenin ledde, kommittén följde.\nNy rad.'),
  ],
};
const CONTEXT: ExportContext = { generatedAt: '2024-05-01T12:00:00.000Z' };

describe('mergePeriods', () => {
  test.each([
    ['overlapping', [{ start: '1917-10-25', end: '1917-10-25' }, { start: '1917-10-01', end: '1917-10-31' }], [{ start: '1917-10-01', end: '1917-10-31' }]],
    ['touching days', [{ start: '1917-10-31', end: '1917-10-31' }, { start: '1917-11-01', end: '1917-11-02' }], [{ start: '1917-10-31', end: '1917-11-02' }]],
    ['apart', [{ start: '1917-12-01', end: '1917-12-01' }, { start: '1917-10-01', end: '1917-10-02' }], [{ start: '1917-10-01', end: '1917-10-02' }, { start: '1917-12-01', end: '1917-12-01' }]],
  ])('%s', (_name, periods, expected) => {
    expect(mergePeriods(periods)).toEqual(expected);
  });
});

describe('csv', () => {
  test.each([
    ['plain', 'Lenin', 'Lenin'],
    ['comma', 'Lenin, Trotskij', '"Lenin, Trotskij"'],
    ['quotes', 'sa "nej"', '"sa ""nej"""'],
    ['formula', '=1+1', "'=1+1"],
    ['at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['minus number', '-2+3', "'-2+3"],
    ['dialogue dash', '- Nej sade han.', '- Nej sade han.'],
    ['newline', 'a\nb', '"a\nb"'],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('one row per claim after the header, with both names, behind a byte-order mark', () => {
    const text = EXPORTERS.csv.render(VIEW, CONTEXT);
    expect(text.startsWith('\ufeffid,type,source,source_name')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1 + VIEW.edges.length); // c3's quoted newline is LF, rows end in CRLF
    expect(lines[1]).toBe(
      'c1,JOINED,garnison,Petrograds garnison,Regiment,mrk,Militärrevolutionära kommittén,Organization,1917-10-21,1917-11-03,julian,,,oktober,7,c1:s,0.9,"Den 21 oktober anslöt sig garnisonen till ""kommittén"" & Smolnyj.",machine,',
    );
  });
});

describe('review status and reviewer', () => {
  const reviewed: GraphView = { nodes: VIEW.nodes, edges: [{ ...VIEW.edges[0], status: 'accepted', reviewedBy: 'anna' }, { ...VIEW.edges[2], status: 'rejected', reviewedBy: 'boris' }] };
  test.each([
    ['csv', [/,accepted,anna\r\n/, /,rejected,boris\r\n/, /,status,reviewed_by\r\n/]],
    ['graphml', [/<data key="edge_status">accepted<\/data>\s*<data key="edge_reviewedBy">anna<\/data>/, /attr.name="reviewedBy"/]],
    ['gexf', [/<attvalue for="edge_status" value="rejected"\/>\s*<attvalue for="edge_reviewedBy" value="boris"\/>/, /title="status"/]],
  ] as const)('%s carries them', (format, patterns) => {
    const text = EXPORTERS[format].render(reviewed, CONTEXT);
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });
});

describe('gexf', () => {
  const gexf = EXPORTERS.gexf.render(VIEW, CONTEXT);

  test('is dynamic GEXF 1.3 with Gregorian day intervals on dated claims', () => {
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('<graph mode="dynamic" defaultedgetype="directed" timeformat="date"');
    expect(gexf).toMatch(/<edge id="c1" source="garnison" target="mrk" kind="JOINED" label="JOINED" start="1917-11-03" end="1917-11-03">/);
    // c2 is dated "1917-10" in the Julian calendar: October Old Style is 14 October to 13 November New Style.
    expect(gexf).toMatch(/<edge id="c2" [^>]*start="1917-10-14" end="1917-11-13">/);
    expect(gexf).toMatch(/<edge id="c3" source="lenin" target="mrk" kind="LED" label="LED">/);
  });

  test('carries the evidence and the text-calendar date as escaped attribute values', () => {
    expect(gexf).toContain('<attvalue for="edge_evidence" value="Den 21 oktober anslöt sig garnisonen till &quot;kommittén&quot; &amp; Smolnyj."/>');
    expect(gexf).toContain('<attvalue for="edge_date" value="1917-10-21"/>');
    expect(gexf).toContain('value="=HYPERLINK(&quot;http://x&quot;) &lt;b&gt;"');
  });

  test('nodes live while their dated claims do; with an undated claim, or none, throughout', () => {
    expect(gexf).toMatch(/<node id="garnison" label="Petrograds garnison">.*<spells><spell start="1917-10-14" end="1917-11-13"\/><\/spells><\/node>/);
    expect(gexf).not.toMatch(/<node id="mrk"[^>]*>(?:(?!<\/node>).)*<spells>/);
    expect(gexf).not.toMatch(/<node id="smolnyj"[^>]*>(?:(?!<\/node>).)*<spells>/);
  });
});

describe('graphml', () => {
  const graphml = EXPORTERS.graphml.render(VIEW, CONTEXT);

  test('declares its keys and writes one edge per claim with its data', () => {
    expect(graphml).toContain('<key id="edge_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
    expect(graphml).toContain('<graph id="allegiance" edgedefault="directed">');
    expect(graphml.match(/<edge /g)).toHaveLength(3);
    expect(graphml).toContain('<data key="node_aliases">kommittén</data>');
    expect(graphml).toMatch(/<edge id="c3" source="lenin" target="mrk"><data key="edge_type">LED<\/data><data key="edge_evidence">/);
  });
});

describe('json', () => {
  test('is the GraphView with the export time and window', () => {
    const parsed = JSON.parse(EXPORTERS.json.render(VIEW, { ...CONTEXT, from: '1917-10' }));
    expect(parsed).toEqual({ exportedAt: CONTEXT.generatedAt, window: { from: '1917-10', to: null, calendar: 'text' }, ...VIEW });
  });
});
