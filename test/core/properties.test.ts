import fc from 'fast-check';
import { AccessMode, BackupTarget, CatalogEdition, ConnectivityOptions, ConnectivityPolicy, ConnectivityRule, RulePurpose } from '../../lib';

/**
 * An independent statement of the intended flows, written from the documentation and our
 * decisions (README semantics table) without the policy core's code, used as the oracle.
 */
type Block = { cidr: string; ports: number[]; purposes: RulePurpose[] };
type OracleFlow = { direction: string; cidr: string; ports: number[]; purposes: RulePurpose[] };
const { PORTAL, REGISTRATION, AMP_PROXY, FEDERAL_PORTAL, ADDITIONAL_ENDPOINT, VAULT, MANAGEMENT, CENTRAL_CONTROL, LEGACY_MANAGEMENT } = RulePurpose;

const FEDERAL: Block = { cidr: '100.100.6.20/32', ports: [8086, 8087], purposes: [FEDERAL_PORTAL] };
const MINIMAL: Record<CatalogEdition, Block[]> = {
  [CatalogEdition.EDITION_2018_12_14]: [
    { cidr: '10.0.82.0/24', ports: [8086, 8087], purposes: [PORTAL, REGISTRATION] },
    { cidr: '10.2.118.0/24', ports: [8086, 8087], purposes: [AMP_PROXY] },
  ],
  [CatalogEdition.EDITION_2024_07_23]: [
    { cidr: '10.200.86.0/24', ports: [8086, 8087], purposes: [PORTAL, REGISTRATION] },
    { cidr: '10.2.118.0/24', ports: [8086, 8087], purposes: [AMP_PROXY] },
  ],
  [CatalogEdition.EDITION_2026_06_08]: [
    { cidr: '10.200.86.0/24', ports: [8086, 8087], purposes: [PORTAL, REGISTRATION] },
    { cidr: '10.2.118.0/24', ports: [8086, 8087], purposes: [AMP_PROXY] },
    { cidr: '10.2.126.0/24', ports: [8086, 8087], purposes: [PORTAL, REGISTRATION, AMP_PROXY] },
  ],
};
/** eVault ranges of a few data centers, from the table of ips.md (edition 2026-06-08). */
const VAULT_DC: Record<string, string[]> = {
  dal09: ['10.2.118.0/24', '10.2.126.0/24'],
  dal13: ['10.200.134.0/24'],
  lon02: ['10.1.214.0/24', '10.201.102.0/24'],
  wdc04: ['10.3.166.0/24', '10.201.6.0/24'],
  dal08: ['100.100.6.0/24'],
};
const amp = (last: number): Block => ({ cidr: `10.2.118.${last}/32`, ports: [8087], purposes: [AMP_PROXY] });
const HOSTS: Record<CatalogEdition, Block[]> = {
  [CatalogEdition.EDITION_2018_12_14]: [
    { cidr: '10.0.82.12/32', ports: [8086, 8087], purposes: [PORTAL] },
    { cidr: '10.0.82.12/32', ports: [8086, 8087], purposes: [REGISTRATION] },
    ...[12, 13, 14, 15, 16, 17, 18, 19].map(amp),
  ],
  [CatalogEdition.EDITION_2024_07_23]: [
    { cidr: '10.200.86.22/32', ports: [8086], purposes: [REGISTRATION] },
    ...[12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map(amp),
  ],
  [CatalogEdition.EDITION_2026_06_08]: [
    { cidr: '10.200.86.22/32', ports: [8086], purposes: [REGISTRATION] },
    ...[12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map(amp),
  ],
};

function toInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}
function inCidr(address: number, cidr: string): boolean {
  const [ip, len] = cidr.split('/');
  const size = 2 ** (32 - Number(len ?? 32));
  const start = toInt(ip);
  return address >= start && address < start + size;
}
function cidrRange(cidr: string): [number, number] {
  const [ip, len] = cidr.split('/');
  const start = toInt(ip);
  return [start, start + 2 ** (32 - Number(len ?? 32)) - 1];
}

function portalBlocks(o: Required<ConnectivityOptions>): Block[] {
  let blocks: Block[];
  if (o.mode === AccessMode.BROAD) {
    blocks = [
      { cidr: '10.0.0.0/8', ports: [8086, 8087], purposes: [PORTAL, REGISTRATION, AMP_PROXY] },
      ...(o.target === BackupTarget.FEDERAL ? [FEDERAL] : []),
    ];
  } else if (o.target === BackupTarget.FEDERAL) blocks = [FEDERAL];
  else if (o.mode === AccessMode.MINIMAL) blocks = MINIMAL[o.edition];
  else blocks = HOSTS[o.edition];
  return [...blocks, ...o.additionalEndpointCidrs.map((cidr) => ({ cidr, ports: [8086, 8087], purposes: [ADDITIONAL_ENDPOINT] }))];
}

/** Every intended flow with its purposes, as the README's semantics table states them. */
function oracleFlows(o: Required<ConnectivityOptions>): OracleFlow[] {
  const blocks = portalBlocks(o);
  const flows: OracleFlow[] = blocks.map((b) => ({ direction: 'egress', ...b }));
  const named = [...o.vaultCidrs, ...o.vaultDataCenters.flatMap((dc) => VAULT_DC[dc])];
  const vaults = o.mode === AccessMode.BROAD ? [...named, '10.0.0.0/8'] : named;
  flows.push(...vaults.map((cidr) => ({ direction: 'egress', cidr, ports: [2546], purposes: [VAULT] })));
  const managers: Array<[string, RulePurpose]> = [
    ...blocks.map((b) => [b.cidr, MANAGEMENT] as [string, RulePurpose]),
    ...o.centralControlSources.map((c) => [c, CENTRAL_CONTROL] as [string, RulePurpose]),
  ];
  for (const [cidr, purpose] of managers) {
    flows.push({ direction: 'ingress', cidr, ports: [o.managementPort], purposes: [purpose] });
    if (o.allowLegacyManagementPort) flows.push({ direction: 'ingress', cidr, ports: [808], purposes: [purpose, LEGACY_MANAGEMENT] });
  }
  return flows;
}

function intended(o: Required<ConnectivityOptions>, direction: string, address: number, port: number): boolean {
  return oracleFlows(o).some((f) => f.direction === direction && f.ports.includes(port) && inCidr(address, f.cidr));
}

function allowed(rules: ConnectivityRule[], direction: string, address: number, port: number): boolean {
  return rules.some((r) => r.direction === direction && port >= r.fromPort && port <= r.toPort && inCidr(address, r.cidr));
}

const octet = fc.integer({ min: 0, max: 255 });
const privateCidr = fc
  .oneof(
    fc.tuple(octet, octet, octet, fc.integer({ min: 8, max: 32 })).map(([b, c, d, len]) => ({ ip: [10, b, c, d], len })),
    fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet, fc.integer({ min: 12, max: 32 })).map(([b, c, d, len]) => ({ ip: [172, b, c, d], len })),
    fc.tuple(octet, octet, fc.integer({ min: 16, max: 32 })).map(([c, d, len]) => ({ ip: [192, 168, c, d], len })),
    fc.tuple(octet, octet, fc.integer({ min: 24, max: 32 })).map(([c, d, len]) => ({ ip: [10, 2, 118, d], len: Math.max(len, 24), c })),
  )
  .map(({ ip, len }) => {
    const value = ip.reduce((acc, o) => acc * 256 + o, 0);
    const size = 2 ** (32 - len);
    const network = value - (value % size);
    return `${[network >>> 24, (network >>> 16) & 255, (network >>> 8) & 255, network & 255].join('.')}/${len}`;
  });

const optionsArb = fc
  .record({
    target: fc.constantFrom(...Object.values(BackupTarget)),
    mode: fc.constantFrom(...Object.values(AccessMode)),
    edition: fc.constantFrom(...Object.values(CatalogEdition)),
    managementPort: fc.oneof(fc.constant(2548), fc.constant(809), fc.constant(808), fc.integer({ min: 1, max: 65535 })),
    allowLegacyManagementPort: fc.boolean(),
    centralControlSources: fc.array(privateCidr, { maxLength: 6 }),
    vaultCidrs: fc.array(privateCidr, { maxLength: 6 }),
    additionalEndpointCidrs: fc.array(privateCidr, { maxLength: 4 }),
    allowPublicSources: fc.constant(false),
    vaultDataCenters: fc.subarray(Object.keys(VAULT_DC)),
  })
  .map((o) => ({ ...o, vaultDataCenters: o.edition === CatalogEdition.EDITION_2026_06_08 ? o.vaultDataCenters : [] }));

const INTERESTING_PORTS = [1, 22, 443, 807, 808, 809, 2545, 2546, 2547, 2548, 2549, 8085, 8086, 8087, 8088, 65535];
const INTERESTING_ADDRESSES = [
  '10.0.0.0',
  '10.255.255.255',
  '11.0.0.0',
  '9.255.255.255',
  '10.0.82.12',
  '10.200.86.22',
  '10.2.118.11',
  '10.2.118.22',
  '10.2.126.1',
  '10.2.127.0',
  '10.200.134.250',
  '10.201.102.7',
  '100.100.6.1',
  '100.100.6.20',
  '100.100.6.21',
  '8.8.8.8',
  '192.168.1.1',
  '172.16.0.1',
].map(toInt);

function samples(o: Required<ConnectivityOptions>, rules: ConnectivityRule[], random: number[]): Array<[string, number, number]> {
  const cidrs = [
    ...rules.map((r) => r.cidr),
    ...o.vaultCidrs,
    ...o.vaultDataCenters.flatMap((dc) => VAULT_DC[dc]),
    ...o.centralControlSources,
    ...o.additionalEndpointCidrs,
  ];
  const addresses = new Set<number>(INTERESTING_ADDRESSES);
  for (const cidr of cidrs) {
    const [ip, len] = cidr.split('/');
    const start = toInt(ip);
    const size = 2 ** (32 - Number(len));
    [start - 1, start, start + size - 1, start + size, start + Math.floor(size / 2)].forEach((a) => a >= 0 && a < 2 ** 32 && addresses.add(a));
  }
  random.forEach((a) => addresses.add(a));
  const ports = new Set([...INTERESTING_PORTS, o.managementPort - 1, o.managementPort, o.managementPort + 1]);
  const result: Array<[string, number, number]> = [];
  for (const direction of ['ingress', 'egress'])
    for (const a of addresses) for (const p of ports) if (p >= 1 && p <= 65535) result.push([direction, a, p]);
  return result;
}

describe('properties over the option space', () => {
  test('the rules allow every intended flow and nothing else at every sampled point', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), (options, random) => {
        const policy = ConnectivityPolicy.resolve(options);
        for (const [direction, address, port] of samples(options, policy.rules, random)) {
          if (allowed(policy.rules, direction, address, port) !== intended(options, direction, address, port)) {
            throw new Error(`${direction} ${address} ${port}: rules say ${allowed(policy.rules, direction, address, port)}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('every purpose of an intended flow is carried, at each of its points, by a rule that allows that point', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), (options, random) => {
        const policy = ConnectivityPolicy.resolve(options);
        const flows = oracleFlows(options);
        for (const [direction, address, port] of samples(options, policy.rules, random)) {
          const carried = new Set(
            policy.rules
              .filter((r) => r.direction === direction && port >= r.fromPort && port <= r.toPort && inCidr(address, r.cidr))
              .flatMap((r) => r.purposes),
          );
          for (const f of flows) {
            if (f.direction !== direction || !f.ports.includes(port) || !inCidr(address, f.cidr)) continue;
            for (const purpose of f.purposes) {
              if (!carried.has(purpose))
                throw new Error(`${direction} ${address} ${port}: purpose ${purpose} of ${f.cidr} is carried by no rule there`);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('every purpose of a rule comes from an intended flow that the rule overlaps', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const flows = oracleFlows(options);
        for (const rule of ConnectivityPolicy.resolve(options).rules) {
          const [first, last] = cidrRange(rule.cidr);
          for (const purpose of rule.purposes) {
            const source = flows.some((f) => {
              const [fFirst, fLast] = cidrRange(f.cidr);
              return (
                f.direction === rule.direction &&
                f.purposes.includes(purpose) &&
                fFirst <= last &&
                first <= fLast &&
                f.ports.some((p) => p >= rule.fromPort && p <= rule.toPort)
              );
            });
            if (!source) throw new Error(`${rule.id} carries ${purpose}, which no intended flow inside it has`);
          }
          expect(rule.purposes.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('no two rules of one direction overlap on both addresses and ports-touching ranges of the same CIDR', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const rules = ConnectivityPolicy.resolve(options).rules;
        for (const a of rules) {
          for (const b of rules) {
            if (a === b || a.direction !== b.direction) continue;
            const contained =
              inCidr(toInt(b.cidr.split('/')[0]), a.cidr) &&
              Number(a.cidr.split('/')[1]) <= Number(b.cidr.split('/')[1]) &&
              a.fromPort <= b.fromPort &&
              a.toPort >= b.toPort;
            if (contained) throw new Error(`${b.id} is contained in ${a.id}`);
            if (a.cidr === b.cidr && a.fromPort <= b.toPort + 1 && b.fromPort <= a.toPort + 1) throw new Error(`${a.id} and ${b.id} should merge`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('the output does not depend on the order of the input lists', () => {
    fc.assert(
      fc.property(optionsArb, fc.integer(), (options, seed) => {
        const shuffle = <T>(list: T[]) =>
          list
            .map((v, i) => [((seed ^ (i * 2654435761)) >>> 0) % 1000, v] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, v]) => v);
        const reversed = {
          ...options,
          vaultCidrs: [...options.vaultCidrs].reverse(),
          centralControlSources: shuffle(options.centralControlSources),
          additionalEndpointCidrs: shuffle([...options.additionalEndpointCidrs, ...options.additionalEndpointCidrs]),
        };
        expect(JSON.stringify(ConnectivityPolicy.resolve(reversed).toJSON())).toBe(JSON.stringify(ConnectivityPolicy.resolve(options).toJSON()));
      }),
      { numRuns: 150 },
    );
  });

  test('rule ids are unique and stable', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const rules = ConnectivityPolicy.resolve(options).rules;
        expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
        for (const r of rules) expect(r.id).toMatch(/^(ingress|egress)-[0-9-]+-tcp-[0-9]+(-[0-9]+)?$/);
      }),
      { numRuns: 100 },
    );
  });
});
