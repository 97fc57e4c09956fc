import { TerraformResource } from 'cdktf';
import { ConnectivityIntent, ConnectivityIntentRecord } from '../core';

/**
 * Writes the intent record into a resource's Terraform JSON comment object, next to cdktf's own
 * `//.metadata`: `"//": { "metadata": {...}, "BackupAgentConnectivity": {...} }`.
 * @param resource the emitted resource
 * @param record the construct's intent record
 */
export function addIntentComment(resource: TerraformResource, record: ConnectivityIntentRecord): void {
  resource.addOverride(`//.${ConnectivityIntent.METADATA_KEY}`, record);
}
