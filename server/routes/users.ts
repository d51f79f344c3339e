/**
 * User admin for admins (the access gate refuses everyone else): list users, add one with a
 * password the admin chose (it is hashed and never echoed), remove one with its sessions and tokens.
 * `npm run user` does the same from a shell, and also resets passwords.
 */
import { Router } from 'express';
import { InvalidInputError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { listUsers, removeUser } from '../../graph/users/users';
import { requirePrincipal } from '../auth/principal';
import { addUser, assertUsername } from '../auth/user-admin';
import { jsonObject, requiredText } from '../validation/json-body';
import { pathId } from '../validation/path-params';

/** @example app.use('/api', usersRouter(graph)); */
export function usersRouter(graph: Graph): Router {
  const router = Router();

  router.get('/users', async (_req, res) => {
    res.json(await listUsers(graph));
  });

  router.post('/users', async (req, res) => {
    const body = jsonObject(req.body, ['username', 'role', 'password'], '{"username", "role", "password"}');
    const user = await addUser(graph, requiredText(body, 'username', 64), requiredText(body, 'role', 20), requiredText(body, 'password', 200));
    res.status(201).json(user);
  });

  router.delete('/users/:username', async (req, res) => {
    const username = pathId(req.params, 'username');
    assertUsername(username);
    if (username === requirePrincipal(res).username) throw new InvalidInputError('You cannot remove yourself; ask another admin');
    await removeUser(graph, username);
    res.status(204).end();
  });

  return router;
}
