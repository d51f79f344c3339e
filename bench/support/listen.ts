/** The app on a free loopback port, for benchmarks that measure it over real HTTP. */
import type { Server } from 'node:http';
import type { Express } from 'express';

/** @example const server = await listenOnLoopback(createApp({ graph })); // server.address().port */
export function listenOnLoopback(app: Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1');
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
