import { blocColours, BLOC_COLOURS, rankAnchors } from '../../client/src/bloc-colours';
import type { SignedClaim } from '../../client/src/blocs';
import { findBlocs } from '../../client/src/blocs';
import type { RelationType } from '../../domain/types';

let next = 0;
const claim = (source: string, type: RelationType, target: string): SignedClaim => ({ id: `c${(next += 1)}`, source, type, target });
const membersOf = (claims: SignedClaim[]): string[][] => findBlocs(claims).blocs.map((bloc) => bloc.members);

describe('findBlocs', () => {
  test.each<[string, SignedClaim[], string[][]]>([
    ['binding claims gather, separating claims part', [
      claim('garrison', 'JOINED', 'mrc'), claim('lenin', 'LED', 'mrc'), claim('mrc', 'ARRESTED', 'ministers'), claim('kerenski', 'LED', 'ministers'),
    ], [['garrison', 'lenin', 'mrc'], ['kerenski', 'ministers']]],
    ['opposition alone places an entity on a side of its own', [claim('cadets', 'OPPOSED', 'bolsheviks'), claim('lenin', 'LED', 'bolsheviks')], [['bolsheviks', 'lenin'], ['cadets']]],
    ['an unbalanced triangle: the support chain breaks where the opposition is', [
      claim('a', 'SUPPORTED', 'b'), claim('b', 'SUPPORTED', 'c'), claim('a', 'OPPOSED', 'c'), claim('a', 'OPPOSED', 'c'), claim('d', 'JOINED', 'a'),
    ], [['a', 'b', 'd'], ['c']]],
    ['negotiation places nobody', [claim('trotski', 'NEGOTIATED_WITH', 'kuhlmann')], []],
    ['no claims, no blocs', [], []],
  ])('%s', (_name, claims, expected) => {
    expect(membersOf(claims)).toEqual(expected);
  });

  test('a bloc is anchored on its most central member, and says which claims placed each member', () => {
    const joined = claim('garrison', 'JOINED', 'mrc');
    const led = claim('lenin', 'LED', 'mrc');
    const arrested = claim('mrc', 'ARRESTED', 'ministers');
    const partition = findBlocs([joined, led, arrested]);
    expect(partition.blocs.map((bloc) => bloc.anchor)).toEqual(['mrc', 'ministers']);
    expect(partition.placedBy.get('garrison')).toEqual([joined]);
    expect(partition.placedBy.get('mrc')).toEqual([joined, led, arrested]);
    expect(partition.frustration).toBe(0);
  });

  test('frustration counts the claims the partition goes against', () => {
    const partition = findBlocs([claim('a', 'SUPPORTED', 'b'), claim('b', 'SUPPORTED', 'c'), claim('a', 'OPPOSED', 'c')]);
    expect(partition.frustration).toBe(1);
  });

  test('is deterministic: the order of claims does not matter', () => {
    const claims = [claim('a', 'JOINED', 'b'), claim('c', 'OPPOSED', 'b'), claim('d', 'SUPPORTED', 'c'), claim('e', 'ARRESTED', 'd'), claim('e', 'MEMBER_OF', 'b')];
    expect(membersOf([...claims].reverse())).toEqual(membersOf(claims));
  });
});

describe('rankAnchors and blocColours', () => {
  const september = findBlocs([claim('garrison', 'SUPPORTED', 'kerenski'), claim('cossacks', 'SUPPORTED', 'kerenski'), claim('kerenski', 'OPPOSED', 'bolsheviks')]);
  const november = findBlocs([
    claim('garrison', 'JOINED', 'bolsheviks'), claim('lenin', 'LED', 'bolsheviks'), claim('sailors', 'SUPPORTED', 'bolsheviks'),
    claim('bolsheviks', 'ARRESTED', 'ministers'), claim('kerenski', 'LED', 'ministers'),
  ]);
  const ranking = rankAnchors([september, november]);

  test('anchors are ranked by the members they gathered; lone entities anchor nothing', () => {
    expect([...ranking.entries()]).toEqual([['bolsheviks', 0], ['kerenski', 1], ['ministers', 2]]);
  });

  test('a bloc takes the colour of its best-ranked member, so the garrison changes colour when it changes side', () => {
    const colourOf = (partition: ReturnType<typeof findBlocs>, entity: string): string | undefined =>
      blocColours(ranking, partition)[partition.blocOf.get(entity) as number];
    expect(colourOf(september, 'garrison')).toBe(BLOC_COLOURS[1]);
    expect(colourOf(november, 'garrison')).toBe(BLOC_COLOURS[0]);
    expect(colourOf(november, 'kerenski')).toBe(BLOC_COLOURS[1]);
  });

  test('each colour once per window; a bloc with no ranked member takes one outside the palette', () => {
    const window = findBlocs([claim('sailors', 'SUPPORTED', 'garrison'), claim('garrison', 'SUPPORTED', 'kerenski'), claim('x', 'JOINED', 'sailors'), claim('y', 'JOINED', 'z')]);
    const colours = blocColours(ranking, window);
    expect(colours[window.blocOf.get('garrison') as number]).toBe(BLOC_COLOURS[1]);
    expect(BLOC_COLOURS).not.toContain(colours[window.blocOf.get('y') as number]);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
