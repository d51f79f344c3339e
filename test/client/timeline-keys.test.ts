import { gregorianToJdn, julianToJdn } from '../../domain/dates/calendar';
import { addMonths, keyedWindow, type Handle } from '../../client/src/timeline-keys';

const os = (year: number, month: number, day: number): number => julianToJdn({ year, month, day });
const ns = (year: number, month: number, day: number): number => gregorianToJdn({ year, month, day });
const bounds = { start: os(1917, 2, 23), end: os(1918, 1, 31) };
const key = (name: string, shiftKey = false) => ({ key: name, shiftKey });

describe('addMonths', () => {
  test.each([
    ['1 Oct + 1 month, Old Style', os(1917, 10, 1), 1, 'old' as const, os(1917, 11, 1)],
    ['31 Oct + 1 month is the last of November', os(1917, 10, 31), 1, 'old' as const, os(1917, 11, 30)],
    ['1 Nov − 1 month', os(1917, 11, 1), -1, 'old' as const, os(1917, 10, 1)],
    ['New Style counts Gregorian months', ns(1917, 11, 7), 1, 'new' as const, ns(1917, 12, 7)],
    ['a year back from 14 Mar 1918, New Style', ns(1918, 3, 14), -12, 'new' as const, ns(1917, 3, 14)],
    ['29 Feb 1916 + 12 months is 28 Feb 1917', os(1916, 2, 29), 12, 'old' as const, os(1917, 2, 28)],
  ])('%s', (_label, day, months, style, expected) => {
    expect(addMonths(day, months, style)).toBe(expected);
  });
});

describe('keyedWindow', () => {
  const window = { start: os(1917, 10, 1), end: os(1917, 11, 30) };
  test.each<[string, Handle, { key: string; shiftKey: boolean }, { start: number; end: number }]>([
    ['← on the end handle: one day back', 'end', key('ArrowLeft'), { start: os(1917, 10, 1), end: os(1917, 11, 29) }],
    ['→ on the start handle: one day on', 'start', key('ArrowRight'), { start: os(1917, 10, 2), end: os(1917, 11, 30) }],
    ['↑ is → and ↓ is ←', 'start', key('ArrowDown'), { start: os(1917, 9, 30), end: os(1917, 11, 30) }],
    ['Shift+← on the end handle: one month back', 'end', key('ArrowLeft', true), { start: os(1917, 10, 1), end: os(1917, 10, 30) }],
    ['Shift+→ on the start handle: one month on', 'start', key('ArrowRight', true), { start: os(1917, 11, 1), end: os(1917, 11, 30) }],
    ['PageDown on the start handle: a year back, kept in bounds', 'start', key('PageDown'), { start: bounds.start, end: os(1917, 11, 30) }],
    ['PageUp on the end handle: a year on, kept in bounds', 'end', key('PageUp'), { start: os(1917, 10, 1), end: bounds.end }],
    ['PageUp on the start handle cannot pass the end', 'start', key('PageUp'), { start: os(1917, 11, 30), end: os(1917, 11, 30) }],
    ['Home on the end handle stops at the start', 'end', key('Home'), { start: os(1917, 10, 1), end: os(1917, 10, 1) }],
    ['End on the end handle', 'end', key('End'), { start: os(1917, 10, 1), end: bounds.end }],
  ])('%s', (_label, handle, pressed, expected) => {
    expect(keyedWindow(window, handle, pressed, 'old', bounds)).toEqual(expected);
  });

  test('keys the timeline does not use are left to the browser', () => {
    expect(keyedWindow(window, 'start', key('Tab'), 'old', bounds)).toBeNull();
    expect(keyedWindow(window, 'start', key('a'), 'old', bounds)).toBeNull();
  });
});
