import { BackupAgentConnectivity, BackupAgentConnectivityProps, IbmProvider } from '../../lib/cdktf';
import { IBM_PROVIDER_RELEASES, IbmProviderSchema, validateProviderConfig, validateResourceConfig } from '../../lib/ibm-schema';
import { ALL_CONFIGURATIONS } from './configurations';
import { newStack, synthWithComments } from './synth-helpers';

const CASES = IBM_PROVIDER_RELEASES.flatMap((release) => ALL_CONFIGURATIONS.map(([name, props]) => [release, name, props] as const));

/** Each configuration synthesized once, for the test of every release. */
const synthesized = new Map<string, ReturnType<typeof synthWithComments>>();
function synthesizedConfiguration(name: string, props: BackupAgentConnectivityProps): ReturnType<typeof synthWithComments> {
  let json = synthesized.get(name);
  if (json === undefined) {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'Backup', props);
    json = synthWithComments(stack);
    synthesized.set(name, json);
  }
  return json;
}

describe('every emitted resource conforms to every committed IBM provider release schema', () => {
  test.each(CASES)('%s: %s', (release, name, props) => {
    const json = synthesizedConfiguration(name, props);
    const resources = Object.entries(json.resource ?? {}).flatMap(([type, byId]) => Object.values(byId).map((body) => [type, body] as const));
    expect(resources.length).toBeGreaterThan(0);
    const schema = IbmProviderSchema.load(release);
    const diagnostics = resources.flatMap(([type, body]) => validateResourceConfig(type, body, schema));
    expect(diagnostics).toEqual([]);
  });

  test('the validator would catch a wrong value (a deprecated nested block next to protocol)', () => {
    const { stack } = newStack();
    const construct = new BackupAgentConnectivity(stack, 'Backup', { vpcId: 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18' });
    construct.securityGroupRules[0].addOverride('tcp', { port_min: 1, port_max: 2 });
    const json = synthWithComments(stack);
    const diagnostics = Object.values(json.resource?.ibm_is_security_group_rule ?? {}).flatMap((body) =>
      validateResourceConfig('ibm_is_security_group_rule', body),
    );
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  test('a provider the user declares conforms too', () => {
    const { stack } = newStack();
    new IbmProvider(stack, 'ibm', { region: 'us-south', iaasClassicEndpointUrl: 'https://api.softlayer.com/rest/v3' });
    new BackupAgentConnectivity(stack, 'Backup', { vpcId: 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18' });
    const providers = (synthWithComments(stack).provider?.ibm ?? []) as unknown[];
    expect(providers).toHaveLength(1);
    for (const schema of IbmProviderSchema.loadAll()) expect(providers.flatMap((p) => validateProviderConfig(p, schema, {}))).toEqual([]);
  });
});
