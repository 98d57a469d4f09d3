// Docs that cannot rot (Datasette's tests/test_docs.py): every route and every parameter the server accepts has
// a section in docs/api.md, and the docs describe no route the server lacks.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH, ROUTES } from './routes.js';

const DOC_PATH = fileURLToPath(new URL('../../docs/api.md', import.meta.url));

/** `### GET /api/x` heading → the text up to the next heading. */
function sections(markdown: string): Map<string, string> {
  const result = new Map<string, string>();
  const parts = markdown.split(/^### /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    result.set(part.slice(0, newline).trim(), part.slice(newline + 1).split(/^## /m)[0]);
  }
  return result;
}

const documented = sections(readFileSync(DOC_PATH, 'utf8'));

const headingOf = (r: (typeof ROUTES)[number]) => `${r.method.toUpperCase()} ${r.path}`;

/** Field names of a JSON body schema (an object, possibly wrapped in a refinement). */
function bodyFields(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

describe('docs/api.md', () => {
  it.each(ROUTES.map((r) => [headingOf(r), r] as const))('documents %s and all its parameters', (heading, route) => {
    const section = documented.get(heading);
    expect(section, `docs/api.md has no "### ${heading}" section`).toBeDefined();
    const names = [
      ...Object.keys(route.params?.shape ?? {}),
      ...Object.keys(route.query?.shape ?? {}),
      ...bodyFields(route.body),
    ];
    for (const name of names) expect(section, `${heading} does not document \`${name}\``).toContain(`\`${name}\``);
  });

  it('documents the OpenAPI route', () => {
    expect(documented.has(`GET ${OPENAPI_PATH}`)).toBe(true);
  });

  it('documents no route that does not exist', () => {
    const real = new Set([...ROUTES.map(headingOf), `GET ${OPENAPI_PATH}`]);
    for (const heading of documented.keys()) expect(real, `docs/api.md documents ${heading}`).toContain(heading);
  });
});
