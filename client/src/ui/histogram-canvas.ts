/** Draws the claims-per-bin histogram behind the timeline handles, shading bins outside the window. */
import type { DayInterval } from '../../../domain/dates/partial-iso';
import type { HistogramBin } from '../histogram';

export function drawHistogram(canvas: HTMLCanvasElement, bins: readonly HistogramBin[], span: DayInterval, window: DayInterval): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(ratio, ratio);
  context.clearRect(0, 0, width, height);
  const days = span.end - span.start + 1;
  const highest = Math.max(1, ...bins.map((bin) => bin.count));
  for (const bin of bins) {
    const x = ((bin.start - span.start) / days) * width;
    const barWidth = Math.max(1, ((bin.end - bin.start + 1) / days) * width - 1);
    const barHeight = (bin.count / highest) * (height - 2);
    const inWindow = bin.end >= window.start && bin.start <= window.end;
    context.fillStyle = inWindow ? '#5499C7' : '#D6EAF8';
    context.fillRect(x, height - barHeight, barWidth, barHeight);
  }
}
