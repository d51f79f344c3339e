/**
 * The timeline under the graph: two handles over the corpus's dates (native range inputs, so they work
 * from the keyboard and for assistive technology), a histogram of claims behind them, play/pause, and the
 * Old Style / New Style switch. Keys (timeline-keys.ts): an arrow moves a handle one day, Shift+arrow one
 * month, PageUp/PageDown one year, in the calendar shown; each handle rings itself when focused.
 */
import type { DayInterval } from '../../../domain/dates/partial-iso';
import { type DateStyle, formatDay } from '../../../domain/dates/styles';
import { chooseBinSize, histogram } from '../histogram';
import type { PageStore } from '../page-state';
import { keyedWindow, type Handle } from '../timeline-keys';
import { el } from './dom';
import { drawHistogram } from './histogram-canvas';

export interface TimelineInput {
  span: DayInterval;
  /** What the histogram counts: claims, or days with how many claims start on each. */
  claims: readonly { startDay: number | null; claims?: number }[];
}

const PLAY_INTERVAL_MS = 700;

function styleButton(style: DateStyle, label: string, title: string): HTMLButtonElement {
  return el('button', { type: 'button', 'data-style': style, 'aria-pressed': 'false', title }, label);
}

/**
 * @example mountTimeline(byId('timeline'), store, { span, claims })
 */
export function mountTimeline(container: HTMLElement, store: PageStore, input: TimelineInput): void {
  const { span } = input;
  const max = span.end - span.start;
  const range = (testId: string, label: string, value: number): HTMLInputElement =>
    el('input', { type: 'range', min: 0, max, step: 1, value, 'data-testid': testId, 'aria-label': label });
  const startInput = range('timeline-start', 'Start of the time window', 0);
  const endInput = range('timeline', 'End of the time window', max);
  const play = el('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'play' }, '▶ Play');
  const label = el('span', { class: 'timeline-window', 'aria-live': 'polite' });
  const oldStyle = styleButton('old', 'Old Style', 'Dates as the text gives them (Julian before February 1918)');
  const newStyle = styleButton('new', 'New Style', 'Gregorian dates throughout');
  const reset = el('button', { type: 'button' }, 'All time');
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  const ticks = el('div', { class: 'timeline-ticks' });
  container.replaceChildren(
    el('div', { class: 'timeline-row' }, play, reset, label, el('span', { class: 'toolbar', role: 'group', 'aria-label': 'Calendar' }, oldStyle, newStyle)),
    el('div', { class: 'timeline-track' }, canvas, startInput, endInput),
    ticks,
  );

  const currentWindow = (): DayInterval => store.get().state.filter.window ?? span;
  const setWindow = (window: DayInterval): void => {
    const full = window.start <= span.start && window.end >= span.end;
    store.update({ filter: { window: full ? null : window } });
  };

  const onInput = (handle: Handle): void => {
    let start = span.start + Number(startInput.value);
    let end = span.start + Number(endInput.value);
    if (start > end) {
      if (handle === 'start') start = end;
      else end = start;
    }
    setWindow({ start, end });
  };
  startInput.addEventListener('input', () => onInput('start'));
  endInput.addEventListener('input', () => onInput('end'));

  const onKey = (handle: Handle) => (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = keyedWindow(currentWindow(), handle, event, store.get().state.dateStyle, span);
    if (!next) return;
    event.preventDefault();
    setWindow(next);
  };
  startInput.addEventListener('keydown', onKey('start'));
  endInput.addEventListener('keydown', onKey('end'));

  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = '▶ Play';
  };
  const advance = (): void => {
    const window = currentWindow();
    if (window.end >= span.end) {
      stop();
      return;
    }
    const stride = Math.max(1, Math.round((window.end - window.start + 1) / 4));
    setWindow({ start: Math.min(span.end, window.start + stride), end: Math.min(span.end, window.end + stride) });
  };
  play.addEventListener('click', () => {
    if (timer !== null) {
      stop();
      return;
    }
    const window = currentWindow();
    const width = Math.max(14, Math.round(max / 8));
    if (window.end - window.start >= max || window.end >= span.end) setWindow({ start: span.start, end: span.start + width });
    timer = setInterval(advance, PLAY_INTERVAL_MS);
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '⏸ Pause';
  });
  reset.addEventListener('click', () => {
    stop();
    setWindow(span);
  });
  for (const button of [oldStyle, newStyle]) {
    button.addEventListener('click', () => store.update({ dateStyle: button.dataset.style as DateStyle }));
  }

  const binSize = chooseBinSize(span);
  let drawnStyle: DateStyle | null = null;
  let bins = histogram(input.claims, span, binSize, 'old');
  const render = (): void => {
    const { state } = store.get();
    const window = state.filter.window ?? span;
    if (drawnStyle !== state.dateStyle) {
      bins = histogram(input.claims, span, binSize, state.dateStyle);
      drawnStyle = state.dateStyle;
      const marks = [span.start, Math.round((span.start + span.end) / 2), span.end];
      ticks.replaceChildren(...marks.map((day) => el('span', {}, formatDay(day, state.dateStyle))));
      canvas.title = `Claims per ${binSize}`;
    }
    startInput.value = String(window.start - span.start);
    endInput.value = String(window.end - span.start);
    for (const handle of [startInput, endInput]) handle.setAttribute('aria-valuetext', formatDay(span.start + Number(handle.value), state.dateStyle));
    label.textContent = `${formatDay(window.start, state.dateStyle)} – ${formatDay(window.end, state.dateStyle)}`;
    oldStyle.setAttribute('aria-pressed', String(state.dateStyle === 'old'));
    newStyle.setAttribute('aria-pressed', String(state.dateStyle === 'new'));
    drawHistogram(canvas, bins, span, window);
  };
  store.subscribe(render);
  globalThis.addEventListener('resize', render);
}
