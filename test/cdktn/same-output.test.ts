import * as fs from 'node:fs';
import * as path from 'node:path';
import * as forCdktf from '../../lib/cdktf';
import * as forCdktn from '../../lib/cdktn';
import { ALL_CONFIGURATIONS } from '../cdktf/configurations';
import { PLACEMENT_STACKS } from '../terraform/construct-apps';
import { constructIn, FlavourName, placementStacksOutput, warningsOf, withoutFrameworkMetadata } from './flavours';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';

describe('/cdktn and /cdktf synthesize the same Terraform configuration', () => {
  test.each(ALL_CONFIGURATIONS)('%s', (_name, props) => {
    const [tf, tn] = (['cdktf', 'cdktn'] as FlavourName[]).map((flavour) => constructIn(flavour, props));
    const tfJson = withoutFrameworkMetadata(tf.toTerraform()) as { resource?: object };
    expect(Object.keys(tfJson.resource ?? {}).length).toBeGreaterThan(0);
    expect(withoutFrameworkMetadata(tn.toTerraform())).toEqual(tfJson);
    expect(warningsOf(tn)).toEqual(warningsOf(tf));
  });

  test('the comparison sees a difference: another option changes the output of one side', () => {
    const [, props] = ALL_CONFIGURATIONS[0];
    const tf = constructIn('cdktf', props);
    const tn = constructIn('cdktn', { ...props, managementPort: 2549 });
    expect(withoutFrameworkMetadata(tn.toTerraform())).not.toEqual(withoutFrameworkMetadata(tf.toTerraform()));
  });

  const invalid: Array<[string, forCdktf.BackupAgentConnectivityProps]> = [
    ['no VPC and no group', {}],
    ['VPC options on classic', { infrastructure: forCdktf.IbmInfrastructure.CLASSIC, vpcId: VPC_ID, name: 'agents' }],
    ['a bad name, tag and vault', { vpcId: VPC_ID, name: 'Backup_Agents', tags: [''], vaultCidrs: ['10.1.2.3/8'] }],
    ['ACL options without ACLs', { vpcId: VPC_ID, localCidr: '10.0.0.0/24' }],
    ['an unknown enum value', { vpcId: VPC_ID, emit: 'everything' as forCdktf.Emit }],
  ];

  test.each(invalid)('%s: the same ConnectivityValidationError', (_name, props) => {
    const messages = (['cdktf', 'cdktn'] as FlavourName[]).map((flavour) => {
      try {
        constructIn(flavour, props);
      } catch (error) {
        expect(error).toBeInstanceOf(forCdktf.ConnectivityValidationError);
        return (error as Error).message;
      }
      throw new Error(`${flavour}: expected a ConnectivityValidationError`);
    });
    expect(messages[1]).toBe(messages[0]);
  });

  test('the entry points export the same names; props, enums, constants and the core are the very same objects', () => {
    expect(Object.keys(forCdktn).sort()).toEqual(Object.keys(forCdktf).sort());
    for (const name of [
      'IbmInfrastructure',
      'IbmDefaults',
      'IbmQuotas',
      'IbmWarningIds',
      'Emit',
      'AccessMode',
      'BackupTarget',
      'CatalogEdition',
      'ConnectivityPolicy',
      'ConnectivityValidationError',
    ] as const) {
      expect({ name, same: forCdktn[name] === forCdktf[name] }).toEqual({ name, same: true });
    }
    expect(forCdktn.BackupAgentConnectivity).not.toBe(forCdktf.BackupAgentConnectivity);
    expect(Object.keys(forCdktn.ibm).sort()).toEqual(Object.keys(forCdktf.ibm).sort());
  });

  describe('written to disk by App.synth', () => {
    /** The files of an output directory, by path relative to it. */
    const filesOf = (dir: string) =>
      Object.fromEntries(
        (fs.readdirSync(dir, { recursive: true }) as string[])
          .filter((f) => fs.statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
      );

    test.each([
      ['Terraform JSON', false],
      ['HCL (SYNTH_HCL_OUTPUT=true)', true],
    ])("%s: the same files, equal but for the frameworks' metadata", (_name, hcl) => {
      const written = (['cdktf', 'cdktn'] as FlavourName[]).map((flavour) => {
        return filesOf(placementStacksOutput(flavour, hcl));
      });
      const stackFiles = Object.keys(PLACEMENT_STACKS)
        .sort()
        .flatMap((name) => (hcl ? ['cdk.tf', 'metadata.json'] : ['cdk.tf.json']).map((f) => path.join('stacks', name, f)));
      expect(Object.keys(written[0])).toEqual(['manifest.json', ...stackFiles].sort());
      expect(Object.keys(written[1])).toEqual(Object.keys(written[0]));
      for (const file of stackFiles) {
        if (file.endsWith('.json')) {
          expect({ file, json: withoutFrameworkMetadata(JSON.parse(written[1][file])) }).toEqual({
            file,
            json: withoutFrameworkMetadata(JSON.parse(written[0][file])),
          });
        } else {
          expect({ file, text: written[1][file] }).toEqual({ file, text: written[0][file] });
        }
      }
    });
  });
});
