import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from 'src/platform/errors/app-error';

/** Loopback, private, link-local (cloud metadata), CGNAT, unspecified and unique-local ranges. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? BLOCKED.check(mapped[1], 'ipv4') : BLOCKED.check(address, 'ipv6');
  }
  return false;
}

/**
 * Checks a company-supplied URL (self-hosted Cal.com, alert webhooks) before any request goes to it:
 * https only, and no private, loopback or link-local target — by literal address or by what DNS says —
 * unless OUTBOUND_ALLOW_PRIVATE is on.
 */
export async function assertPublicUrl(raw: string, field: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw AppError.invalid(field, 'isUrl', `${field} must be a valid URL`);
  }
  if (url.username || url.password) {
    throw AppError.invalid(field, 'noCredentials', `${field} must not contain credentials`);
  }
  if (allowPrivate) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw AppError.invalid(field, 'isHttpsUrl', `${field} must be an http(s) URL`);
    }
    return url;
  }
  if (url.protocol !== 'https:') throw AppError.invalid(field, 'isHttpsUrl', `${field} must use https`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolveAll(host, field);
  if (host.toLowerCase() === 'localhost' || addresses.some(isPrivateAddress)) {
    throw AppError.invalid(
      field,
      'isPublicAddress',
      `${field} must not point at a private, loopback or link-local address`,
    );
  }
  return url;
}

async function resolveAll(host: string, field: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw AppError.invalid(field, 'resolvable', `${field} host cannot be resolved`);
  }
}
