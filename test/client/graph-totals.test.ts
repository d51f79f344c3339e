import { totalsLine } from '../../client/src/graph-totals';

test.each([
  [{ entities: 300, claims: 1204 }, { entities: 12431, claims: 9877 }, 'showing 300 of 12,431 entities · 1,204 of 9,877 claims'],
  [{ entities: 12, claims: 8 }, { entities: 12, claims: 8 }, 'showing 12 of 12 entities · 8 of 8 claims'],
  [{ entities: 310, claims: 1300 }, { entities: 300, claims: 1204 }, 'showing 310 of 310 entities · 1,300 of 1,300 claims'],
])('%p of %p', (shown, totals, line) => {
  expect(totalsLine(shown, totals)).toBe(line);
});
