import { findContests, type ContestedClaim } from '../../domain/contested';
import type { ClaimStatus } from '../../domain/curation';
import type { RelationType } from '../../domain/types';

function claim(id: string, type: RelationType, date: string | null, status: ClaimStatus = 'machine', ends: [string, string] = ['garrison', 'government']): ContestedClaim {
  return {
    id, type, source: ends[0], target: ends[1], status, reviewedBy: status === 'machine' ? null : 'anna', evidence: id, documentId: `doc-${id}`, documentTitle: `Doc ${id}`, line: 1,
    date, dateGregorian: date, calendar: date === null ? null : 'gregorian',
  };
}

const names = (id: string): string => id.toUpperCase();
const sideIds = (claims: ContestedClaim[]): string[][][] =>
  findContests(claims, names).map((contest) => contest.sides.map((side) => side.claims.map((one) => one.id)));

describe('findContests', () => {
  test.each<[string, ContestedClaim[], string[][][]]>([
    ['SUPPORTED and OPPOSED at overlapping times', [claim('s', 'SUPPORTED', '1917-10'), claim('o', 'OPPOSED', '1917-10-25')], [[['s'], ['o']]]],
    ['JOINED and OPPOSED, one undated (overlaps every time)', [claim('j', 'JOINED', '1917-10-25'), claim('o', 'OPPOSED', null)], [[['j'], ['o']]]],
    ['SUPPORTED and OPPOSED at different times: no contest', [claim('s', 'SUPPORTED', '1917-03'), claim('o', 'OPPOSED', '1917-10')], []],
    ['a rejected side does not contest', [claim('s', 'SUPPORTED', '1917-10'), claim('o', 'OPPOSED', '1917-10', 'rejected')], []],
    ['other pairs do not contest each other', [claim('s', 'SUPPORTED', '1917-10'), claim('o', 'OPPOSED', '1917-10', 'machine', ['government', 'garrison'])], []],
    ['types that can both hold (LED, NEGOTIATED_WITH) do not contest', [claim('l', 'LED', null), claim('n', 'NEGOTIATED_WITH', null)], []],
    ['one claim type accepted here, rejected there', [claim('a', 'SUPPORTED', '1917-10', 'accepted'), claim('r', 'SUPPORTED', '1917-10-20', 'rejected')], [[['a'], ['r']]]],
    ['only the claims overlapping the other side are shown', [claim('s1', 'SUPPORTED', '1917-03'), claim('s2', 'SUPPORTED', '1917-10'), claim('o', 'OPPOSED', '1917-10-25')], [[['s2'], ['o']]]],
  ])('%s', (_label, claims, expected) => {
    expect(sideIds(claims)).toEqual(expected);
  });

  test('a contest names both ends, its kind and the label of each side', () => {
    const [contest] = findContests([claim('s', 'SUPPORTED', null), claim('o', 'OPPOSED', null)], names);
    expect(contest).toMatchObject({
      kind: 'opposite-types',
      source: { id: 'garrison', name: 'GARRISON' },
      target: { id: 'government', name: 'GOVERNMENT' },
      sides: [{ label: 'SUPPORTED' }, { label: 'OPPOSED' }],
    });
    const [decision] = findContests([claim('a', 'OPPOSED', null, 'accepted'), claim('r', 'OPPOSED', null, 'rejected')], names);
    expect(decision).toMatchObject({ kind: 'opposite-decisions', sides: [{ label: 'OPPOSED accepted' }, { label: 'OPPOSED rejected' }] });
  });
});
