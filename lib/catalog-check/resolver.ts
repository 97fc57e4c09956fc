import { Resolver } from 'node:dns';
import { parseIpv4 } from '../core/ipv4';

/** Default time to wait for one DNS answer, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 3000;
/** Default number of attempts per lookup. */
export const DEFAULT_TRIES = 2;

/** Error codes of `node:dns` that mean the name has no A record: the lookup was made and answered. */
const NO_RECORD_CODES = new Set(['ENOTFOUND', 'ENODATA']);

/** The answer to one A lookup. */
export type LookupAnswer =
  | { readonly kind: 'addresses'; readonly addresses: string[] }
  | { readonly kind: 'no-record'; readonly code: string }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

/**
 * Checks a resolver given as `ADDRESS` or `ADDRESS:PORT` (IPv4) and returns it in the form
 * `Resolver.setServers` takes, or a sentence saying what is wrong.
 */
export function parseResolverAddress(text: string): { server: string } | { problem: string } {
  const match = /^([0-9.]+)(?::([0-9]+))?$/.exec(text);
  const port = match?.[2] === undefined ? 53 : Number(match[2]);
  if (!match || parseIpv4(match[1]) === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
    return { problem: `must be an IPv4 address with an optional port, such as 10.0.80.11 or 127.0.0.1:5353 (got '${text}')` };
  }
  return { server: `${match[1]}:${port}` };
}

/** Looks up A records, with the system's resolvers or one server. */
export class ARecordLookup {
  private readonly resolver: Resolver;

  /**
   * @param server `ADDRESS:PORT` from {@link parseResolverAddress}; @default - the system's resolvers
   * @param timeoutMs time to wait for one answer
   * @param tries attempts per lookup
   */
  constructor(server: string | undefined, timeoutMs: number, tries: number) {
    this.resolver = new Resolver({ timeout: timeoutMs, tries });
    if (server !== undefined) this.resolver.setServers([server]);
  }

  /** The A records of a name, sorted, or why there are none. */
  public lookup(name: string): Promise<LookupAnswer> {
    return new Promise((resolve) => {
      this.resolver.resolve4(name, (error, addresses) => {
        if (!error) {
          resolve({ kind: 'addresses', addresses: [...addresses].sort((a, b) => parseIpv4(a)! - parseIpv4(b)!) });
          return;
        }
        const code = String(error.code ?? 'UNKNOWN');
        resolve(NO_RECORD_CODES.has(code) ? { kind: 'no-record', code } : { kind: 'failed', code, message: error.message });
      });
    });
  }

  /** Stops outstanding lookups. */
  public cancel(): void {
    this.resolver.cancel();
  }
}
