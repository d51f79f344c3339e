import { alignmentLanes, alignmentMonths, blocRanking, busiestEntities } from '../../client/src/alignment';
import { BLOC_COLOURS } from '../../client/src/bloc-colours';
import { gregorianToJdn, julianToJdn } from '../../domain/dates/calendar';
import type { EdgeData } from '../../client/src/graph-elements';
import { toEdgeData } from '../../client/src/graph-elements';
import { pairsOf } from '../support/pair-oracle';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { edgeIds } from './support/headless';

// The page hands the drawn edges over; in the fixture every pair and relation type has one claim.
const claims: EdgeData[] = pairsOf(SMALL_GRAPH.edges).map(toEdgeData);

describe('alignmentMonths', () => {
  test('months of the span in the chosen style', () => {
    const span = { start: gregorianToJdn({ year: 1917, month: 11, day: 7 }), end: gregorianToJdn({ year: 1918, month: 1, day: 2 }) };
    expect(alignmentMonths(span, 'new').map((month) => month.label)).toEqual(['Nov 1917', 'Dec 1917', 'Jan 1918']);
    // 7 Nov 1917 NS is 25 Oct 1917 OS; 2 Jan 1918 NS is 20 Dec 1917 OS.
    const old = alignmentMonths(span, 'old');
    expect(old.map((month) => month.label)).toEqual(['Oct 1917', 'Nov 1917', 'Dec 1917']);
    expect(old[0]!.days).toEqual({ start: julianToJdn({ year: 1917, month: 10, day: 1 }), end: julianToJdn({ year: 1917, month: 10, day: 31 }) });
  });
});

describe('alignmentLanes', () => {
  const span = { start: gregorianToJdn({ year: 1917, month: 7, day: 1 }), end: gregorianToJdn({ year: 1917, month: 11, day: 30 }) };
  const months = alignmentMonths(span, 'new');
  const lanes = alignmentLanes(['petrograds_garnison', 'kadetterna'], claims, blocRanking(claims), months);

  test('the garrison is with Kerenski in September and with the Bolsheviks in November, in their colours', () => {
    const garrison = lanes[0]!;
    expect(months.map((month) => month.label)).toEqual(['Jul 1917', 'Aug 1917', 'Sep 1917', 'Oct 1917', 'Nov 1917']);
    expect(garrison.cells.map((cell) => cell.anchor)).toEqual([null, null, 'kerenski', 'kerenski', 'bolsjevikerna']);
    expect(garrison.cells[2]!.placedBy.map((claim) => claim.id)).toEqual(edgeIds(['c2']));
    expect(garrison.cells[4]!.colour).not.toBe(garrison.cells[2]!.colour);
    expect(BLOC_COLOURS).toContain(garrison.cells[4]!.colour);
  });

  test('the cadets are placed, apart, in the month they are arrested', () => {
    const cadets = lanes[1]!;
    expect(cadets.cells.map((cell) => cell.colour !== null)).toEqual([false, false, false, false, true]);
    expect(cadets.cells[4]!.colour).not.toBe(lanes[0]!.cells[4]!.colour);
  });
});

test('busiestEntities counts signed claims only', () => {
  expect(busiestEntities(claims, 2)).toEqual(['bolsjevikerna', 'kerenski']);
});
