// Serve the API over HTTP with @hono/node-server. Binds to loopback unless told otherwise.

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SitrepError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import type { ApiOptions } from './app.js';
import { createServerApp } from '../web/app.js';

export const DEFAULT_PORT = 8787;
/** Loopback only: exposing the database to the network must be a deliberate `--host` choice. */
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions extends ApiOptions {
  store: Store;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function serveApi(options: ServeOptions): Promise<RunningServer> {
  const port = options.port ?? DEFAULT_PORT;
  const host = options.host ?? DEFAULT_HOST;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return Promise.reject(new SitrepError('E040', `invalid port ${port}`, 'use a number from 1 to 65535'));
  }
  const app = createServerApp(options.store, options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host });
    server.once('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'EADDRINUSE' ? 'choose another --port' : 'check --host and --port';
      reject(new SitrepError('E080', `cannot listen on ${host}:${port}: ${error.code ?? error.message}`, hint));
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
