// The JSON HTTP API as a Hono app. Routes come from the table in routes.ts; this file only adds the shared
// behaviour: parameter validation, error mapping (400/404/500 as JSON, never a stack) and the OpenAPI route.

import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { ERROR_CODES, SitrepError, isSitrepError } from '../core/errors.js';
import { parseOrThrow } from '../store/filters.js';
import type { Store } from '../store/types.js';
import { assertJsonWrite } from '../web/csrf.js';
import { buildOpenApi } from './openapi.js';
import { OPENAPI_PATH, ROUTES, type ApiRoute } from './routes.js';

export interface ApiOptions {
  /** Told about failures the client only sees as a 500; defaults to one line on stderr. */
  onUnexpectedError?: (error: unknown, request: { method: string; path: string }) => void;
}

/** Code sent with a 500 when the failure is not one of ours. */
export const INTERNAL_ERROR_CODE = 'E500';

const STATUS_OF_CODE: Partial<Record<string, 400 | 404>> = { E040: 400, E041: 404 };

function defaultReport(error: unknown, request: { method: string; path: string }): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sitrep: ${request.method} ${request.path} failed: ${message}\n`);
}

function errorBody(code: string, message: string, hint?: string) {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}

function readQuery(c: Context, route: ApiRoute): unknown {
  const all = c.req.queries();
  const allowed = new Set(Object.keys(route.query?.shape ?? {}));
  const query: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (!allowed.has(name)) {
      const list = [...allowed].join(', ') || 'no parameters';
      throw new SitrepError('E040', `unknown parameter ${name}`, `${route.path} takes ${list}`);
    }
    if (values.length > 1) throw new SitrepError('E040', `parameter ${name} given ${values.length} times`, 'give it once');
    query[name] = values[0];
  }
  return route.query ? parseOrThrow(route.query as z.ZodType, query, 'query') : {};
}

/** Largest JSON body a write accepts; a comment is at most 20,000 characters. */
export const MAX_BODY_BYTES = 64 * 1024;

async function readBody(c: Context, route: ApiRoute): Promise<unknown> {
  assertJsonWrite(c);
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new SitrepError('E040', `body larger than ${MAX_BODY_BYTES} bytes`, 'send less');
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new SitrepError('E040', `body larger than ${MAX_BODY_BYTES} bytes`, 'send less');
  let value: unknown = {};
  if (text.trim()) {
    try {
      value = JSON.parse(text);
    } catch {
      throw new SitrepError('E040', 'body is not valid JSON', 'send a JSON object');
    }
  }
  return route.body ? parseOrThrow(route.body as z.ZodType, value, 'body') : {};
}

export function createApi(store: Store, options: ApiOptions = {}): Hono {
  const report = options.onUnexpectedError ?? defaultReport;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const openApi = buildOpenApi(ROUTES);
  app.get(OPENAPI_PATH, (c) => c.json(openApi));

  for (const route of ROUTES) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const params = route.params ? parseOrThrow(route.params as z.ZodType, c.req.param(), 'path') : {};
      const query = readQuery(c, route);
      const input = route.method === 'get' ? {} : await readBody(c, route);
      const body = await route.handle(store, { params: params as never, query: query as never, body: input as never });
      if (body === null || body === undefined) {
        throw new SitrepError('E041', `nothing at ${c.req.path}`, 'check the id; list routes show what exists');
      }
      if (body instanceof Response) return body;
      return c.json(body as object, route.creates ? 201 : 200);
    });
  }

  app.notFound((c) =>
    c.json(errorBody('E041', `no route ${c.req.method} ${c.req.path}`, `see ${OPENAPI_PATH} for the routes`), 404),
  );

  app.onError((error, c) => {
    if (isSitrepError(error) && STATUS_OF_CODE[error.code]) {
      return c.json(errorBody(error.code, error.message, error.hint), STATUS_OF_CODE[error.code]!);
    }
    report(error, { method: c.req.method, path: c.req.path });
    // Our own codes say what kind of failure it was; their messages may hold paths, so send the generic text.
    const code = isSitrepError(error) ? error.code : INTERNAL_ERROR_CODE;
    const message = isSitrepError(error) ? ERROR_CODES[error.code] : 'internal error';
    return c.json(errorBody(code, message), 500);
  });

  return app;
}
