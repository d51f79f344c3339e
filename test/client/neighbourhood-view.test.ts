import { MAX_NEIGHBOURHOOD_ZOOM, viewportShowing } from '../../client/src/neighbourhood-view';

const viewport = { zoom: 1, pan: { x: 0, y: 0 }, width: 800, height: 600 };
const rendered = (box: { x1: number; y1: number; x2: number; y2: number }, view: { zoom: number; pan: { x: number; y: number } }) => ({
  x1: box.x1 * view.zoom + view.pan.x, y1: box.y1 * view.zoom + view.pan.y, x2: box.x2 * view.zoom + view.pan.x, y2: box.y2 * view.zoom + view.pan.y,
});

describe('viewportShowing', () => {
  test('a neighbourhood already in view moves nothing', () => {
    expect(viewportShowing({ x1: 100, y1: 100, x2: 300, y2: 300 }, viewport, 30)).toBeNull();
  });

  test('one partly outside is panned into view at the same zoom', () => {
    const box = { x1: 700, y1: 100, x2: 900, y2: 300 };
    const next = viewportShowing(box, viewport, 30)!;
    expect(next.zoom).toBe(1);
    const shown = rendered(box, next);
    expect(shown.x1).toBeGreaterThanOrEqual(30);
    expect(shown.x2).toBeLessThanOrEqual(770);
  });

  test('one larger than the viewport is zoomed out to fit inside the padding', () => {
    const box = { x1: -1000, y1: -200, x2: 1000, y2: 400 };
    const next = viewportShowing(box, viewport, 30)!;
    expect(next.zoom).toBeCloseTo(740 / 2000);
    const shown = rendered(box, next);
    expect(shown.x1).toBeCloseTo(30);
    expect(shown.x2).toBeCloseTo(770);
    expect(shown.y1).toBeGreaterThanOrEqual(30);
    expect(shown.y2).toBeLessThanOrEqual(570);
  });

  test('zoomed far in, a small neighbourhood is shown at no more than a close-up', () => {
    const next = viewportShowing({ x1: 0, y1: 0, x2: 10, y2: 10 }, { ...viewport, zoom: 4, pan: { x: -5000, y: 0 } }, 30)!;
    expect(next.zoom).toBe(MAX_NEIGHBOURHOOD_ZOOM);
  });
});
