/**
 * `npm run user`: add (password from ALLEGIANCE_PASSWORD or generated and printed once), list,
 * reset (old password and sessions stop working) and remove, against the real Neo4j. Only a bcrypt
 * hash is stored.
 */
import request from 'supertest';
import { createApp } from '../../server/app';
import { runUserCommand } from '../../bin/user';
import { useTestGraph } from '../graph/fixtures/test-graph';

const graph = useTestGraph({ emptyBeforeEach: true });
const SCRIPTED = { ALLEGIANCE_PASSWORD: 'from the environment' };

test('add with ALLEGIANCE_PASSWORD prints no password and stores only a bcrypt hash', async () => {
  expect(await runUserCommand(graph(), ['add', 'anna', '--role', 'editor'], SCRIPTED)).toEqual(['Added anna (editor).']);
  const [row] = await graph().read('MATCH (u:User {username: "anna"}) RETURN properties(u) AS user');
  const stored = row.user as Record<string, string>;
  expect(stored.passwordHash).toMatch(/^\$2[ab]\$11\$.{53}$/);
  expect(JSON.stringify(stored)).not.toContain('from the environment');
  await request(createApp({ graph: graph() })).post('/api/session').send({ username: 'anna', password: 'from the environment' }).expect(200);
});

test('add without ALLEGIANCE_PASSWORD generates one and prints it once; it signs in', async () => {
  const lines = await runUserCommand(graph(), ['add', 'boris', '--role', 'admin'], {});
  expect(lines[0]).toBe('Added boris (admin).');
  const password = /^Password \(shown once, store it now\): (\S{24})$/.exec(lines[1])?.[1];
  expect(password).toBeDefined();
  await request(createApp({ graph: graph() })).post('/api/session').send({ username: 'boris', password }).expect(200);
});

test('list, reset and remove', async () => {
  await runUserCommand(graph(), ['add', 'anna', '--role', 'editor'], SCRIPTED);
  await runUserCommand(graph(), ['add', 'boris', '--role', 'reader'], SCRIPTED);
  expect((await runUserCommand(graph(), ['list'])).map((line) => line.split('\t').slice(0, 2))).toEqual([['anna', 'editor'], ['boris', 'reader']]);

  const app = createApp({ graph: graph() });
  const session = await request(app).post('/api/session').send({ username: 'anna', password: SCRIPTED.ALLEGIANCE_PASSWORD }).expect(200);
  const cookie = ([] as string[]).concat(session.headers['set-cookie'])[0].split(';')[0];
  const [, reset] = await runUserCommand(graph(), ['reset', 'anna'], {});
  const fresh = reset.split(': ')[1];
  await request(app).get('/api/session').set('Cookie', cookie).expect(401);
  await request(app).post('/api/session').send({ username: 'anna', password: SCRIPTED.ALLEGIANCE_PASSWORD }).expect(401);
  await request(app).post('/api/session').send({ username: 'anna', password: fresh }).expect(200);

  expect(await runUserCommand(graph(), ['remove', 'boris'])).toEqual(['Removed boris and their sessions and tokens.']);
  expect((await runUserCommand(graph(), ['list'])).length).toBe(1);
});

test.each([
  [['add', 'anna'], SCRIPTED, /--role is required/],
  [['add', 'anna', '--role', 'owner'], SCRIPTED, /role must be one of reader, editor, admin/],
  [['add', 'a b', '--role', 'editor'], SCRIPTED, /user name has 1 to 64/],
  [['add', 'anna', '--role', 'editor'], { ALLEGIANCE_PASSWORD: 'short' }, /at least 10 characters/],
  [['remove', 'nobody'], {}, /No user "nobody"/],
  [['reset', 'nobody'], SCRIPTED, /No user "nobody"/],
  [['rename', 'anna'], {}, /Usage: npm run user/],
  [[], {}, /Usage: npm run user/],
])('%j is refused', async (argv, env, message) => {
  await expect(runUserCommand(graph(), argv, env)).rejects.toThrow(message);
});

test('a second user with the same name is refused', async () => {
  await runUserCommand(graph(), ['add', 'anna', '--role', 'editor'], SCRIPTED);
  await expect(runUserCommand(graph(), ['add', 'anna', '--role', 'admin'], SCRIPTED)).rejects.toThrow(/exists already/);
});
