import * as cdktf from 'cdktf';
import * as cdktn from 'cdktn';
import { Construct } from 'constructs';
import * as forCdktf from '../../lib/cdktf';
import * as forCdktn from '../../lib/cdktn';

const PROPS = { vpcId: 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18', name: 'backup-agent' };

/** The error thrown by `build`, or a failure when none is thrown. */
function errorOf(build: () => unknown): forCdktf.ConnectivityValidationError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(forCdktf.ConnectivityValidationError);
    return error as forCdktf.ConnectivityValidationError;
  }
  throw new Error('expected a ConnectivityValidationError');
}

describe('a construct placed in a stack of the other framework', () => {
  test('/cdktf in a cdktn stack fails at construction, naming /cdktn', () => {
    const stack = new cdktn.TerraformStack(cdktn.Testing.app(), 'agents');
    const group = new Construct(stack, 'Group');
    const error = errorOf(() => new forCdktf.BackupAgentConnectivity(group, 'Backup', PROPS));
    expect(error.subject).toBe('agents/Group/Backup');
    expect(error.problems).toEqual([
      {
        option: 'scope',
        value: "stack 'agents'",
        message:
          'is a cdktn stack, and backup-agent-connectivity/cdktf builds cdktf resources; import BackupAgentConnectivity from backup-agent-connectivity/cdktn instead',
      },
    ]);
    expect(error.message).toContain("Invalid backup agent connectivity options at 'agents/Group/Backup'");
  });

  test('/cdktn in a cdktf stack (a subclass) fails at construction, naming /cdktf', () => {
    class AgentStack extends cdktf.TerraformStack {}
    const stack = new AgentStack(cdktf.Testing.app(), 'agents');
    const error = errorOf(() => new forCdktn.BackupAgentConnectivity(stack, 'Backup', PROPS));
    expect(error.problems.map((p) => p.message)).toEqual([
      'is a cdktf stack, and backup-agent-connectivity/cdktn builds cdktn resources; import BackupAgentConnectivity from backup-agent-connectivity/cdktf instead',
    ]);
  });

  test('the check comes before the props are checked, so the one problem reported is the framework', () => {
    const stack = new cdktn.TerraformStack(cdktn.Testing.app(), 'agents');
    const error = errorOf(() => new forCdktf.BackupAgentConnectivity(stack, 'Backup', { vaultCidrs: ['not-a-cidr'] }));
    expect(error.problems.map((p) => p.option)).toEqual(['scope']);
  });

  test('each entry point in a stack of its own framework synthesizes, also side by side in one process', () => {
    const tfStack = new cdktf.TerraformStack(cdktf.Testing.app(), 'agents');
    new forCdktf.BackupAgentConnectivity(tfStack, 'Backup', PROPS);
    const tnStack = new cdktn.TerraformStack(cdktn.Testing.app(), 'agents');
    new forCdktn.BackupAgentConnectivity(tnStack, 'Backup', PROPS);
    expect(JSON.parse(cdktf.Testing.synth(tfStack))).toEqual(JSON.parse(cdktn.Testing.synth(tnStack)));
  });

  test('a stack of a second copy of the same package is refused too, with the way to find the copies', () => {
    /** What a TerraformStack of another installed copy of cdktf looks like: the shared stack symbol, jsii's type name, another class. */
    class OtherCopyStack extends Construct {
      constructor(scope: Construct, id: string) {
        super(scope, id);
        Object.defineProperty(this, Symbol.for('cdktf/TerraformStack'), { value: true });
      }
    }
    Object.defineProperty(OtherCopyStack, Symbol.for('jsii.rtti'), { value: { fqn: 'cdktf.TerraformStack', version: '0.21.0' } });
    const stack = new OtherCopyStack(cdktf.Testing.app(), 'agents');
    const error = errorOf(() => new forCdktf.BackupAgentConnectivity(stack, 'Backup', PROPS));
    expect(error.problems.map((p) => p.message)).toEqual([
      'is a TerraformStack of another copy of the cdktf package than the one backup-agent-connectivity/cdktf uses; install one copy (see npm ls cdktf)',
    ]);
  });

  test("a scope outside any stack still gets the framework's own error", () => {
    expect(() => new forCdktn.BackupAgentConnectivity(cdktn.Testing.app(), 'Backup', PROPS)).toThrow(/No stack could be identified/);
  });
});
