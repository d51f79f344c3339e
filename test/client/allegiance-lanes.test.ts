import { allegianceLanes, lanePosition } from '../../client/src/allegiance-lanes';
import type { AllegianceClaim, GraphNode } from '../../domain/api';
import { SMALL_GRAPH } from './fixtures/small-graph';

const node = (id: string): GraphNode => SMALL_GRAPH.nodes.find((candidate) => candidate.id === id) as GraphNode;

function claim(edgeId: string, type: AllegianceClaim['type'], counterpart: string, date: string | null, dateGregorian: string | null, line: number): AllegianceClaim {
  return { edgeId, type, direction: 'out', counterpart: node(counterpart), date, dateGregorian, line, evidence: `sentence ${line}`, documentId: 'doc1', confidence: 0.9 };
}

describe('allegianceLanes', () => {
  const claims = [
    claim('a', 'JOINED', 'bolsjevikerna', '1917-10-21', '1917-11-03', 870),
    claim('b', 'SUPPORTED', 'kerenski', '1917-08-20', '1917-09-02', 842),
    claim('c', 'OPPOSED', 'kerenski', '1917-10-22', '1917-11-04', 880),
    claim('d', 'SUPPORTED', 'kadetterna', null, null, 100),
  ];

  test('one lane per counterpart, earliest first, undated last', () => {
    const chart = allegianceLanes(claims);
    expect(chart.lanes.map((lane) => [lane.counterpart.id, lane.claims.map((item) => item.claim.edgeId)])).toEqual([
      ['kerenski', ['b', 'c']],
      ['bolsjevikerna', ['a']],
      ['kadetterna', ['d']],
    ]);
  });

  test('the span covers the dated claims only', () => {
    const chart = allegianceLanes(claims);
    expect(chart.span!.end - chart.span!.start).toBe(63);
  });

  test('no claims, no lanes', () => {
    expect(allegianceLanes([])).toEqual({ lanes: [], span: null });
  });

  test.each([
    [0, { start: 0, end: 10 }, 0],
    [5, { start: 0, end: 10 }, 0.5],
    [10, { start: 0, end: 10 }, 1],
    [3, { start: 3, end: 3 }, 0.5],
  ])('lanePosition(%i, %o) = %f', (day, span, position) => {
    expect(lanePosition(day, span)).toBe(position);
  });
});
