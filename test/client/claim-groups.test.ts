import { groupClaims } from '../../client/src/claim-groups';
import type { AllegianceClaim, GraphNode } from '../../domain/api';

const other: GraphNode = { id: 'x', name: 'X', type: 'Person', aliases: [], mentionCount: 1 };

function claim(edgeId: string, type: AllegianceClaim['type'], direction: 'out' | 'in'): AllegianceClaim {
  return { edgeId, type, direction, counterpart: other, date: null, dateGregorian: null, line: 1, evidence: '', documentId: 'd', confidence: 0.8 };
}

describe('groupClaims', () => {
  test('one group per type and direction, in relation order, own acts first, claim order kept', () => {
    const groups = groupClaims([
      claim('a', 'ARRESTED', 'in'),
      claim('b', 'NEGOTIATED_WITH', 'out'),
      claim('c', 'OPPOSED', 'in'),
      claim('d', 'ARRESTED', 'in'),
      claim('e', 'OPPOSED', 'out'),
      claim('f', 'LED', 'out'),
    ]);
    expect(groups.map((group) => [group.label, group.claims.map((c) => c.edgeId)])).toEqual([
      ['opposed', ['e']],
      ['opposed by', ['c']],
      ['arrested by', ['a', 'd']],
      ['led', ['f']],
      ['negotiated with', ['b']],
    ]);
  });

  test('no claims, no groups', () => {
    expect(groupClaims([])).toEqual([]);
  });
});
