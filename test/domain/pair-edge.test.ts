/** One key per source, relation type and target: the server names its edges with it and the page finds a claim's edge. */
import { pairEdgeId } from '../../domain/pair-edge';

describe('pairEdgeId', () => {
  test('the same for every claim of a pair and type, different when the direction or type differs', () => {
    const claim = { source: 'lenin', type: 'OPPOSED' as const, target: 'kerenski' };
    expect(pairEdgeId(claim)).toBe('lenin|OPPOSED|kerenski');
    expect(pairEdgeId({ ...claim, id: 'c9' } as typeof claim)).toBe(pairEdgeId(claim));
    expect(pairEdgeId({ ...claim, source: 'kerenski', target: 'lenin' })).not.toBe(pairEdgeId(claim));
    expect(pairEdgeId({ ...claim, type: 'JOINED' })).not.toBe(pairEdgeId(claim));
  });
});
