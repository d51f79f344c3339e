import { toEdgeData, toNodeData } from '../../client/src/graph-elements';
import { RELATION_LABELS } from '../../client/src/palette';
import { edgeTooltip, excerpt, nodeTooltip } from '../../client/src/tooltip-text';
import { SMALL_GRAPH } from './fixtures/small-graph';

const names = new Map(SMALL_GRAPH.nodes.map((node) => [node.id, node.name]));
const nameOf = (id: string): string => names.get(id) ?? id;

describe('tooltips', () => {
  test('an entity: its name, type, mentions and the claims shown', () => {
    const node = toNodeData({ ...SMALL_GRAPH.nodes[0]!, mentionCount: 1 });
    expect(nodeTooltip(node, 0)).toEqual({ title: node.name, lines: [`${node.type} · 1 mention`, 'no claim shown'] });
    expect(nodeTooltip({ ...node, mentionCount: 12 }, 3).lines).toEqual([`${node.type} · 12 mentions`, '3 claims shown']);
  });

  test('a claim: who, what, whom, the date with its calendar and basis, and the evidence', () => {
    const edge = toEdgeData({ ...SMALL_GRAPH.edges[0]!, date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian', dateBasis: 'section', evidence: 'Den 25 oktober …' });
    const text = edgeTooltip(edge, nameOf);
    expect(text.title).toBe(`${nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${nameOf(edge.target)}`);
    expect(text.lines).toEqual(['25 Oct 1917 OS = 7 Nov 1917 NS, from the chapter', '“Den 25 oktober …”']);
  });

  test('long evidence is cut at a word', () => {
    const long = 'ord '.repeat(100);
    const cut = excerpt(long, 30);
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(cut.endsWith('ord…')).toBe(true);
    expect(excerpt('  kort\n text ')).toBe('kort text');
  });
});
