import { toEdgeData, toNodeData } from '../../client/src/graph-elements';
import { RELATION_LABELS } from '../../client/src/palette';
import { edgeSummary, edgeTooltip, excerpt, nodeTooltip } from '../../client/src/tooltip-text';
import { julianToJdn } from '../../domain/dates/calendar';
import { pairsOf } from '../support/pair-oracle';
import { SMALL_GRAPH } from './fixtures/small-graph';

const names = new Map(SMALL_GRAPH.nodes.map((node) => [node.id, node.name]));
const nameOf = (id: string): string => names.get(id) ?? id;

describe('tooltips', () => {
  test('an entity: its name, type, mentions and the claims shown', () => {
    const node = toNodeData({ ...SMALL_GRAPH.nodes[0]!, mentionCount: 1 });
    expect(nodeTooltip(node, 0)).toEqual({ title: node.name, lines: [`${node.type} · 1 mention`, 'no claim shown'] });
    expect(nodeTooltip({ ...node, mentionCount: 12 }, 3).lines).toEqual([`${node.type} · 12 mentions`, '3 claims shown']);
  });

  test('an edge: who, what, whom, how many claims and the days they span, in the style chosen', () => {
    const [pair] = pairsOf([SMALL_GRAPH.edges[0]!]);
    const first = julianToJdn({ year: 1917, month: 10, day: 25 });
    const edge = toEdgeData({ ...pair!, claims: 3, undated: 1, firstDay: first, lastDay: first + 1 });
    const text = edgeTooltip(edge, nameOf, 'old');
    expect(text.title).toBe(`${nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${nameOf(edge.target)}`);
    expect(text.lines).toEqual(['3 claims, 25 Oct 1917 OS – 26 Oct 1917 OS, 1 undated', 'Click to read them']);
    expect(edgeTooltip(edge, nameOf, 'new').lines[0]).toBe('3 claims, 7 Nov 1917 NS – 8 Nov 1917 NS, 1 undated');
    expect(edgeSummary({ claims: 1, undated: 1, startDay: null, endDay: null }, 'old')).toBe('1 claim, undated');
    expect(edgeSummary({ claims: 1, undated: 0, startDay: first, endDay: first }, 'old')).toBe('1 claim, 25 Oct 1917 OS');
  });

  test('long evidence is cut at a word', () => {
    const long = 'ord '.repeat(100);
    const cut = excerpt(long, 30);
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(cut.endsWith('ord…')).toBe(true);
    expect(excerpt('  kort\n text ')).toBe('kort text');
  });
});
