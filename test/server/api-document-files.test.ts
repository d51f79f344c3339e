/**
 * Uploading PDF, Word and legacy-encoded files through the API, as the page does (with and without a
 * job to follow), reading a document back with its offsets, re-ingesting it, and refusing the files
 * that cannot be read or would exhaust the server, each with the graph's counts unchanged.
 */
import iconv from 'iconv-lite';
import request from 'supertest';
import type { JobStatus } from '../../domain/jobs';
import type { DocumentText } from '../../domain/reading';
import { encryptedPdf, manyPagePdf, scannedPdf, textPdf, wordDocument, zipBombDocx } from '../support/document-files';
import { expectGraphUnchanged, seedFixtureDocuments, useSeededApi } from './support/api-fixture';

const api = useSeededApi();
beforeEach(() => seedFixtureDocuments(api().graph));

const FIRST = 'Den 25 oktober 1917 arresterade Militärrevolutionära kommittén Kerenskis ministrar.';
const SECOND = 'Lenin ledde bolsjevikerna. Kerenski motsatte sig bolsjevikerna.';

async function readDocument(id: string): Promise<DocumentText> {
  return (await request(api().app).get(`/api/documents/${id}`).expect(200)).body as DocumentText;
}

/** Polls the job until it ends, collecting the states it passed through. */
async function followJob(location: string): Promise<{ job: JobStatus; states: string[] }> {
  const states: string[] = [];
  for (;;) {
    const job = (await request(api().app).get(location).expect(200)).body as JobStatus;
    if (states[states.length - 1] !== job.state) states.push(job.state);
    if (job.state === 'done' || job.state === 'failed') return { job, states };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('uploading files', () => {
  test('a PDF is read from its text layer and titled by its file name; GET /api/documents/:id gives its text with offsets', async () => {
    const pdf = await textPdf([FIRST, SECOND]);
    const created = await request(api().app).post('/api/documents').attach('file', pdf, 'Oktober i Petrograd.pdf').expect(201);
    expect(created.body).toMatchObject({ documentId: 'oktober-i-petrograd', status: 'created' });
    expect(created.body.newEntities + created.body.mergedEntities).toBe(created.body.entities);

    const document = await readDocument('oktober-i-petrograd');
    expect(document).toMatchObject({ title: 'Oktober i Petrograd', language: 'sv' });
    expect(document.wordCount).toBe(16);
    expect(document.text).toContain(FIRST);
    const sentences = document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end));
    expect(sentences).toEqual([FIRST, 'Lenin ledde bolsjevikerna.', 'Kerenski motsatte sig bolsjevikerna.']);
    const kerenski = document.mentions.filter((mention) => mention.entityId === 'kerenski');
    expect(kerenski.map((mention) => document.text.slice(mention.start, mention.end))).toEqual(['Kerenskis', 'Kerenski']);
    expect(kerenski[0]).toMatchObject({ type: 'Person', name: expect.stringMatching(/^Kerenski/) });
    const led = document.claims.find((claim) => claim.type === 'LED' && claim.source === 'lenin');
    expect(led).toMatchObject({ target: 'bolsjevikerna', sentence: 1 });
    const sentence = document.sentences.find((candidate) => candidate.id === led?.sentenceId);
    expect(document.text.slice(sentence?.start, sentence?.end)).toBe('Lenin ledde bolsjevikerna.');
  });

  test('a Word document is read paragraph by paragraph', async () => {
    const docx = await wordDocument([FIRST, SECOND]);
    await request(api().app).post('/api/documents').attach('file', docx, 'brev.docx').expect(201);
    expect((await readDocument('brev')).text).toBe(`${FIRST}\n\n${SECOND}`);
  });

  test('a Windows-1252 text is decoded; a text/plain body without a title is titled by its first line', async () => {
    const bytes = iconv.encode(`Dagar i oktober\n\n${FIRST} ${SECOND} Det var den första dagen, sade han.\n`, 'win1252');
    const created = await request(api().app).post('/api/documents').type('text/plain').send(bytes).expect(201);
    expect(created.body.documentId).toBe('dagar-i-oktober');
    const document = await readDocument('dagar-i-oktober');
    expect(document.title).toBe('Dagar i oktober');
    expect(document.text).toContain('Militärrevolutionära kommittén');
  });

  test('with Prefer: respond-async the upload is a job: 202, then reading, extracting, writing, done with a summary', async () => {
    const response = await request(api().app).post('/api/documents').set('Prefer', 'respond-async').attach('file', Buffer.from(`${FIRST}\n\n${SECOND}\n`), 'jobb.txt').expect(202);
    expect(response.headers.location).toBe(response.body.location);
    const { job, states } = await followJob(response.body.location);
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ documentId: 'jobb', status: 'created' });
    expect(job.result?.mergedEntities).toBeGreaterThan(0); // Kerenski and Lenin are in the seeded documents
    expect(states[states.length - 1]).toBe('done');
    expect(states.every((state) => ['queued', 'reading', 'extracting', 'writing', 'done'].includes(state))).toBe(true);
  });

  test('a job that fails reports the error the synchronous upload would have had, and nothing is stored', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).post('/api/documents').set('Prefer', 'respond-async').attach('file', await scannedPdf(), 'skannad.pdf').expect(202);
      const { job } = await followJob(response.body.location);
      expect(job).toMatchObject({ state: 'failed', error: { status: 400, message: 'this PDF has no text layer; run OCR first' } });
    });
  });

  test('re-ingest extracts the stored text again with the current extractor', async () => {
    await request(api().app).post('/api/documents').attach('file', Buffer.from(`${FIRST}\n\n${SECOND}\n`), 'igen.txt').expect(201);
    const before = await readDocument('igen');
    const again = await request(api().app).post('/api/documents/igen/reingest').expect(200);
    expect(again.body).toMatchObject({ documentId: 'igen', status: 'replaced' });
    expect(await readDocument('igen')).toEqual({ ...before, ingestedAt: expect.any(String) });
  });

  test('reading or re-ingesting an unknown document → 404; a document stored without its text → 404 that says why', async () => {
    await request(api().app).get('/api/documents/nothing').expect(404);
    await request(api().app).post('/api/documents/nothing/reingest').expect(404);
    const response = await request(api().app).get('/api/documents/oktober').expect(404);
    expect(response.body.error.message).toMatch(/ingested before texts were kept; re-ingest it/);
  });
});

describe('bad files are refused and nothing stored changes', () => {
  const cases: [string, () => Promise<Buffer>, string, number, RegExp][] = [
    ['a scanned PDF', () => scannedPdf(), 'skannad.pdf', 400, /^this PDF has no text layer; run OCR first$/],
    ['an encrypted PDF', () => encryptedPdf(FIRST), 'hemlig.pdf', 400, /encrypted with a password/],
    ['a 10,000-page PDF', () => manyPagePdf(10_000), 'lang.pdf', 413, /10000 pages; the limit is 2000/],
    ['a Word zip bomb (101 MB inflated)', () => zipBombDocx(101 * 1024 * 1024), 'bomb.docx', 413, /zip bomb/],
    ['KOI8-R text', async () => iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r'), 'ryska.txt', 400, /not valid UTF-8/],
    ['an old .doc', async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'gammal.doc', 400, /old binary Word/],
  ];
  test.each(cases)('%s', async (_label, make, fileName, status, message) => {
    const bytes = await make();
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).post('/api/documents').attach('file', bytes, fileName).expect(status);
      expect(response.body.error.message).toMatch(message);
    });
  });
});
