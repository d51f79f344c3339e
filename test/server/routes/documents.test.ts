/**
 * Document upload and deletion through the API, with the real extractor on a short Swedish text:
 * created → 201, the same text again → 200 unchanged; empty, binary, Latin-1, oversized and
 * malformed uploads are refused with a clear 4xx and nothing is stored.
 */
import express from 'express';
import iconv from 'iconv-lite';
import request from 'supertest';
import { errorHandler } from '../../../server/errors';
import { documentsRouter } from '../../../server/routes/documents';
import { graphCounts } from '../../graph/fixtures/test-graph';
import { expectGraphUnchanged, seedFixtureDocuments, useSeededApi } from '../support/api-fixture';

const api = useSeededApi();

const TEXT = [
  'Den 25 oktober 1917 arresterade Militärrevolutionära kommittén Kerenskis ministrar.',
  '',
  'Lenin ledde bolsjevikerna. Kerenski motsatte sig bolsjevikerna.',
  '',
].join('\n');

/** An app whose upload limit is 64 bytes, to reach the limit with a small body. */
function smallLimitApp(): express.Express {
  const app = express();
  app.use('/api', documentsRouter(api().graph, { maxUploadBytes: 64 }));
  app.use(errorHandler(() => undefined));
  return app;
}

beforeEach(() => seedFixtureDocuments(api().graph));

describe('POST /api/documents', () => {
  test('a text/plain body is extracted and ingested: 201, then 200 unchanged', async () => {
    const before = await graphCounts(api().graph);
    const created = await request(api().app).post('/api/documents?title=Oktoberdagar&language=sv').type('text/plain').send(TEXT).expect(201);
    expect(created.body).toMatchObject({ documentId: 'oktoberdagar', status: 'created' });
    expect(created.body.relations).toBeGreaterThan(0);
    expect((await graphCounts(api().graph)).documents).toBe(before.documents + 1);

    const again = await request(api().app).post('/api/documents?title=Oktoberdagar').type('text/plain').send(TEXT).expect(200);
    expect(again.body).toMatchObject({ documentId: 'oktoberdagar', status: 'unchanged' });
  });

  test('the document records who wrote it: "anonymous" while sign-in is off', async () => {
    await request(api().app).post('/api/documents?title=Vem&language=sv').type('text/plain').send(`${TEXT}\nVem skrev?`).expect(201);
    const listed = await request(api().app).get('/api/documents').expect(200);
    const documents = (listed.body.documents ?? listed.body) as { id: string; ingestedBy: string | null }[];
    expect(documents.find((d) => d.id === 'vem')?.ingestedBy).toBe('anonymous');
  });

  test('a multipart upload takes its title from the form, or else from the file name', async () => {
    const titled = await request(api().app).post('/api/documents').field('title', 'Dagar i oktober').field('language', 'sv').attach('file', Buffer.from(TEXT), 'x.txt').expect(201);
    expect(titled.body.documentId).toBe('dagar-i-oktober');
    const named = await request(api().app).post('/api/documents').attach('file', Buffer.from(`${TEXT}\nMer.`), { filename: 'trotskij-1918.txt', contentType: 'text/plain' }).expect(201);
    expect(named.body.documentId).toBe('trotskij-1918');
  });

  const koi8 = iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r');
  test.each([
    ['an empty body', (r: request.Test) => r.query({ title: 'Ny' }).type('text/plain').send(''), 400, /empty/],
    ['whitespace only', (r: request.Test) => r.query({ title: 'Ny' }).type('text/plain').send('  \n\n '), 400, /only whitespace/],
    ['binary bytes', (r: request.Test) => r.query({ title: 'Ny' }).type('text/plain').send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), 400, /binary/],
    ['KOI8-R text, told without confidence', (r: request.Test) => r.query({ title: 'Ny' }).type('text/plain').send(koi8), 400, /not valid UTF-8; it looks like KOI8-R, but not with confidence/],
    ['no title with text/plain and no line with a word', (r: request.Test) => r.type('text/plain').send('1917\n---\n'), 400, /A title is required/],
    ['an unknown language', (r: request.Test) => r.query({ title: 'Ny', language: 'ru' }).type('text/plain').send(TEXT), 400, /"language" must be one of sv, en/],
    ['an unknown query parameter', (r: request.Test) => r.query({ name: 'x' }).type('text/plain').send(TEXT), 400, /Unknown parameter "name"/],
    ['JSON instead of text', (r: request.Test) => r.query({ title: 'Ny' }).send({ text: TEXT }), 400, /text\/plain or multipart\/form-data/],
    ['a form without a file', (r: request.Test) => r.field('title', 'Tom'), 400, /no file/],
    ['a form with two files', (r: request.Test) => r.attach('file', Buffer.from(TEXT), 'a.txt').attach('file', Buffer.from(TEXT), 'b.txt'), 400, /exactly one file/],
    ['a form with an unknown field', (r: request.Test) => r.field('title', 'Ny').field('author', 'Trotskij').attach('file', Buffer.from(TEXT), 'a.txt'), 400, /Unknown parameter "author"|Too many form/],
    ['a binary file in a form', (r: request.Test) => r.attach('file', Buffer.from([0, 1, 2, 3, 0, 0]), 'a.pdf'), 400, /binary/],
  ])('%s', async (_name, send, status, message) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await send(request(api().app).post('/api/documents')).expect(status).expect('Content-Type', /json/);
      expect(response.body.error.message).toMatch(message);
    });
  });

  test.each([
    ['a text/plain body', (r: request.Test) => r.type('text/plain').send(TEXT)],
    ['a multipart file', (r: request.Test) => r.attach('file', Buffer.from(TEXT), 'big.txt')],
  ])('%s over the upload limit → 413, nothing stored', async (_name, send) => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await send(request(smallLimitApp()).post('/api/documents?title=Stor')).expect(413);
      expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});

describe('DELETE /api/documents/:id', () => {
  test('deletes the document and what only it contributed', async () => {
    const response = await request(api().app).delete('/api/documents/kerensky').expect(200);
    expect(response.body).toEqual({ documentId: 'kerensky', deleted: true, eventId: expect.any(String) });
    const documents = await request(api().app).get('/api/documents').expect(200);
    expect(documents.body.map((document: { id: string }) => document.id)).toEqual(['oktober']);
    await request(api().app).get('/api/entities/kornilov').expect(404);
  });

  test('an unknown id → 404, nothing deleted', async () => {
    await expectGraphUnchanged(api().graph, async () => {
      const response = await request(api().app).delete('/api/documents/nothing').expect(404);
      expect(response.body.error).toEqual({ code: 'NOT_FOUND', message: 'No document "nothing"', details: { documentId: 'nothing' } });
    });
  });
});

