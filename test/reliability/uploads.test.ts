/**
 * POST /api/documents with bad and racing uploads: over the size limit (413), not UTF-8 (400 with an
 * encoding hint), binary, no sentences, two identical uploads at once (exactly one document), and
 * every refused upload leaves the graph's counts unchanged.
 */
import express from 'express';
import request from 'supertest';
import { createApp } from '../../server/app';
import { documentsRouter } from '../../server/routes/documents';
import { errorHandler } from '../../server/errors';
import { clearGraph, graphCounts, useTestGraph } from '../graph/fixtures/test-graph';

jest.setTimeout(60_000);

const graph = useTestGraph();
beforeEach(() => clearGraph(graph()));

const SMALL_LIMIT = 1024;

/** The documents router alone with a small size limit, so the 413 case needs no 10 MB body. */
function smallLimitApp(): express.Express {
  const app = express();
  app.use('/api', documentsRouter(graph(), { maxUploadBytes: SMALL_LIMIT }));
  app.use(errorHandler());
  return app;
}

const LATIN1 = Buffer.from('Kerenskij flydde från Petrograd. Trotskij ledde sovjeten i Smolnyj, där bolsjevikerna möttes.', 'latin1');
const TEXT = 'Den 25 oktober 1917 grep bolsjevikerna makten i Petrograd. Trotskij ledde Militära revolutionskommittén. Kerenskij flydde.';

const badUploads: [label: string, body: Buffer, status: number, message: RegExp][] = [
  ['over the size limit', Buffer.alloc(SMALL_LIMIT + 1, 'a'), 413, /\d/],
  ['Latin-1, not UTF-8', LATIN1, 400, /UTF-8.*(Latin-1|ISO-8859|windows-125)/i],
  ['binary (a PNG header and NULs)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 400, /binary/i],
  ['empty', Buffer.alloc(0), 400, /empty/i],
  ['only whitespace', Buffer.from(' \n\t \n'), 400, /whitespace|empty/i],
  ['no sentences: only punctuation', Buffer.from('... --- ;;; ,,, !!! ???'), 400, /sentence/i],
];

describe('bad uploads are refused with a clear message and store nothing', () => {
  test.each(badUploads)('%s', async (_label, body, status, message) => {
    const before = await graphCounts(graph());
    const response = await request(smallLimitApp()).post('/api/documents?title=Bad').set('Content-Type', 'text/plain').send(body);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
    expect(await graphCounts(graph())).toEqual(before);
  });

  test('a multipart upload over the limit is a 413 too', async () => {
    const response = await request(smallLimitApp())
      .post('/api/documents')
      .field('title', 'Big')
      .attach('file', Buffer.alloc(SMALL_LIMIT + 1, 'a'), 'big.txt');
    expect(response.status).toBe(413);
    expect(await graphCounts(graph())).toEqual(expect.objectContaining({ documents: 0, entities: 0 }));
  });
});

test('two concurrent uploads of the same text end with exactly one document', async () => {
  const app = createApp({ graph: graph() });
  const upload = () => request(app).post('/api/documents?title=Oktober').set('Content-Type', 'text/plain').send(TEXT);
  const responses = await Promise.all([upload(), upload()]);
  const statuses = responses.map((response) => response.status).sort();
  expect(statuses).toEqual([200, 201]);
  expect(responses.every((response) => response.body.documentId === 'oktober')).toBe(true);
  const counts = await graphCounts(graph());
  expect(counts.documents).toBe(1);

  const again = await upload();
  expect(again.status).toBe(200);
  expect(again.body.status).toBe('unchanged');
  expect(await graphCounts(graph())).toEqual(counts);
});

test('five concurrent new versions of one document end with one document holding one of them whole', async () => {
  const app = createApp({ graph: graph() });
  const versions = [1, 2, 3, 4, 5].map((n) => `${TEXT} Lenin talade ${n} gånger i Smolnyj.`);
  const responses = await Promise.all(
    versions.map((text) => request(app).post('/api/documents?title=Oktober').set('Content-Type', 'text/plain').send(text)),
  );
  expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
  const [stored] = await graph().read(
    'MATCH (d:Document {id: $id}) RETURN count(d) AS documents, COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences',
    { id: 'oktober' },
  );
  expect(stored).toEqual({ documents: 1, sentences: responses[0].body.sentences });
});
