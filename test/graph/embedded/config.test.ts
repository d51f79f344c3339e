/** graphEnvironment: the embedded Neo4j's sizes are checked once, at start-up, with a message that says how to write them. */
import { EnvironmentError } from '../../../domain/errors';
import { graphEnvironment } from '../../../graph/embedded/config';

test.each([
  [{}, undefined, undefined],
  [{ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '512M' }, '2g', '512m'],
  [{ NEO4J_HEAP: ' ', NEO4J_PAGECACHE: '16384k' }, undefined, '16384k'],
])('%p gives heap %p and page cache %p', (env, heap, pageCache) => {
  expect(graphEnvironment(env)).toMatchObject({ heap, pageCache });
});

test.each([
  ['NEO4J_HEAP', '2GB'],
  ['NEO4J_HEAP', '1.5g'],
  ['NEO4J_PAGECACHE', '8m'],
  ['NEO4J_PAGECACHE', 'lots'],
])('%s=%s is refused with how to write it', (name, value) => {
  expect(() => graphEnvironment({ [name]: value })).toThrow(EnvironmentError);
  expect(() => graphEnvironment({ [name]: value })).toThrow(new RegExp(`${name} must be a size of at least 16m, written like 512m or 2g, got "${value.replace('.', '\\.')}"`));
});
