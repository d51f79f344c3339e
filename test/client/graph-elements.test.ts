import { labelFontSize, nodeSize, toElements } from '../../client/src/graph-elements';
import { julianToJdn } from '../../domain/dates/calendar';
import type { GraphView } from '../../domain/api';
import { SMALL_GRAPH } from './fixtures/small-graph';

describe('toElements', () => {
  test('every node and claim, with claims placed on the day axis', () => {
    const elements = toElements(SMALL_GRAPH);
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(SMALL_GRAPH.nodes.length);
    const c5 = elements.find((element) => element.data.id === 'c5');
    expect(c5?.data).toMatchObject({ startDay: julianToJdn({ year: 1917, month: 10, day: 25 }), endDay: julianToJdn({ year: 1917, month: 10, day: 25 }) });
    expect(elements.find((element) => element.data.id === 'c7')?.data).toMatchObject({ startDay: null, endDay: null });
  });

  test('claims to entities outside the view, and ids clashing with an entity, are dropped', () => {
    const view: GraphView = {
      nodes: SMALL_GRAPH.nodes,
      edges: [
        { ...(SMALL_GRAPH.edges[0] as GraphView['edges'][number]), id: 'dangling', target: 'napoleon' },
        { ...(SMALL_GRAPH.edges[0] as GraphView['edges'][number]), id: 'lenin' },
      ],
    };
    expect(toElements(view).filter((element) => element.group === 'edges')).toEqual([]);
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
