/** Start-up configuration from the environment: defaults, empty values, and refused values. */
import { EnvironmentError } from '../../domain/errors';
import { loadServerConfig, type ServerConfig } from '../../server/config';
import { DEFAULT_AUTH } from '../../server/auth/auth-options';
import { DEFAULT_SECURITY } from '../../server/security';

const DEFAULTS: ServerConfig = {
  port: 3000,
  host: '127.0.0.1',
  graph: { uri: undefined, user: undefined, password: undefined, dataDir: undefined, boltPort: undefined },
  security: DEFAULT_SECURITY,
  auth: DEFAULT_AUTH,
};

const cases: [label: string, env: NodeJS.ProcessEnv, expected: ServerConfig][] = [
  [
    'nothing set: port 3000 on loopback, embedded Neo4j',
    {},
    DEFAULTS,
  ],
  [
    'everything set',
    {
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATA: '/var/lib/allegiance',
      NEO4J_BOLT_PORT: '7688',
      AUTH: 'required',
      READ_AUTH: 'required',
      SESSION_HOURS: '2',
    },
    {
      port: 8080,
      host: '0.0.0.0',
      graph: { uri: 'bolt://neo4j:7687', user: 'neo4j', password: 'secret', dataDir: '/var/lib/allegiance', boltPort: 7688 },
      security: DEFAULT_SECURITY,
      auth: { setting: 'required', readAuth: true, listensOnLoopback: false, sessionHours: 2 },
    },
  ],
  [
    'empty strings count as unset',
    { PORT: '', HOST: ' ', NEO4J_URI: '', NEO4J_BOLT_PORT: '' },
    DEFAULTS,
  ],
];

test.each(cases)('%s', (_label, env, expected) => {
  expect(loadServerConfig(env)).toEqual(expected);
});

const refused: [label: string, env: NodeJS.ProcessEnv, message: RegExp][] = [
  ['PORT not a number', { PORT: 'http' }, /PORT must be a port number/],
  ['PORT out of range', { PORT: '70000' }, /PORT must be a port number/],
  ['NEO4J_BOLT_PORT zero', { NEO4J_BOLT_PORT: '0' }, /NEO4J_BOLT_PORT must be a port number/],
  ['NEO4J_BOLT_PORT fractional', { NEO4J_BOLT_PORT: '7687.5' }, /NEO4J_BOLT_PORT must be a port number/],
  ['AUTH misspelt', { AUTH: 'yes' }, /AUTH must be "required" or "off"/],
  ['READ_AUTH misspelt', { READ_AUTH: 'on' }, /READ_AUTH must be "required" or "off"/],
  ['SESSION_HOURS zero', { SESSION_HOURS: '0' }, /SESSION_HOURS must be a number of hours/],
];

test.each(refused)('%s is refused with EnvironmentError', (_label, env, message) => {
  expect(() => loadServerConfig(env)).toThrow(EnvironmentError);
  expect(() => loadServerConfig(env)).toThrow(message);
});
