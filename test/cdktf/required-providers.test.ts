import { Testing } from 'cdktf';
import { BackupAgentConnectivity, IbmDefaults, IbmInfrastructure, IbmProvider } from '../../lib/cdktf';
import { IbmProviderSchema } from '../../lib/ibm-schema';
import { newStack, synth } from './synth-helpers';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';

describe('terraform.required_providers.ibm', () => {
  test("is declared with IBM-Cloud/ibm and the schema's version constraint when the stack has no provider", () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID });
    const json = synth(stack);
    expect(json.terraform?.required_providers).toEqual({
      ibm: { source: IbmDefaults.PROVIDER_SOURCE, version: IbmProviderSchema.load().versionConstraint() },
    });
    expect(IbmDefaults.PROVIDER_SOURCE).toBe('IBM-Cloud/ibm');
    expect(json.provider).toBeUndefined();
  });

  test("a stack without a provider construct passes cdktf's validations", () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID });
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  test('is declared once for several constructs in one stack', () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Vpc', { vpcId: VPC_ID });
    new BackupAgentConnectivity(stack, 'Classic', { infrastructure: IbmInfrastructure.CLASSIC, name: 'x' });
    expect(Object.keys(synth(stack).terraform?.required_providers ?? {})).toEqual(['ibm']);
    expect(stack.allProviders()).toHaveLength(1);
  });

  test.each(['before', 'after'])('a provider the user declares %s the construct is kept as it is, not duplicated', (when) => {
    const { stack } = newStack();
    const declare = () => new IbmProvider(stack, 'ibm', { region: 'eu-de' });
    if (when === 'before') declare();
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID });
    if (when === 'after') declare();
    const json = synth(stack);
    expect(json.terraform?.required_providers).toEqual({ ibm: { source: 'registry.terraform.io/ibm-cloud/ibm' } });
    expect(json.provider).toEqual({ ibm: [{ region: 'eu-de' }] });
  });

  test('a required_providers entry the user sets on the stack wins whole', () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID });
    stack.addOverride('terraform.required_providers.ibm', { source: 'IBM-Cloud/ibm', version: '1.88.1' });
    expect(synth(stack).terraform?.required_providers).toEqual({ ibm: { source: 'IBM-Cloud/ibm', version: '1.88.1' } });
  });

  test('is declared in HCL output too', () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: VPC_ID });
    const hcl = Testing.synthHcl(stack) as string;
    expect(hcl).toMatch(/required_providers\s*\{\s*ibm\s*=\s*\{\s*source\s*=\s*"IBM-Cloud\/ibm"\s*version\s*=\s*">= 1\.87\.3, < 3\.0\.0"/);
  });
});
