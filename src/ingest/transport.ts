// The default HTTP transport: node:http(s) behind a fetch-shaped function. Unlike the global fetch, it lets us
// pass our own DNS lookup, so the address check also holds at connect time (no DNS-rebinding window).
import http from 'node:http';
import https from 'node:https';
import { Readable, pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { SitrepError } from '../core/errors.js';
import { guardedLookup } from './address.js';

export interface FetchInit {
  method: 'GET';
  headers: Record<string, string>;
  redirect: 'manual';
  signal: AbortSignal;
}

/** What ingest needs from an HTTP client; the global `fetch` fits, and tests inject their own. */
export type FetchLike = (url: string, init: FetchInit) => Promise<Response>;

/** Statuses whose response must have no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function decoderFor(encoding: string): NodeJS.ReadWriteStream | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/** A fetch over node:http(s). With `allowPrivate` false, connections to non-public addresses fail with E011. */
export function createNodeFetch(options: { allowPrivate: boolean }): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: init.method,
          headers: { ...init.headers, 'accept-encoding': 'gzip, deflate, br' },
          signal: init.signal,
          ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status > 599) {
            response.destroy();
            reject(new SitrepError('E012', `${url} answered with the non-standard status ${status}`,
              'the site may block automated requests; try the page in a browser'));
            return;
          }
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (Array.isArray(value)) for (const v of value) headers.append(name, v);
            else if (value !== undefined) headers.set(name, value);
          }
          let body: Readable | null = response;
          const decoder = decoderFor((response.headers['content-encoding'] ?? '').trim().toLowerCase());
          if (decoder) {
            body = pipeline(response, decoder, () => {}) as unknown as Readable;
            // The body we hand on is decoded: its length and encoding are no longer the header's.
            headers.delete('content-encoding');
            headers.delete('content-length');
          }
          if (NULL_BODY_STATUSES.has(status)) {
            response.resume();
            body = null;
          }
          try {
            resolve(new Response(body ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null, {
              status,
              statusText: response.statusMessage ?? '',
              headers,
            }));
          } catch (error) {
            response.destroy();
            reject(error);
          }
        },
      );
      request.on('error', reject);
      request.end();
    });
}
