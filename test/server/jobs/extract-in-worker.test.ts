/**
 * Reading documents of every format, and refusing the bad ones, in the extraction worker (where the
 * server reads them; pdf.js is an ES module that only the worker's loader runs, not Jest's).
 */
import { InvalidInputError, PayloadTooLargeError } from '../../../domain/errors';
import { documentFormatOf } from '../../../ingest/formats';
import { extractInWorker } from '../../../server/jobs/extract-in-worker';
import { encryptedPdf, manyPagePdf, scannedPdf, textPdf, wordDocument, zipBombDocx } from '../../support/document-files';

const SENTENCE = 'Den 25 oktober häktade bolsjevikerna Kerenskis ministrar.';
const SMALL_LIMITS = { maxPdfPages: 20, maxDocxInflatedBytes: 1024 * 1024 };

describe('extractInWorker', () => {
  test('reads the text layer of a PDF, page by page, and reports its stages', async () => {
    const pdf = await textPdf([SENTENCE, 'Trotski talade i Smolnyj.']);
    expect(documentFormatOf(pdf)).toBe('pdf');
    const stages: string[] = [];
    const { source, extraction, reading } = await extractInWorker(pdf, { onProgress: (stage, percent) => stages.push(`${stage} ${percent}`) });
    expect(source).toContain(SENTENCE);
    expect(source.indexOf('Trotski')).toBeGreaterThan(source.indexOf(SENTENCE));
    expect(extraction.entities.map((entity) => entity.id)).toContain('kerenski');
    expect(reading.text).toContain(SENTENCE);
    expect(stages[0]).toBe('reading 0');
    expect(stages).toContain('extracting 0');
    expect(stages[stages.length - 1]).toBe('extracting 100');
  });

  test('reads the paragraphs of a Word document', async () => {
    const docx = await wordDocument([SENTENCE, 'Trotski talade i Smolnyj.']);
    expect(documentFormatOf(docx)).toBe('docx');
    expect((await extractInWorker(docx)).source).toMatch(/häktade bolsjevikerna Kerenskis ministrar\.\s+Trotski talade/);
  });

  test('reads plain text in UTF-8 and in Windows-1252', async () => {
    expect((await extractInWorker(Buffer.from(SENTENCE, 'utf8'))).source).toBe(SENTENCE);
    expect((await extractInWorker(Buffer.from(`${SENTENCE} Det var så första gången.`, 'latin1'))).source).toBe(`${SENTENCE} Det var så första gången.`);
  });

  const refused: [string, () => Promise<Uint8Array>, typeof InvalidInputError | typeof PayloadTooLargeError, RegExp][] = [
    ['a scanned PDF', () => scannedPdf(), InvalidInputError, /^this PDF has no text layer; run OCR first$/],
    ['an encrypted PDF', () => encryptedPdf(SENTENCE), InvalidInputError, /encrypted with a password/],
    ['a PDF past the page limit', () => manyPagePdf(30), PayloadTooLargeError, /30 pages; the limit is 20/],
    ['a truncated PDF', async () => (await textPdf([SENTENCE])).subarray(0, 400), InvalidInputError, /not a PDF pdf.js can read/],
    ['a zip bomb as .docx', () => zipBombDocx(3 * 1024 * 1024), PayloadTooLargeError, /zip bomb/],
    ['a zip that is not a Word document', async () => (await import('jszip')).default().file('a.txt', SENTENCE).generateAsync({ type: 'uint8array' }), InvalidInputError, /not a Word document/],
    ['an old binary .doc', async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), InvalidInputError, /old binary Word/],
    ['a text of digits only', async () => Buffer.from('1917 1918 — 25.'), InvalidInputError, /no sentences/],
  ];
  test.each(refused)('refuses %s', async (_label, make, errorClass, message) => {
    const reading = extractInWorker(await make(), { readLimits: SMALL_LIMITS });
    await expect(reading).rejects.toThrow(errorClass);
    await expect(reading).rejects.toThrow(message);
  });

  test('stops a document that takes longer than the time limit', async () => {
    const reading = extractInWorker(Buffer.from(SENTENCE.repeat(2000)), { workerLimits: { timeoutMs: 200 } });
    await expect(reading).rejects.toThrow(/took longer than 0.2 s/);
  });
});
