import { Testing } from 'cdktf';
import { BackupAgentConnectivity, ConnectivityIntent, Emit } from '../../lib/cdktf';
import { ALL_CONFIGURATIONS, PLACEMENTS } from './configurations';
import { newStack, synthWithComments } from './synth-helpers';

function resourcesWithComments(props: object) {
  const { stack } = newStack();
  const construct = new BackupAgentConnectivity(stack, 'Backup', props);
  const json = synthWithComments(stack);
  const bodies = Object.entries(json.resource ?? {}).flatMap(([type, byId]) =>
    Object.entries(byId).map(([id, body]) => ({ type, id, comment: body['//'] as Record<string, unknown> | undefined })),
  );
  return { construct, bodies };
}

describe('intent records in Terraform comments', () => {
  test.each(Object.entries(PLACEMENTS))('every resource of "%s" carries the record next to cdktf\'s metadata', (_name, props) => {
    const { construct, bodies } = resourcesWithComments(props);
    expect(bodies).toHaveLength(construct.resources().length);
    for (const { id, comment } of bodies) {
      expect(comment?.metadata).toEqual(expect.objectContaining({ uniqueId: id, path: expect.stringMatching(/^test-stack\/Backup\//) }));
      const record = ConnectivityIntent.parse(comment?.[ConnectivityIntent.METADATA_KEY]);
      expect(record).toBeDefined();
      expect(record).toEqual(ConnectivityIntent.record(construct.policy, 'test-stack/Backup', construct.infrastructure === 'classic' ? 'ibm-classic' : 'ibm-vpc', construct.emit));
      expect(ConnectivityIntent.policyOf(record!).rules).toEqual(construct.policy.rules);
    }
  });

  test('the record names the platform and what was emitted', () => {
    const { bodies } = resourcesWithComments(PLACEMENTS['vpc both']);
    const records = bodies.map((b) => ConnectivityIntent.parse(b.comment?.[ConnectivityIntent.METADATA_KEY])!);
    expect(new Set(records.map((r) => `${r.platform} ${r.emit}`))).toEqual(new Set([`ibm-vpc ${Emit.BOTH}`]));
    const classic = resourcesWithComments(PLACEMENTS['classic new group']).bodies;
    expect(ConnectivityIntent.parse(classic[0].comment?.[ConnectivityIntent.METADATA_KEY])?.platform).toBe('ibm-classic');
  });
});

describe('determinism', () => {
  test.each(ALL_CONFIGURATIONS.filter((_, i) => i % 5 === 0))('two synths of "%s" are byte-identical', (_name, props) => {
    const once = () => {
      const { stack } = newStack();
      new BackupAgentConnectivity(stack, 'Backup', props);
      return JSON.stringify(stack.toTerraform()) + Testing.synthHcl(stack);
    };
    expect(once()).toBe(once());
  });

  test('list options in another order give the same output', () => {
    const synthOf = (vaultCidrs: string[]) => {
      const { stack } = newStack();
      new BackupAgentConnectivity(stack, 'Backup', { ...PLACEMENTS['vpc existing acl'], vaultCidrs });
      return Testing.synth(stack);
    };
    expect(synthOf(['10.200.90.14', '10.2.3.4'])).toBe(synthOf(['10.2.3.4', '10.200.90.14']));
  });
});
