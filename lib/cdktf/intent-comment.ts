import { TerraformResource } from 'cdktf';
import { ConnectivityIntent, ConnectivityPolicy, Emit } from '../core';

/**
 * Writes a construct's intent into the Terraform JSON comment objects of its resources, next to
 * cdktf's own `//.metadata`: the full record on the first resource
 * (`"//": { "metadata": {...}, "BackupAgentConnectivity": {...record} }`) and a reference to the
 * construct on every other, so that the record is written once per construct.
 * @param resources the construct's resources, in the order it emitted them
 * @param policy the policy the construct rendered
 * @param constructPath the construct's path
 * @param platform `ibm-vpc` or `ibm-classic`
 * @param emit what the construct emitted
 */
export function addIntentComments(resources: readonly TerraformResource[], policy: ConnectivityPolicy, constructPath: string, platform: string, emit: Emit): void {
  const [first, ...others] = resources;
  first?.addOverride(`//.${ConnectivityIntent.METADATA_KEY}`, ConnectivityIntent.record(policy, constructPath, platform, emit));
  const reference = ConnectivityIntent.reference(constructPath);
  for (const resource of others) resource.addOverride(`//.${ConnectivityIntent.METADATA_KEY}`, reference);
}
