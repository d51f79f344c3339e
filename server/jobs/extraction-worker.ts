/**
 * A worker thread that reads and extracts documents, one at a time, so that a long document (a 4 MB
 * book takes seconds) never blocks the thread that answers other requests. For each it reports its
 * stage, and the share of sentences read at most once per percent, then the result, or the error as
 * data. It lives on between documents: loading the extractor costs more than extracting a page.
 */
import { parentPort } from 'node:worker_threads';
import { readDocumentText } from '../../ingest/formats';
import { extractDocument } from '../../ingest/pipeline';
import { errorAsData, type ExtractionRequest, type WorkerMessage } from './extraction-messages';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(request: ExtractionRequest): Promise<void> {
  post({ kind: 'progress', stage: 'reading', percent: 0 });
  const source = await readDocumentText(request.bytes, request.limits);
  let reported = -1;
  const onProgress = (done: number, total: number): void => {
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (percent === reported) return;
    reported = percent;
    post({ kind: 'progress', stage: 'extracting', percent });
  };
  onProgress(0, 1);
  const { extraction, reading } = extractDocument(source, { language: request.language, onProgress });
  post({ kind: 'done', result: { source, extraction, reading } });
}

parentPort?.on('message', (request: ExtractionRequest) => {
  run(request).catch((error: unknown) => post({ kind: 'failed', error: errorAsData(error) }));
});
post({ kind: 'ready' });
