/**
 * What `npm run ingest` shows while it runs, on stderr: on a terminal, one progress bar (cli-progress)
 * with files done/total, words/s and the time left; on a pipe or in a log, one plain line per document
 * done. A run of a single document also prints its write steps ("mentions 120/480"), as before.
 * At the end, a summary: counts by status, words/s, and a table of the files that failed.
 */
import { MultiBar } from 'cli-progress';
import type { BulkOutcome } from '../../server/bulk/bulk-ingest';
import type { DocumentFile } from '../../server/bulk/document-files';

export interface IngestProgressView {
  done(outcome: BulkOutcome): void;
  /** A write step of one document: shown only when the run has one document, and not on a terminal bar. */
  step(file: DocumentFile, step: string, done: number, total: number): void;
  note(line: string): void;
  finish(outcomes: readonly BulkOutcome[]): void;
}

const wordsPerSecond = (words: number, ms: number): number => (ms > 0 ? Math.round((words * 1000) / ms) : 0);
const number = (value: number): string => value.toLocaleString('en-US');

function describe(outcome: BulkOutcome): string {
  if (outcome.error) return `${outcome.status} ${outcome.path}: ${outcome.error.code}: ${outcome.error.message}`;
  return `${outcome.status} ${outcome.documentId} (${number(outcome.words)} words, ${(outcome.ms / 1000).toFixed(1)} s)`;
}

/** The summary lines: how many of each status, the speed, then one row per failed or unstarted file. */
export function summaryLines(outcomes: readonly BulkOutcome[], elapsedMs: number): string[] {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
  const words = outcomes.filter((outcome) => outcome.status !== 'unchanged').reduce((sum, outcome) => sum + outcome.words, 0);
  const lines = [
    `${outcomes.length} files: ${[...counts].map(([status, count]) => `${count} ${status}`).join(', ')}`,
    `${number(words)} words extracted in ${(elapsedMs / 1000).toFixed(1)} s: ${number(wordsPerSecond(words, elapsedMs))} words/s`,
  ];
  const failed = outcomes.filter((outcome) => outcome.error);
  if (failed.length === 0) return lines;
  const width = Math.max(4, ...failed.map((outcome) => outcome.path.length));
  lines.push('', `${'file'.padEnd(width)}  status       reason`);
  for (const outcome of failed) {
    lines.push(`${outcome.path.padEnd(width)}  ${outcome.status.padEnd(11)}  ${outcome.error?.code}: ${outcome.error?.message}`);
  }
  return lines;
}

/**
 * @example const view = ingestProgressView(files.length, process.stderr); ... view.finish(outcomes);
 */
export function ingestProgressView(total: number, stream: NodeJS.WriteStream = process.stderr): IngestProgressView {
  const started = Date.now();
  let finished = 0;
  let words = 0;
  // A MultiBar of one bar: unlike a SingleBar, it can print lines (failures) above the bar.
  const bars = stream.isTTY
    ? new MultiBar({ stream, format: '{bar} {value}/{total} files | {wps} words/s | ETA {eta_formatted} | {last}', hideCursor: true, etaBuffer: 20 })
    : undefined;
  const bar = bars?.create(total, 0, { wps: 0, last: '' });
  const write = (line: string): void => {
    if (bars) bars.log(`${line}\n`);
    else stream.write(`${line}\n`);
  };
  return {
    done(outcome) {
      finished += 1;
      if (outcome.status !== 'unchanged') words += outcome.words;
      if (bar) {
        bar.update(finished, { wps: number(wordsPerSecond(words, Date.now() - started)), last: outcome.documentId });
        if (outcome.error) write(describe(outcome));
      } else {
        write(`[${finished}/${total}] ${describe(outcome)}`);
      }
    },
    step(_file, step, done, stepTotal) {
      if (total === 1 && !bar) stream.write(`${step} ${done}/${stepTotal}\n`);
    },
    note: write,
    finish(outcomes) {
      bars?.stop();
      for (const line of summaryLines(outcomes, Date.now() - started)) stream.write(`${line}\n`);
    },
  };
}
