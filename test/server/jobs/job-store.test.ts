import { InvalidInputError, NotFoundError, PayloadTooLargeError } from '../../../domain/errors';
import { JobStore } from '../../../server/jobs/job-store';

describe('JobStore', () => {
  test('a job moves through its stages and keeps its result once done', () => {
    const store = new JobStore();
    const job = store.create('Brest', 'brest');
    expect(job).toMatchObject({ state: 'queued', percent: null, title: 'Brest', documentId: 'brest' });
    store.advance(job.id, 'extracting', 42);
    expect(store.get(job.id)).toMatchObject({ state: 'extracting', percent: 42 });
    const result = { documentId: 'brest', status: 'created' as const, entities: 3, relations: 2, sentences: 4, newEntities: 1, mergedEntities: 2 };
    store.succeed(job.id, result);
    store.advance(job.id, 'writing');
    expect(store.get(job.id)).toMatchObject({ state: 'done', percent: 100, result });
  });

  test.each([
    ['an unreadable file', new InvalidInputError('this PDF has no text layer; run OCR first'), 400],
    ['a file past the limits', new PayloadTooLargeError('too many pages'), 413],
  ])('a failed job keeps the error of %s with its status', (_label, error, status) => {
    const store = new JobStore();
    const job = store.create('x', 'x');
    store.fail(job.id, error);
    expect(store.get(job.id).error).toMatchObject({ message: error.message, status });
  });

  test('an unexpected error is a 500 that says nothing of the internals', () => {
    const store = new JobStore();
    const job = store.create('x', 'x');
    store.fail(job.id, new Error('socket hang up at 10.0.0.3'));
    expect(store.get(job.id).error).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(store.get(job.id).error?.message).not.toMatch(/10\.0\.0\.3/);
  });

  test('finished jobs beyond the bound are forgotten, oldest first; running ones stay', () => {
    const store = new JobStore({ maxJobs: 2 });
    const running = store.create('a', 'a');
    const finished = store.create('b', 'b');
    store.succeed(finished.id, { documentId: 'b', status: 'unchanged', entities: 0, relations: 0, sentences: 0 });
    store.create('c', 'c');
    expect(() => store.get(finished.id)).toThrow(NotFoundError);
    expect(store.get(running.id).state).toBe('queued');
  });
});
