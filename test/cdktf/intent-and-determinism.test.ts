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
  const platformOf = (construct: BackupAgentConnectivity) => (construct.infrastructure === 'classic' ? 'ibm-classic' : 'ibm-vpc');

  test.each(Object.entries(PLACEMENTS))(
    '"%s": the record on the first resource, a reference on every other, all with the construct path, next to cdktf\'s metadata',
    (_name, props) => {
      const { construct, bodies } = resourcesWithComments(props);
      expect(bodies).toHaveLength(construct.resources().length);
      const byAddress = new Map(bodies.map((b) => [`${b.type}.${b.id}`, b]));
      const [first, ...others] = construct.resources().map((r) => byAddress.get(`${r.terraformResourceType}.${r.friendlyUniqueId}`)!);
      const record = ConnectivityIntent.parse(first.comment?.[ConnectivityIntent.METADATA_KEY]);
      expect(record).toEqual(ConnectivityIntent.record(construct.policy, 'test-stack/Backup', platformOf(construct), construct.emit));
      expect(ConnectivityIntent.policyOf(record!).rules).toEqual(construct.policy.rules);
      for (const { comment } of others) expect(comment?.[ConnectivityIntent.METADATA_KEY]).toEqual(ConnectivityIntent.reference('test-stack/Backup'));
      for (const { id, comment } of bodies) {
        expect(comment?.metadata).toEqual(expect.objectContaining({ uniqueId: id, path: expect.stringMatching(/^test-stack\/Backup\//) }));
        expect(ConnectivityIntent.constructPathOf(comment?.[ConnectivityIntent.METADATA_KEY])).toBe('test-stack/Backup');
      }
    },
  );

  test('the group or ACL the construct creates is its first resource, so it carries the record', () => {
    for (const [name, created] of [
      ['vpc new group', (c: BackupAgentConnectivity) => c.securityGroup],
      ['vpc new acl', (c: BackupAgentConnectivity) => c.networkAcl],
      ['classic new group', (c: BackupAgentConnectivity) => c.classicSecurityGroup],
    ] as const) {
      const { construct } = resourcesWithComments(PLACEMENTS[name]);
      expect(created(construct)).toBeDefined();
      expect(construct.resources()[0]).toBe(created(construct));
    }
  });

  test('the record names the platform and what was emitted', () => {
    const records = (name: string) =>
      resourcesWithComments(PLACEMENTS[name]).bodies.flatMap((b) => ConnectivityIntent.parse(b.comment?.[ConnectivityIntent.METADATA_KEY]) ?? []);
    expect(records('vpc both').map((r) => `${r.platform} ${r.emit}`)).toEqual([`ibm-vpc ${Emit.BOTH}`]);
    expect(records('classic new group').map((r) => r.platform)).toEqual(['ibm-classic']);
  });

  test('each construct of a stack writes its own record once', () => {
    const { stack } = newStack();
    new BackupAgentConnectivity(stack, 'One', PLACEMENTS['vpc both']);
    new BackupAgentConnectivity(stack, 'Two', PLACEMENTS['vpc new group']);
    const intents = Object.values(synthWithComments(stack).resource ?? {})
      .flatMap((byId) => Object.values(byId))
      .map((body) => (body['//'] as Record<string, unknown>)[ConnectivityIntent.METADATA_KEY]);
    const records = intents.flatMap((value) => ConnectivityIntent.parse(value) ?? []);
    expect(records.map((r) => r.constructPath).sort()).toEqual(['test-stack/One', 'test-stack/Two']);
    expect(intents.length).toBeGreaterThan(2);
    expect(new Set(intents.map((value) => ConnectivityIntent.constructPathOf(value)))).toEqual(new Set(['test-stack/One', 'test-stack/Two']));
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
