// Fetch one URL under ingest's rules: http(s) only, public addresses only (checked before every hop), redirects
// followed by hand with loop detection, one time budget, a byte limit while streaming, text content types only.
import { SitrepError, isSitrepError } from '../core/errors.js';
import { assertPublicHost, systemLookup, type HostLookup } from './address.js';
import { formatBytes } from './decode.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, USER_AGENT } from './limits.js';
import { kindFromContentType, type DeclaredKind } from './sniff.js';
import { createNodeFetch, type FetchLike } from './transport.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,' +
  'text/plain;q=0.8,*/*;q=0.1';

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
  fetch?: FetchLike;
  lookup?: HostLookup;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType?: string;
  /** What the Content-Type declares; 'sniff' when it says nothing useful. */
  declared: DeclaredKind;
  bytes: Uint8Array;
}

/** Parse and check a URL string: http(s) only (E010). */
export function parseHttpUrl(input: string, context = 'URL'): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SitrepError('E010', `${context} "${input}" is not a valid URL`, 'give a full http:// or https:// address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SitrepError('E010', `${context} "${input}" uses ${url.protocol.slice(0, -1)}, not http(s)`,
      'only http:// and https:// URLs can be fetched');
  }
  return url;
}

function statusHint(status: number): string {
  if (status === 404 || status === 410) return 'check the URL';
  if (status === 401 || status === 403) return 'the site refuses access to this page';
  if (status === 429) return 'the site is rate-limiting; try again later';
  if (status >= 500) return 'the server failed; try again later';
  return 'check the URL';
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** Reject when the signal aborts: a DNS lookup does not take a signal, yet must not outlive the budget. */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}

function networkError(url: string, error: unknown): SitrepError {
  if (isSitrepError(error)) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (isSitrepError(cause)) return cause;
  const code = (error as NodeJS.ErrnoException)?.code ?? (cause as NodeJS.ErrnoException | undefined)?.code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new SitrepError('E016', `could not fetch ${url} (${detail})`, 'check the URL and your network connection');
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading at the limit instead of downloading the rest.
      await reader.cancel().catch(() => {});
      throw new SitrepError('E003', `${url} is larger than ${formatBytes(maxBytes)}`,
        'raise the limit with --max-bytes if this is intended');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

/** Fetch a URL, following redirects. Throws SitrepError E010–E016 or E003. */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = options.allowPrivate ?? false;
  const lookup = options.lookup ?? systemLookup;
  const doFetch = options.fetch ?? createNodeFetch({ allowPrivate });
  const signal = AbortSignal.timeout(timeoutMs);

  let url = parseHttpUrl(input);
  const visited: string[] = [];
  try {
    for (;;) {
      visited.push(url.href);
      if (!allowPrivate) await withSignal(assertPublicHost(url, lookup), signal);
      let response: Response;
      try {
        response = await doFetch(url.href, {
          method: 'GET',
          headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
          redirect: 'manual',
          signal,
        });
      } catch (error) {
        if (signal.aborted) throw error;
        throw networkError(url.href, error);
      }

      if (REDIRECT_STATUSES.has(response.status)) {
        await discard(response);
        const location = response.headers.get('location');
        if (!location) {
          throw new SitrepError('E012', `${url.href} answered ${response.status} without a Location header`,
            'the server sent a broken redirect');
        }
        const next = parseHttpUrl(new URL(location, url).href, `redirect from ${url.href} to`);
        if (visited.includes(next.href)) {
          throw new SitrepError('E014', `redirect loop: ${[...visited, next.href].join(' → ')}`,
            'the site redirects in a circle; check the URL in a browser');
        }
        if (visited.length > maxRedirects) {
          throw new SitrepError('E014', `${input} redirected more than ${maxRedirects} times`,
            'raise --max-redirects or give the final URL');
        }
        url = next;
        continue;
      }

      if (response.status < 200 || response.status > 299) {
        await discard(response);
        const text = response.statusText ? ` ${response.statusText}` : '';
        throw new SitrepError('E012', `${url.href} answered ${response.status}${text}`, statusHint(response.status));
      }

      const contentType = response.headers.get('content-type') ?? undefined;
      const verdict = kindFromContentType(contentType);
      if ('refused' in verdict) {
        await discard(response);
        throw new SitrepError('E015', `${url.href} is ${verdict.refused}, not text, HTML or a feed`,
          'Sitrep reads news pages, plain text and RSS/Atom feeds');
      }
      const length = Number(response.headers.get('content-length'));
      if (Number.isFinite(length) && length > maxBytes) {
        await discard(response);
        throw new SitrepError('E003', `${url.href} is ${formatBytes(length)}, over the ${formatBytes(maxBytes)} limit`,
          'raise the limit with --max-bytes if this is intended');
      }
      const bytes = await readLimited(response, url.href, maxBytes);
      return { url: url.href, status: response.status, contentType, declared: verdict.kind, bytes };
    }
  } catch (error) {
    if (signal.aborted && !isSitrepError(error)) {
      throw new SitrepError('E013', `${url.href} did not answer within ${formatMs(timeoutMs)}`,
        'the server is slow or unreachable; try again or raise --timeout');
    }
    throw networkError(url.href, error);
  }
}
