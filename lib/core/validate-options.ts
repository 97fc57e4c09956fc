import { AccessMode, BackupTarget, CatalogEdition } from './enums';
import { ConnectivityValidationError, ValidationProblem } from './errors';
import { formatCidr, Ipv4Network, isNetwork, isPrivateNetwork, parseCidr } from './ipv4';
import { ConnectivityOptions, AgentPorts, ResolvedConnectivityOptions } from './options';
import { EndpointCatalog } from './catalog';
import { checkBoolean, checkEnum, checkPort } from './argument-checks';

const CIDR_LIST_OPTIONS = ['centralControlSources', 'vaultCidrs', 'additionalEndpointCidrs'] as const;

function checkCidrList(option: string, value: unknown, allowPublic: boolean, problems: ValidationProblem[]): Ipv4Network[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ option, value: String(value), message: 'must be a list of IPv4 CIDRs' });
    return [];
  }
  const networks: Ipv4Network[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `${option}[${index}]`;
    if (typeof entry !== 'string') {
      problems.push({ option: at, value: String(entry), message: 'must be an IPv4 CIDR string such as 10.1.2.0/24' });
      return;
    }
    const parsed = parseCidr(entry);
    if (!isNetwork(parsed)) {
      switch (parsed.kind) {
        case 'empty':
          problems.push({ option: at, value: entry, message: 'is empty; give an IPv4 CIDR such as 10.1.2.0/24' });
          return;
        case 'ipv6':
          problems.push({
            option: at,
            value: entry,
            message: "is IPv6; the agent's documented network (the IBM Cloud private network) is IPv4 only",
          });
          return;
        case 'host-bits':
          problems.push({ option: at, value: entry, message: `has host bits set; use the network form '${parsed.suggestion}'` });
          return;
        case 'malformed':
          problems.push({ option: at, value: entry, message: 'is not an IPv4 address or CIDR such as 10.1.2.0/24' });
          return;
      }
    }
    if (!allowPublic && !isPrivateNetwork(parsed)) {
      const what = parsed.prefix === 0 ? 'opens the whole Internet' : 'is not a private range';
      problems.push({
        option: at,
        value: entry,
        message: `${what} (allowed without override: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10); set allowPublicSources: true to accept it`,
      });
      return;
    }
    networks.push(parsed);
  });
  return networks;
}

/** Checks data-center codes against the eVault table of the edition in use. */
function checkVaultDataCenters(value: unknown, edition: unknown, problems: ValidationProblem[]): string[] {
  const option = 'vaultDataCenters';
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ option, value: String(value), message: 'must be a list of data-center codes such as dal13' });
    return [];
  }
  const editionValid = edition === undefined || (Object.values(CatalogEdition) as unknown[]).includes(edition);
  if (!editionValid) return [];
  const catalog = EndpointCatalog.forEdition(edition as CatalogEdition | undefined);
  if (value.length > 0 && !catalog.hasVaultDataCenters) {
    const withTable = EndpointCatalog.editions().filter((e) => EndpointCatalog.forEdition(e).hasVaultDataCenters);
    problems.push({
      option,
      value: value.map(String).join(', '),
      message:
        `needs the eVault ranges by data center, which edition ${catalog.edition} does not have; ` +
        `use edition ${withTable.join(' or ')}, or give the vault addresses as vaultCidrs`,
    });
    return [];
  }
  const codes: string[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `${option}[${index}]`;
    if (typeof entry !== 'string') {
      problems.push({ option: at, value: String(entry), message: 'must be a data-center code string such as dal13' });
      return;
    }
    if (catalog.vaultRangesOf(entry) === undefined) {
      const known = catalog.vaultDataCenters.map((dc) => dc.dataCenter).join(', ');
      problems.push({
        option: at,
        value: entry,
        message: `is not a data center of the eVault table of edition ${catalog.edition}; known codes: ${known}`,
      });
      return;
    }
    codes.push(entry);
  });
  return [...new Set(codes)].sort();
}

function normalise(networks: Ipv4Network[]): string[] {
  const sorted = [...networks].sort((a, b) => a.network - b.network || a.prefix - b.prefix);
  const texts = sorted.map(formatCidr);
  return texts.filter((t, i) => i === 0 || texts[i - 1] !== t);
}

/**
 * Applies defaults and checks every option, reporting all problems at once.
 * @param options the options as given (possibly from untyped JavaScript)
 * @param subject the construct path to name in the error; @default - none
 */
export function resolveOptions(options: ConnectivityOptions = {}, subject?: string): ResolvedConnectivityOptions {
  const problems: ValidationProblem[] = [];
  if (typeof options !== 'object' || options === null) {
    throw new ConnectivityValidationError([{ option: 'options', value: String(options), message: 'must be an object' }], subject);
  }
  checkEnum('target', options.target, BackupTarget, problems, String);
  checkEnum('mode', options.mode, AccessMode, problems, String);
  checkEnum('edition', options.edition, CatalogEdition, problems, String);
  checkPort('managementPort', options.managementPort, problems, String);
  checkBoolean('allowLegacyManagementPort', options.allowLegacyManagementPort, problems, String);
  checkBoolean('allowPublicSources', options.allowPublicSources, problems, String);
  const allowPublic = options.allowPublicSources === true;
  const lists: Record<string, Ipv4Network[]> = {};
  for (const option of CIDR_LIST_OPTIONS) {
    lists[option] = checkCidrList(option, options[option], allowPublic, problems);
  }
  const vaultDataCenters = checkVaultDataCenters(options.vaultDataCenters, options.edition, problems);
  if (problems.length > 0) throw new ConnectivityValidationError(problems, subject);
  return {
    target: options.target ?? BackupTarget.COMMERCIAL,
    mode: options.mode ?? AccessMode.BROAD,
    edition: options.edition ?? EndpointCatalog.LATEST_EDITION,
    managementPort: options.managementPort ?? AgentPorts.MANAGEMENT,
    allowLegacyManagementPort: options.allowLegacyManagementPort ?? false,
    centralControlSources: normalise(lists.centralControlSources),
    vaultCidrs: normalise(lists.vaultCidrs),
    vaultDataCenters,
    additionalEndpointCidrs: normalise(lists.additionalEndpointCidrs),
    allowPublicSources: allowPublic,
  };
}
