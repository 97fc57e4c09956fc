import { parseIpv4 } from '../core/ipv4';
import { discoverStacks, DiscoveredStack } from '../review/stack-discovery';
import { SynthesizedArtifact } from '../review/artifact';
import { ReviewOptions } from '../review/flow-analysis';
import { FlowVerdictKind } from '../review/layer-evaluation';
import { ConnectivityReview } from '../review/review-report';

const USAGE = `Usage: backup-agent-connectivity review <cdk.out dir | cdktf.out dir | template.json>... [options]

Reviews every synthesized stack found: the recorded connectivity intent, the firewall rules found,
a flow diagram, and whether each required flow passes the security groups and network ACLs.

Options:
  --format markdown|json          output format (default: markdown)
  --agent-address <IPv4>          the agent's address, compared with the agent side of ACL rules
                                  (default: any address the rules name)
  --client-port <port>            client source port of flows, for ACL replies (default: 49152)
  --treat-external-as-complete    assume groups and ACLs defined elsewhere hold only the rules found
  --strict                        also fail when a required flow cannot be decided
  --help                          show this text

Exit codes: 0 every required flow is allowed; 1 a required flow is blocked, or no intent record
was found; 2 wrong arguments or unreadable input.`;

interface ParsedArgs {
  targets: string[];
  format: 'markdown' | 'json';
  options: { agentAddress?: string; clientPort?: number; treatExternalAsComplete?: boolean };
  strict: boolean;
  help: boolean;
}

function parseArgs(args: string[]): ParsedArgs {
  const parsed: ParsedArgs = { targets: [], format: 'markdown', options: {}, strict: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'markdown' && format !== 'json') throw new Error(`--format must be markdown or json, got '${format}'`);
        parsed.format = format;
        break;
      }
      case '--agent-address': {
        const address = value();
        if (parseIpv4(address) === undefined) throw new Error(`--agent-address must be an IPv4 address, got '${address}'`);
        parsed.options.agentAddress = address;
        break;
      }
      case '--client-port': {
        const port = value();
        if (!/^[0-9]+$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw new Error(`--client-port must be a TCP port 1-65535, got '${port}'`);
        parsed.options.clientPort = Number(port);
        break;
      }
      case '--treat-external-as-complete':
        parsed.options.treatExternalAsComplete = true;
        break;
      case '--strict':
        parsed.strict = true;
        break;
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      default:
        if (flag.startsWith('-')) throw new Error(`unknown option '${flag}'`);
        parsed.targets.push(flag);
    }
  }
  return parsed;
}

function failures(report: ConnectivityReview, strict: boolean): string[] {
  const reasons = [...report.problems];
  for (const construct of report.constructs) {
    for (const flow of construct.requiredFlows ?? []) {
      if (flow.verdict === FlowVerdictKind.DENIED || (strict && flow.verdict === FlowVerdictKind.UNKNOWN)) {
        reasons.push(`${construct.constructPath}: required ${flow.direction} flow ${flow.peer} TCP ${flow.ports} is ${flow.verdict === FlowVerdictKind.DENIED ? 'blocked' : 'undecided'}: ${flow.reason}`);
      }
    }
  }
  return reasons.map((r) => `${report.subject}: ${r}`);
}

/**
 * The `review` command: finds every stack under the given paths, prints a review of each, and
 * returns 0 when every required flow is allowed, 1 when one is blocked or no intent record is found,
 * 2 on wrong arguments or unreadable input.
 * @param args command-line arguments after `review`
 * @param io where to write output and errors
 */
export function runReviewCommand(args: string[], io: { out(s: string): void; err(s: string): void }): number {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (parsed.targets.length === 0) {
    io.err(`review: give at least one cdk.out directory, cdktf output directory or template file\n\n${USAGE}\n`);
    return 2;
  }
  const reports: ConnectivityReview[] = [];
  try {
    const stacks: DiscoveredStack[] = parsed.targets.flatMap((target) => discoverStacks(target));
    const options: ReviewOptions = parsed.options;
    for (const stack of stacks) reports.push(ConnectivityReview.ofArtifact(SynthesizedArtifact.fromFile(stack.path, stack.name), options));
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.format === 'json') io.out(`${JSON.stringify({ stacks: reports }, null, 2)}\n`);
  else io.out(reports.map((report) => report.toMarkdown()).join('\n'));
  const reasons = reports.flatMap((r) => failures(r, parsed.strict));
  if (reasons.length > 0) {
    io.err(`review failed:\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}
