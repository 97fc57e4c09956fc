import { AccessMode, BackupTarget, CatalogEdition, ConnectivityIntent, ConnectivityPolicy, Emit, PolicyWarningIds, RulePurpose } from '../../lib';
import { resolveErrorOf } from './validation-error';

const vaultRules = (policy: ConnectivityPolicy) =>
  policy
    .egressRules()
    .filter((r) => r.purposes.includes(RulePurpose.VAULT))
    .map((r) => `${r.cidr}:${r.fromPort}-${r.toPort}`);

describe('vaultDataCenters', () => {
  test('dal13 opens TCP 2546 to 10.200.134.0/24, lon02 to both of its ranges', () => {
    expect(vaultRules(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultDataCenters: ['dal13'] }))).toEqual(['10.200.134.0/24:2546-2546']);
    expect(vaultRules(ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultDataCenters: ['lon02'] }))).toEqual([
      '10.1.214.0/24:2546-2546',
      '10.201.102.0/24:2546-2546',
    ]);
  });

  test('satisfies the vault requirement of minimal and hosts modes: no NoVault warning', () => {
    for (const mode of [AccessMode.MINIMAL, AccessMode.HOSTS]) {
      const without = ConnectivityPolicy.resolve({ mode });
      const withDc = ConnectivityPolicy.resolve({ mode, vaultDataCenters: ['dal13'] });
      expect(without.warnings.map((w) => w.id)).toContain(PolicyWarningIds.NO_VAULT);
      expect(withDc.warnings.map((w) => w.id)).not.toContain(PolicyWarningIds.NO_VAULT);
    }
  });

  test('combines with vaultCidrs; codes are sorted and de-duplicated', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['10.9.9.0/24'],
      vaultDataCenters: ['lon02', 'dal13', 'lon02'],
    });
    expect(policy.options.vaultDataCenters).toEqual(['dal13', 'lon02']);
    expect(vaultRules(policy)).toEqual([
      '10.1.214.0/24:2546-2546',
      '10.9.9.0/24:2546-2546',
      '10.200.134.0/24:2546-2546',
      '10.201.102.0/24:2546-2546',
    ]);
  });

  test('in broad mode a range inside 10.0.0.0/8 adds nothing, one outside it (dal08, 100.100.6.0/24) adds a rule', () => {
    expect(ConnectivityPolicy.resolve({ vaultDataCenters: ['dal13'] }).rules).toEqual(ConnectivityPolicy.resolve().rules);
    expect(vaultRules(ConnectivityPolicy.resolve({ vaultDataCenters: ['dal08'] }))).toEqual(['10.0.0.0/8:2546-2546', '100.100.6.0/24:2546-2546']);
  });

  test('an unknown code is an error naming the option, the value, the known codes and the construct path', () => {
    const error = resolveErrorOf({ vaultDataCenters: ['dal13', 'dal99'] }, 'App/Agent');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ option: 'vaultDataCenters[1]', value: 'dal99' });
    expect(error.problems[0].message).toMatch(/not a data center of the eVault table of edition 2026-06-08; known codes: ams03, che01, .*, wdc07$/);
    expect(error.message).toContain("at 'App/Agent'");
    expect(error.message).toContain('vaultDataCenters[1]');
    expect(error.message).toContain('"dal99"');
  });

  test.each([
    ['not a list', 'dal13', 'vaultDataCenters', /list of data-center codes/],
    ['a number entry', [13], 'vaultDataCenters[0]', /data-center code string/],
    ['an upper-case code', ['DAL13'], 'vaultDataCenters[0]', /not a data center/],
  ])('%s is refused', (_, value, option, message) => {
    const error = resolveErrorOf({ vaultDataCenters: value });
    expect(error.problems).toEqual([expect.objectContaining({ option, message: expect.stringMatching(message) })]);
  });

  test.each([CatalogEdition.EDITION_2018_12_14, CatalogEdition.EDITION_2024_07_23])(
    'edition %s has no eVault table and refuses the option',
    (edition) => {
      const error = resolveErrorOf({ edition, vaultDataCenters: ['dal13'] }, 'App/Agent');
      expect(error.problems).toEqual([
        {
          option: 'vaultDataCenters',
          value: 'dal13',
          message: `needs the eVault ranges by data center, which edition ${edition} does not have; use edition 2026-06-08, or give the vault addresses as vaultCidrs`,
        },
      ]);
      expect(ConnectivityPolicy.resolve({ edition, vaultDataCenters: [] }).options.vaultDataCenters).toEqual([]);
    },
  );

  test('an invalid edition is reported alone, not as a vaultDataCenters problem', () => {
    const error = resolveErrorOf({ edition: '1999-01-01', vaultDataCenters: ['dal13'] });
    expect(error.problems.map((p) => p.option)).toEqual(['edition']);
  });

  test('the intent record carries the codes and reproduces the policy', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultDataCenters: ['lon02'] });
    const record = ConnectivityIntent.record(policy, 'App/Agent', 'aws', Emit.SECURITY_GROUP);
    expect(record.options).toEqual({
      target: BackupTarget.COMMERCIAL,
      mode: AccessMode.MINIMAL,
      edition: CatalogEdition.EDITION_2026_06_08,
      vaultDataCenters: ['lon02'],
    });
    const parsed = ConnectivityIntent.parse(JSON.parse(JSON.stringify(record)));
    expect(ConnectivityIntent.policyOf(parsed!).rules).toEqual(policy.rules);
  });

  test('resolved policies are cached by options including vaultDataCenters', () => {
    const a = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultDataCenters: ['dal13'] });
    const b = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultDataCenters: ['lon02'] });
    expect(a).not.toBe(b);
    expect(vaultRules(a)).not.toEqual(vaultRules(b));
  });
});

describe('the federal registration host without an address', () => {
  test.each(Object.values(AccessMode))('is never turned into a rule (federal %s: the rules of 2024-07-23, which does not name it)', (mode) => {
    expect(ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode }).rules).toEqual(
      ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode, edition: CatalogEdition.EDITION_2024_07_23 }).rules,
    );
  });

  test('federal hosts mode warns that it cannot be opened by address', () => {
    const warnings = ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS }).warnings;
    const warning = warnings.find((w) => w.id === PolicyWarningIds.UNADDRESSED_HOST);
    expect(warning?.message).toMatch(
      /cloudbackupregister\.service\.usgov\.softlayer\.com \(TCP 8086\) without an address, so hosts mode cannot open it by address/,
    );
    expect(ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS }).warnings.map((w) => w.id)).not.toContain(PolicyWarningIds.UNADDRESSED_HOST);
    expect(ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL }).warnings.map((w) => w.id)).not.toContain(PolicyWarningIds.UNADDRESSED_HOST);
    expect(
      ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS, edition: CatalogEdition.EDITION_2024_07_23 }).warnings.map(
        (w) => w.id,
      ),
    ).not.toContain(PolicyWarningIds.UNADDRESSED_HOST);
  });
});
