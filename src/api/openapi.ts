// The OpenAPI 3.1 document, generated from the route table (routes.ts) and its zod schemas.

import { z } from 'zod';
import { OPENAPI_PATH, type ApiRoute } from './routes.js';

export const API_TITLE = 'Sitrep API';
export const API_VERSION = '0.1.0';

type JsonSchema = Record<string, unknown>;

function parametersOf(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(route: ApiRoute): JsonSchema {
  const schema =
    route.returns === 'page'
      ? { $ref: '#/components/schemas/Page' }
      : route.returns === 'list'
        ? { type: 'array', items: { type: 'object' } }
        : { type: 'object' };
  const content =
    route.returns === 'file'
      ? { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } }, 'application/geo+json': { schema: { type: 'object' } } }
      : { 'application/json': { schema } };
  const responses: Record<string, unknown> = {
    200: { description: 'OK', content },
    500: errorResponse('Unexpected failure (no details are given out)'),
  };
  if (route.query || route.params || route.body) responses[400] = errorResponse('A parameter or the body is invalid');
  if (route.params) responses[404] = errorResponse('No such item');
  return {
    operationId: `${route.method}${route.path.replace(/\/:?([a-z]+)/g, (_, p: string) => p[0].toUpperCase() + p.slice(1))}`,
    summary: route.summary,
    parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } },
          },
        }
      : {}),
    responses,
  };
}

/** Hono's `/api/actors/:id` is OpenAPI's `/api/actors/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]+)/g, '{$1}');
}

export function buildOpenApi(routes: ApiRoute[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[openApiPath(route.path)] = { ...paths[openApiPath(route.path)], [route.method]: operation(route) };
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document.',
      parameters: [],
      responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description: 'JSON API over a Sitrep database of news reports, events, actors, quotes and claims, with analyst writes (comments, reviews, aliases, merges).',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } },
            },
          },
        },
        Page: {
          type: 'object',
          required: ['items', 'total', 'limit', 'offset', 'nextCursor'],
          properties: {
            items: { type: 'array', items: { type: 'object' } },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            nextCursor: { type: ['string', 'null'] },
          },
        },
      },
    },
  };
}
