import type { Direction, Handle } from '../../client/src/timeline-steps';
import { stepStops, stepWindow } from '../../client/src/timeline-steps';

const claims = [
  { startDay: 2, endDay: 2 },
  { startDay: 5, endDay: 5 },
  { startDay: 5, endDay: 5 },
  { startDay: 8, endDay: 12 },
  { startDay: null, endDay: null },
];
const stops = stepStops(claims);
const bounds = { start: 2, end: 12 };

describe('stepStops', () => {
  test('distinct sorted start and end days of dated claims', () => {
    expect(stops).toEqual({ starts: [2, 5, 8], ends: [2, 5, 12] });
  });
});

describe('stepWindow', () => {
  test.each<[string, { start: number; end: number }, Handle, Direction, { start: number; end: number }]>([
    ['end back from the full span drops the last claim', { start: 2, end: 12 }, 'end', 'back', { start: 2, end: 5 }],
    ['end back again', { start: 2, end: 5 }, 'end', 'back', { start: 2, end: 2 }],
    ['end back cannot pass the start', { start: 2, end: 2 }, 'end', 'back', { start: 2, end: 2 }],
    ['end forward brings the next claim in', { start: 2, end: 5 }, 'end', 'forward', { start: 2, end: 8 }],
    ['end forward past the last start goes to the bound', { start: 2, end: 8 }, 'end', 'forward', { start: 2, end: 12 }],
    ['start forward from the full span drops the first claim', { start: 2, end: 12 }, 'start', 'forward', { start: 5, end: 12 }],
    ['start forward again', { start: 5, end: 12 }, 'start', 'forward', { start: 12, end: 12 }],
    ['start back brings the previous claim in', { start: 12, end: 12 }, 'start', 'back', { start: 5, end: 12 }],
    ['start back past the first goes to the bound', { start: 2, end: 12 }, 'start', 'back', { start: 2, end: 12 }],
  ])('%s', (_name, window, handle, direction, expected) => {
    expect(stepWindow(window, handle, direction, stops, bounds)).toEqual(expected);
  });

  test('every end-handle step back changes which claims are in the window', () => {
    let window = { ...bounds };
    const inWindow = (w: { start: number; end: number }): number =>
      claims.filter((claim) => claim.startDay !== null && claim.startDay <= w.end && (claim.endDay ?? 0) >= w.start).length;
    const counts = [inWindow(window)];
    for (let i = 0; i < 2; i += 1) {
      window = stepWindow(window, 'end', 'back', stops, bounds);
      counts.push(inWindow(window));
    }
    expect(counts).toEqual([4, 3, 1]);
  });
});
