import { formatUrlView, parseUrlView, dayOfIso } from '../../client/src/url-state';
import { gregorianToJdn, julianToJdn } from '../../domain/dates/calendar';

describe('the view in the URL', () => {
  const cases: [label: string, search: string][] = [
    ['an entity', '?entity=kerenski'],
    ['an Old Style window (the text\'s Julian dates)', '?from=1917-10-25&to=1917-11-01'],
    ['a New Style window', '?from=1917-11-07&to=1917-11-14&calendar=new'],
    ['some entity types', '?types=Person,Party'],
    ['an open document', '?entity=lenin&document=oktober-i-petrograd'],
  ];
  test.each(cases)('%s survives a round trip', (_label, search) => {
    expect(formatUrlView(parseUrlView(search))).toBe(search);
  });

  test('Old Style reads dates before the switch as Julian, New Style as Gregorian', () => {
    expect(dayOfIso('1917-10-25', 'old')).toBe(julianToJdn({ year: 1917, month: 10, day: 25 }));
    expect(dayOfIso('1917-10-25', 'old')).toBe(gregorianToJdn({ year: 1917, month: 11, day: 7 }));
    expect(dayOfIso('1917-11-07', 'new')).toBe(gregorianToJdn({ year: 1917, month: 11, day: 7 }));
    expect(dayOfIso('1918-03-03', 'old')).toBe(gregorianToJdn({ year: 1918, month: 3, day: 3 }));
  });

  const dropped: [label: string, search: string][] = [
    ['a malformed date', '?from=1917-13-01&to=1917-11-01'],
    ['a window ending before it starts', '?from=1917-11-01&to=1917-10-01'],
    ['an unknown calendar and unknown types', '?calendar=mayan&types=Ship'],
  ];
  test.each(dropped)('%s is dropped', (_label, search) => {
    expect(parseUrlView(search)).toEqual({});
    expect(formatUrlView(parseUrlView(search))).toBe('');
  });
});
