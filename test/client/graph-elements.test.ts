import { edgeWidth, labelFontSize, nodeSize, toClaimData, toElements } from '../../client/src/graph-elements';
import { julianToJdn } from '../../domain/dates/calendar';
import type { PairEdge } from '../../domain/api';
import { pairEdgeId } from '../../domain/pair-edge';
import { pairsOf } from '../support/pair-oracle';
import { SMALL_GRAPH } from './fixtures/small-graph';

const c5 = SMALL_GRAPH.edges.find((edge) => edge.id === 'c5')!;
const c7 = SMALL_GRAPH.edges.find((edge) => edge.id === 'c7')!;

describe('toElements', () => {
  test('every node and edge, each edge placed on the day axis over its claims, its width and count from them', () => {
    const edges = pairsOf(SMALL_GRAPH.edges);
    const elements = toElements({ nodes: SMALL_GRAPH.nodes, edges });
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(SMALL_GRAPH.nodes.length);
    expect(elements.filter((element) => element.group === 'edges')).toHaveLength(edges.length);
    const day = julianToJdn({ year: 1917, month: 10, day: 25 });
    expect(elements.find((element) => element.data.id === pairEdgeId(c5))?.data).toMatchObject({ startDay: day, endDay: day, claims: 1, width: 1.6, countLabel: '' });
    expect(elements.find((element) => element.data.id === pairEdgeId(c7))?.data).toMatchObject({ startDay: null, endDay: null, undated: 1 });
  });

  test('an edge of many claims is wider and says how many', () => {
    const many: PairEdge = { ...pairsOf([c5])[0]!, claims: 12 };
    const [, , edge] = toElements({ nodes: SMALL_GRAPH.nodes.filter((node) => [c5.source, c5.target].includes(node.id)), edges: [many] });
    expect(edge?.data).toMatchObject({ width: edgeWidth(12), countLabel: '12' });
    expect(edgeWidth(12)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(1_000_000)).toBe(8);
  });

  test('edges to entities outside the view, and ids clashing with an entity, are dropped', () => {
    const [edge] = pairsOf([c5]);
    const edges: PairEdge[] = [{ ...edge!, id: 'dangling', target: 'napoleon' }, { ...edge!, id: 'lenin' }];
    expect(toElements({ nodes: SMALL_GRAPH.nodes, edges }).filter((element) => element.group === 'edges')).toEqual([]);
  });
});

describe('toClaimData', () => {
  test('a claim loaded on demand is placed on the day axis by its own date', () => {
    const day = julianToJdn({ year: 1917, month: 10, day: 25 });
    expect(toClaimData(c5)).toMatchObject({ id: 'c5', startDay: day, endDay: day, evidence: c5.evidence });
    expect(toClaimData(c7)).toMatchObject({ startDay: null, endDay: null });
  });
});

describe('sizes', () => {
  test.each([
    [1, 18, 12],
    [2, 30, 15],
    [16, 66, 24],
    [10000, 90, 28],
    [0, 18, 12],
  ])('%i mentions → node %i, label %i', (mentions, size, font) => {
    expect(nodeSize(mentions)).toBe(size);
    expect(labelFontSize(mentions)).toBe(font);
  });
});
