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
      '--target', 'federal', '--mode', 'minimal', '--edition', '2018-12-14',
      '--management-port', '3000', '--vault', '10.8.0.0/16', '--vault', '10.9.1.1',
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
    expect(parsed.source.lastUpdated).toBe('2024-07-23');
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
    expect((await run(['--colour'])).code).toBe(2);
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
