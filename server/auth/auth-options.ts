/**
 * The sign-in settings, read once from the environment: AUTH (required | off; unset means the
 * default rule below), READ_AUTH (required | off) and SESSION_HOURS. The default keeps today's
 * local use open (a server on this machine only, before anyone has created a user) and asks for
 * sign-in in every other case; AUTH=off is an explicit choice to let anyone who reaches the port write.
 */
import { isIP } from 'node:net';
import { EnvironmentError } from '../../domain/errors';

/** 'auto' is the default: off while listening on loopback with no user, required otherwise. */
export type AuthSetting = 'required' | 'off' | 'auto';

export interface AuthOptions {
  setting: AuthSetting;
  /** READ_AUTH=required: reading the graph also needs a signed-in user (any role). */
  readAuth: boolean;
  /** Whether the server listens on a loopback address only (127.0.0.0/8, ::1, localhost). */
  listensOnLoopback: boolean;
  /** How long a session cookie stays valid. */
  sessionHours: number;
}

/** createApp's default: a local server with the default rule, as tests and `npm start` on 127.0.0.1 run it. */
export const DEFAULT_AUTH: AuthOptions = { setting: 'auto', readAuth: false, listensOnLoopback: true, sessionHours: 12 };

/**
 * @throws EnvironmentError for a value other than required/off, or SESSION_HOURS that is not a positive number.
 * @example authEnvironment({ AUTH: 'required' }, '0.0.0.0') // { setting: 'required', readAuth: false, listensOnLoopback: false, sessionHours: 12 }
 */
export function authEnvironment(env: NodeJS.ProcessEnv, host: string): AuthOptions {
  const setting = choice(env, 'AUTH');
  const sessionHours = env.SESSION_HOURS?.trim() ? Number(env.SESSION_HOURS) : DEFAULT_AUTH.sessionHours;
  if (!(sessionHours > 0 && sessionHours <= 24 * 365)) {
    throw new EnvironmentError(`SESSION_HOURS must be a number of hours above 0, got "${env.SESSION_HOURS}".`);
  }
  return {
    setting: setting ?? 'auto',
    readAuth: choice(env, 'READ_AUTH') === 'required',
    listensOnLoopback: isLoopbackHost(host),
    sessionHours,
  };
}

function choice(env: NodeJS.ProcessEnv, name: string): 'required' | 'off' | undefined {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (value === 'required' || value === 'off') return value;
  throw new EnvironmentError(`${name} must be "required" or "off", got "${env[name]}".`);
}

/**
 * @example isLoopbackHost('127.0.0.1') // true; isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}
