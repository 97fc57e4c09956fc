import { AccessMode } from './enums';
import { EndpointCatalog } from './catalog';
import { isPrivateNetwork, parseCidr, isNetwork } from './ipv4';
import { ResolvedConnectivityOptions } from './options';

/** Something the user should know about the resolved policy. */
export interface PolicyWarning {
  /** A stable identifier, e.g. `BackupAgentConnectivity:MinimalMode`, for acknowledging the warning. */
  readonly id: string;
  /** What the risk is and what to do. */
  readonly message: string;
}

/**
 * Identifier of the warning both renderers raise when they create a new network ACL, which denies
 * every flow it does not list.
 */
export const NEW_NETWORK_ACL_WARNING_ID = 'BackupAgentConnectivity:NewNetworkAcl';

/** Stable identifiers of the policy's warnings. */
export class PolicyWarningIds {
  /** Minimal mode: only the documented minimum subnets are open. */
  public static readonly MINIMAL_MODE = 'BackupAgentConnectivity:MinimalMode';
  /** Hosts mode: only catalogued addresses are open. */
  public static readonly HOSTS_MODE = 'BackupAgentConnectivity:HostsMode';
  /** Minimal or hosts mode without any vault address. */
  public static readonly NO_VAULT = 'BackupAgentConnectivity:NoVault';
  /** A narrowed mode with an edition older than the newest. */
  public static readonly OLDER_EDITION = 'BackupAgentConnectivity:OlderEdition';
  /** A narrowed mode of a target whose documentation names a host without an address, which no rule can open. */
  public static readonly UNADDRESSED_HOST = 'BackupAgentConnectivity:UnaddressedHost';
  /** Public sources accepted through `allowPublicSources`. */
  public static readonly PUBLIC_SOURCES = 'BackupAgentConnectivity:PublicSources';

  private constructor() {}
}

/**
 * The warnings that apply to resolved options.
 * @param options the resolved options
 * @param catalog the catalog of the options' edition; @default - the catalog of `options.edition`
 */
export function policyWarnings(
  options: ResolvedConnectivityOptions,
  catalog: EndpointCatalog = EndpointCatalog.forEdition(options.edition),
): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  if (options.mode === AccessMode.MINIMAL) {
    warnings.push({
      id: PolicyWarningIds.MINIMAL_MODE,
      message:
        'Minimal mode opens only the documented minimum subnets. IBM documents 10.0.0.0/8 as the requirement and warns that ' +
        'stricter rules risk losing the portal as the infrastructure grows; other subnets may be used later.',
    });
  }
  if (options.mode === AccessMode.HOSTS) {
    warnings.push({
      id: PolicyWarningIds.HOSTS_MODE,
      message:
        'HOSTS MODE IS FRAGILE: only the catalogued addresses are open. IBM says these IPs can change and that new AMP proxies ' +
        'are added to 10.2.118.0/24 without notice; when that happens agents lose the portal and stop being managed. ' +
        "Use broad mode (10.0.0.0/8) unless you track IBM's documentation and update this library promptly.",
    });
  }
  if (options.mode !== AccessMode.BROAD && options.vaultCidrs.length === 0 && options.vaultDataCenters.length === 0) {
    warnings.push({
      id: PolicyWarningIds.NO_VAULT,
      message:
        'No vaultCidrs or vaultDataCenters are given, so nothing opens TCP 2546 to the vault (Director): backups will fail. Resolve ' +
        'the Director FQDN from your console and add its address to vaultCidrs, or name its data center in vaultDataCenters.',
    });
  }
  const unaddressed = catalog.unaddressedEndpoints(options.target);
  if (options.mode === AccessMode.HOSTS && unaddressed.length > 0) {
    const hosts = unaddressed.map((e) => `${e.fqdn} (TCP ${e.ports.join(', ')})`).join(', ');
    warnings.push({
      id: PolicyWarningIds.UNADDRESSED_HOST,
      message:
        `IBM names ${hosts} without an address, so hosts mode cannot open it by address and no rule here reaches it. ` +
        'If your agents register there, resolve it and add the answer to additionalEndpointCidrs, and re-check it: IBM says the addresses can change.',
    });
  }
  if (options.mode !== AccessMode.BROAD && options.edition !== EndpointCatalog.LATEST_EDITION) {
    warnings.push({
      id: PolicyWarningIds.OLDER_EDITION,
      message: `Edition ${options.edition} is older than ${EndpointCatalog.LATEST_EDITION}; its subnets and hosts may no longer be current.`,
    });
  }
  const publicEntries = [...options.centralControlSources, ...options.vaultCidrs, ...options.additionalEndpointCidrs].filter((c) => {
    const net = parseCidr(c);
    return isNetwork(net) && !isPrivateNetwork(net);
  });
  if (publicEntries.length > 0) {
    warnings.push({
      id: PolicyWarningIds.PUBLIC_SOURCES,
      message: `allowPublicSources accepted addresses outside the private ranges: ${publicEntries.join(', ')}.`,
    });
  }
  return warnings;
}
