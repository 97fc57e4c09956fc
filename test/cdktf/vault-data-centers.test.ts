import {
  AccessMode,
  BackupAgentConnectivity,
  ConnectivityIntent,
  ConnectivityPolicy,
  ConnectivityValidationError,
  EndpointCatalog,
  IbmInfrastructure,
  IbmQuotas,
  PolicyWarningIds,
} from '../../lib/cdktf';
import { bodiesOf, newStack, stackWith, synth, synthWithComments, warningsOf } from './synth-helpers';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('vaultDataCenters on IBM Cloud', () => {
  test('VPC: lon02 opens TCP 2546 to both of its eVault ranges, and there is no NoVault warning', () => {
    const { stack, construct } = stackWith({ vpcId: VPC_ID, mode: AccessMode.MINIMAL, vaultDataCenters: ['lon02'] });
    const vault = bodiesOf(synth(stack), 'ibm_is_security_group_rule').filter((b) => b.port_min === 2546);
    expect(vault.map((b) => [b.direction, b.remote, b.port_max]).sort()).toEqual([
      ['outbound', '10.1.214.0/24', 2546],
      ['outbound', '10.201.102.0/24', 2546],
    ]);
    expect(warningsOf(construct).some((w) => w.startsWith(`${PolicyWarningIds.NO_VAULT}: `))).toBe(false);
  });

  test('classic: dal13 combined with vaultCidrs', () => {
    const { stack } = stackWith({
      infrastructure: IbmInfrastructure.CLASSIC,
      name: 'Backup agents',
      mode: AccessMode.HOSTS,
      vaultDataCenters: ['dal13'],
      vaultCidrs: ['10.9.0.0/16'],
    });
    const vault = bodiesOf(synth(stack), 'ibm_security_group_rule').filter((b) => b.port_range_min === 2546);
    expect(vault.map((b) => b.remote_ip).sort()).toEqual(['10.200.134.0/24', '10.9.0.0/16']);
  });

  test('the intent record in the Terraform comments carries the codes', () => {
    const { stack } = stackWith({ vpcId: VPC_ID, mode: AccessMode.MINIMAL, vaultDataCenters: ['dal13'] });
    const records = Object.values(synthWithComments(stack).resource ?? {})
      .flatMap((byId) => Object.values(byId))
      .flatMap((body) => ConnectivityIntent.parse((body['//'] as Record<string, unknown> | undefined)?.[ConnectivityIntent.METADATA_KEY]) ?? []);
    expect(records).toHaveLength(1);
    expect(records[0].options.vaultDataCenters).toEqual(['dal13']);
  });

  test('an unknown code is refused with the option, the value, the known codes and the construct path, before anything is emitted', () => {
    const { stack } = newStack();
    const error = thrown(() => new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID, vaultDataCenters: ['xyz01'] }));
    expect(error).toBeInstanceOf(ConnectivityValidationError);
    expect(error.message).toContain("at 'test-stack/Backup'");
    expect(error.message).toMatch(
      /vaultDataCenters\[0\]: is not a data center of the eVault table of edition 2026-06-08; known codes: ams03, .*wdc07 \(got "xyz01"\)/,
    );
    expect(stack.node.findAll().filter((c) => c.node.path.startsWith('test-stack/Backup/'))).toEqual([]);
  });
});

describe('vaultDataCenters and IBM quotas', () => {
  test('every data center plus a vault CIDR in classic hosts mode needs more rules than the classic quota allows, and the hint names the option', () => {
    const all = EndpointCatalog.forEdition().vaultDataCenters.map((dc) => dc.dataCenter);
    const rules = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultDataCenters: all, vaultCidrs: ['10.9.0.0/16'] }).rules.length;
    expect(rules).toBeGreaterThan(IbmQuotas.CLASSIC_SECURITY_GROUP_RULES);
    const { stack } = newStack();
    const error = thrown(
      () =>
        new BackupAgentConnectivity(stack, 'Backup', {
          infrastructure: IbmInfrastructure.CLASSIC,
          name: 'agents',
          mode: AccessMode.HOSTS,
          vaultDataCenters: all,
          vaultCidrs: ['10.9.0.0/16'],
        }),
    );
    expect(error.message).toContain(`the classic security group would need ${rules} rules, more than IBM's quota of 50`);
    expect(error.message).toContain('name fewer vaultDataCenters');
  });
});
