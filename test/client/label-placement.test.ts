import { labelPixels, placeLabels, type LabelCandidate } from '../../client/src/label-placement';

const box = (id: string, x: number, y: number, priority: number, width = 60, height = 14): LabelCandidate => ({
  id, x1: x, y1: y, x2: x + width, y2: y + height, priority,
});
const viewport = { width: 800, height: 600 };

describe('placeLabels', () => {
  test('of two overlapping labels the more important one is drawn', () => {
    expect(placeLabels([box('minor', 10, 10, 1), box('major', 30, 15, 5)], viewport)).toEqual(new Set(['major']));
  });

  test('labels apart from each other are all drawn', () => {
    expect(placeLabels([box('a', 0, 0, 1), box('b', 100, 0, 1), box('c', 0, 40, 1)], viewport)).toEqual(new Set(['a', 'b', 'c']));
  });

  test('spreading the same labels apart (zooming in) lets the hidden ones appear', () => {
    const close = [box('lenin', 100, 100, 9), box('trotski', 120, 108, 5), box('kamenev', 140, 110, 2)];
    const spread = close.map((label, i) => box(label.id, 100 + i * 200, 100 + i * 30, label.priority));
    expect(placeLabels(close, viewport)).toEqual(new Set(['lenin']));
    expect(placeLabels(spread, viewport)).toEqual(new Set(['lenin', 'trotski', 'kamenev']));
  });

  test('a label wholly outside the viewport takes no space', () => {
    expect(placeLabels([box('outside', -200, 10, 9), box('inside', 10, 10, 1)], viewport)).toEqual(new Set(['inside']));
  });

  test('ties go to the id, so the same view gives the same labels', () => {
    const labels = [box('b', 0, 0, 3), box('a', 10, 5, 3)];
    expect(placeLabels(labels, viewport)).toEqual(new Set(['a']));
    expect(placeLabels([...labels].reverse(), viewport)).toEqual(new Set(['a']));
  });

  test('boxes that only touch do not overlap', () => {
    expect(placeLabels([box('a', 0, 0, 2, 64, 14), box('b', 64, 0, 1, 64, 14)], viewport)).toEqual(new Set(['a', 'b']));
  });
});

describe('labelPixels', () => {
  test.each([[1, 11], [8, 15], [300, 16]])('%i mentions → %i px', (mentions, px) => {
    expect(labelPixels(mentions)).toBe(px);
  });
});
