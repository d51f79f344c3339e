/**
 * `npm run user -- add NAME --role reader|editor|admin | list | remove NAME | reset NAME`: user
 * admin from a shell. A new or reset password comes from ALLEGIANCE_PASSWORD when set (for
 * scripts), else one is generated and printed once; only its bcrypt hash is stored. Like `npm run
 * ingest`, it uses NEO4J_URI when set, else starts the embedded Neo4j on NEO4J_DATA (stop
 * `npm start` first, or point NEO4J_URI at its Neo4j).
 */
import { parseArgs } from 'node:util';
import { AllegianceError, InvalidInputError } from '../domain/errors';
import type { Graph } from '../graph/driver/connection';
import { listUsers, removeUser } from '../graph/users/users';
import { assertAcceptablePassword, generatePassword } from '../server/auth/passwords';
import { addUser, resetPassword } from '../server/auth/user-admin';
import { withGraph } from '../graph/open-graph';

const USAGE = 'Usage: npm run user -- add NAME --role reader|editor|admin | list | remove NAME | reset NAME';

/** What a command prints: lines for stdout. The password line appears only when one was generated. */
export async function runUserCommand(graph: Graph, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' } } });
  const [command, name, ...rest] = positionals;
  if (rest.length > 0) throw new InvalidInputError(USAGE);
  if (command === 'list' && name === undefined) {
    return (await listUsers(graph)).map((user) => `${user.username}\t${user.role}\t${user.createdAt}`);
  }
  if (name === undefined) throw new InvalidInputError(USAGE);
  if (command === 'remove') {
    await removeUser(graph, name);
    return [`Removed ${name} and their sessions and tokens.`];
  }
  if (command !== 'add' && command !== 'reset') throw new InvalidInputError(USAGE);
  const { password, generated } = passwordFrom(env);
  if (command === 'add') {
    if (values.role === undefined) throw new InvalidInputError(`--role is required. ${USAGE}`);
    await addUser(graph, name, values.role, password);
  } else {
    await resetPassword(graph, name, password);
  }
  const done = command === 'add' ? `Added ${name} (${values.role}).` : `New password set for ${name}; their sessions and tokens are revoked.`;
  return generated ? [done, `Password (shown once, store it now): ${password}`] : [done];
}

function passwordFrom(env: NodeJS.ProcessEnv): { password: string; generated: boolean } {
  const given = env.ALLEGIANCE_PASSWORD;
  if (given === undefined || given === '') return { password: generatePassword(), generated: true };
  assertAcceptablePassword(given);
  return { password: given, generated: false };
}

if (require.main === module) {
  withGraph((graph) => runUserCommand(graph, process.argv.slice(2)))
    .then((lines) => {
      for (const line of lines) process.stdout.write(`${line}\n`);
    })
    .catch((error: unknown) => {
      const message = error instanceof AllegianceError ? `${error.code}: ${error.message}` : String(error);
      process.stderr.write(`${message}\n`);
      process.exitCode = error instanceof InvalidInputError ? 2 : 1;
    });
}
