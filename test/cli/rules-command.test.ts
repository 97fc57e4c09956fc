import { main } from '../../lib/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('rules command', () => {
  test('prints the rule table for the default options', async () => {
    const { code, out, err } = await run([]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatchSnapshot();
    expect(out).toContain('egress     10.0.0.0/8  tcp/8086-8087');
  });

  test('the explicit command name gives the same output', async () => {
    expect((await run(['rules'])).out).toBe((await run([])).out);
  });

  test('takes target, mode, edition, management port and vaults', async () => {
    const { code, out } = await run([
      '--target',
      'federal',
      '--mode',
      'minimal',
      '--edition',
      '2018-12-14',
      '--management-port',
      '3000',
      '--vault',
      '10.8.0.0/16',
      '--vault',
      '10.9.1.1',
    ]);
    expect(code).toBe(0);
    expect(out).toMatchSnapshot();
    expect(out).toContain('tcp/3000');
    expect(out).toContain('10.9.1.1/32');
    expect(out).toContain('warning BackupAgentConnectivity:MinimalMode');
  });

  test('json output is the policy', async () => {
    const { out } = await run(['--mode', 'hosts', '--format', 'json', '--vault', '10.1.0.0/16']);
    const parsed = JSON.parse(out);
    expect(parsed.options.mode).toBe('hosts');
    expect(parsed.rules).toHaveLength(9);
    expect(parsed.source.lastUpdated).toBe('2026-06-08');
    expect(parsed.sources.map((s: { path: string }) => s.path)).toEqual(['port-information.md', 'ips.md', 'ts-offline-agent-linux.md']);
  });

  test('--vault-dc opens the eVault ranges of each data center on TCP 2546, with --vault', async () => {
    const { code, out } = await run([
      '--mode',
      'minimal',
      '--vault-dc',
      'lon02',
      '--vault-dc',
      'dal13',
      '--vault',
      '10.9.0.0/16',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.options.vaultDataCenters).toEqual(['dal13', 'lon02']);
    const vault = parsed.rules.filter((r: { purposes: string[] }) => r.purposes.includes('vault')).map((r: { cidr: string }) => r.cidr);
    expect(vault).toEqual(['10.1.214.0/24', '10.9.0.0/16', '10.200.134.0/24', '10.201.102.0/24']);
    expect(parsed.warnings.map((w: { id: string }) => w.id)).toEqual(['BackupAgentConnectivity:MinimalMode']);
  });

  test('an unknown --vault-dc exits 1 naming the option, the value and the known codes', async () => {
    const { code, err } = await run(['--vault-dc', 'dal99']);
    expect(code).toBe(1);
    expect(err).toContain('vaultDataCenters[0]: is not a data center of the eVault table of edition 2026-06-08; known codes: ams03,');
    expect(err).toContain('"dal99"');
    const old = await run(['--edition', '2024-07-23', '--vault-dc', 'dal13']);
    expect(old.code).toBe(1);
    expect(old.err).toContain('vaultDataCenters: needs the eVault ranges by data center, which edition 2024-07-23 does not have');
  });

  test('federal tables list the registration host without an address, which no rule opens', async () => {
    const { code, out } = await run(['--target', 'federal', '--mode', 'hosts']);
    expect(code).toBe(0);
    expect(out).toContain(
      'not opened (no documented address): cloudbackupregister.service.usgov.softlayer.com tcp/8086 (registration), named in ibm-cloud-docs/Backup ts-offline-agent-linux.md',
    );
    expect(out).toContain('warning BackupAgentConnectivity:UnaddressedHost');
    expect(out.split('\n').filter((l) => l.startsWith('egress') || l.startsWith('ingress'))).toEqual([
      expect.stringMatching(/^ingress\s+100\.100\.6\.20\/32\s+tcp\/2548/),
      expect.stringMatching(/^egress\s+100\.100\.6\.20\/32\s+tcp\/8086-8087/),
    ]);
    expect((await run(['--target', 'commercial'])).out).not.toContain('not opened');
    const md = await run(['--target', 'federal', '--format', 'markdown']);
    expect(md.out).toContain('- not opened (no documented address): cloudbackupregister.service.usgov.softlayer.com');
  });

  test('markdown output is a table', async () => {
    const { out } = await run(['--format', 'markdown', '--legacy-management-port', '--central-control', '192.168.0.0/24']);
    expect(out).toMatchSnapshot();
    expect(out.split('\n').filter((l) => l.startsWith('| ingress'))).toHaveLength(4);
  });

  test('bad options exit 1 with every problem named', async () => {
    const { code, out, err } = await run(['--management-port', 'http', '--vault', '0.0.0.0/0', '--mode', 'narrow']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('managementPort');
    expect(err).toContain('vaultCidrs[0]');
    expect(err).toContain('mode');
  });

  test('unknown flags and formats exit 2 with usage', async () => {
    const unknown = await run(['--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown option '--colour'");
    expect(unknown.err).toContain('Usage: backup-agent-connectivity [rules]');
    const positional = await run(['dal13']);
    expect(positional.code).toBe(2);
    expect(positional.err).toContain("unexpected argument 'dal13'");
    expect((await run(['--vault'])).err).toContain('--vault needs a value');
    const bad = await run(['--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be one of table, json, markdown');
  });

  test('help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--management-port');
  });
});
