// Refuse URLs that reach into the user's own machine or network (SSRF): loopback, private, link-local,
// unique-local, CGNAT, unspecified, multicast and reserved addresses, whether written literally or resolved.
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { promises as dns } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { SitrepError } from '../core/errors.js';

/** Resolves a host name to all its addresses (dns.promises.lookup with `all: true`); injectable for tests. */
export type HostLookup = (hostname: string) => Promise<LookupAddress[]>;

export const systemLookup: HostLookup = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

const ALLOW_PRIVATE_HINT = 'pass --allow-private to fetch from your own machine or network';

/** The ipaddr.js range name of an address that must not be fetched, or undefined for a public unicast one. */
export function forbiddenRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'invalid';
  // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into IPv4, so the IPv4 rules apply to it.
  const range = ipaddr.process(address).range();
  // Only plain unicast is public; 6to4, Teredo and NAT64 ranges can smuggle a private IPv4 address inside.
  return range === 'unicast' ? undefined : range;
}

/** Host part of a URL without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Throw E011 unless every address the URL's host stands for is public. A literal IP is checked as is; a name
 * is resolved first (all addresses, any one private is enough to refuse). Resolution failure → E016.
 */
export async function assertPublicHost(url: URL, lookup: HostLookup = systemLookup): Promise<void> {
  const host = urlHost(url);
  if (ipaddr.isValid(host)) {
    const range = forbiddenRange(host);
    if (range) throw new SitrepError('E011', `${url.href} points at ${host} (${range} address)`, ALLOW_PRIVATE_HINT);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await lookup(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new SitrepError('E016', `could not resolve ${host} (${code || (error as Error).message})`,
      'check the URL and your network connection');
  }
  if (addresses.length === 0) throw new SitrepError('E016', `${host} has no address`, 'check the URL');
  for (const { address } of addresses) {
    const range = forbiddenRange(address);
    if (range) {
      throw new SitrepError('E011', `${url.href}: ${host} resolves to ${address} (${range} address)`, ALLOW_PRIVATE_HINT);
    }
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) that refuses forbidden addresses at connect time, so a host that resolved to a
 * public address during the check cannot switch to a private one for the actual connection (DNS rebinding).
 */
export function guardedLookup(
  hostname: string,
  options: LookupOneOptions | LookupAllOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => forbiddenRange(a.address));
    if (bad) {
      // The SitrepError travels through the socket's 'error' event unchanged; the fetcher rethrows it as is.
      return callback(new SitrepError('E011',
        `${hostname} resolves to ${bad.address} (${forbiddenRange(bad.address)} address)`, ALLOW_PRIVATE_HINT) as
        unknown as NodeJS.ErrnoException, '', 0);
    }
    if ((options as LookupAllOptions).all) return callback(null, list);
    const first = list[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
}
