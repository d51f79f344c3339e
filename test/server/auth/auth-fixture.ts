/**
 * Users for the auth and curation tests: one reader, one editor and one admin with a known
 * password, signed in through the real POST /api/session. Requests are sent as from the site
 * "allegiance.test" (Host and Origin set together), so cookie writes pass the CSRF check unless a
 * test changes the Origin.
 */
import type { Express } from 'express';
import request from 'supertest';
import type { Role } from '../../../domain/auth';
import type { Graph } from '../../../graph/driver/connection';
import { addUser } from '../../../server/auth/user-admin';

export const PASSWORD = 'a long test password';
export const SITE_HOST = 'allegiance.test';
export const SITE_ORIGIN = `http://${SITE_HOST}`;

export type Who = 'anonymous' | Role;
export const EVERYONE: readonly Who[] = ['anonymous', 'reader', 'editor', 'admin'];

/** Adds the users "reader", "editor" and "admin", each with its own role. */
export async function addTestUsers(graph: Graph): Promise<void> {
  for (const role of ['reader', 'editor', 'admin'] as const) await addUser(graph, role, role, PASSWORD);
}

/** Signs `username` in and returns the session cookie ("allegiance_session=..."). */
export async function signIn(app: Express, username: string, password = PASSWORD): Promise<string> {
  const response = await request(app).post('/api/session').set('Host', SITE_HOST).set('Origin', SITE_ORIGIN).send({ username, password }).expect(200);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: request.Response): string {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = header.find((line) => line.startsWith('allegiance_session='));
  if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(header)}`);
  return cookie.split(';')[0];
}

/** A request as `who`: with their session cookie and this site's Origin, or with neither. */
export function as(test: request.Test, cookies: Partial<Record<Who, string>>, who: Who): request.Test {
  const sited = test.set('Host', SITE_HOST).set('Origin', SITE_ORIGIN);
  const cookie = cookies[who];
  return cookie ? sited.set('Cookie', cookie) : sited;
}

/** Signs in every test user. */
export async function signInEveryone(app: Express): Promise<Partial<Record<Who, string>>> {
  return { reader: await signIn(app, 'reader'), editor: await signIn(app, 'editor'), admin: await signIn(app, 'admin') };
}

/** The status `who` should get from a route needing `needs`: 401 anonymous, 403 too low a role, else `ok`. */
export function expectedStatus(who: Who, needs: 'signed-in' | Role, ok: number): number {
  if (who === 'anonymous') return 401;
  if (needs === 'signed-in') return ok;
  const order = ['reader', 'editor', 'admin'];
  return order.indexOf(who) >= order.indexOf(needs) ? ok : 403;
}
