import { parseIpv4 } from '../core/ipv4';
import { discoverStacks, DiscoveredStack } from '../review/stack-discovery';
import { SynthesizedArtifact } from '../review/artifact';
import { OpeningKind } from '../review/beyond-intent';
import { ConnectivityDiff } from '../review/connectivity-diff';
import { ReviewOptions } from '../review/flow-analysis';
import { FlowVerdictKind } from '../review/layer-evaluation';
import { ConnectivityReview } from '../review/review-report';

const USAGE = `Usage: backup-agent-connectivity review <cdk.out dir | cdktf.out dir | template.json>... [options]
       backup-agent-connectivity review --base <old output> <new output> [options]

Reviews every synthesized stack found: the recorded connectivity intent, the firewall rules found,
a flow diagram, whether every flow of each required rule (every address, port and client port)
passes the security groups and network ACLs, and what they open beyond the intent.

With --base, prints what changed in what can connect instead: stacks matched by name, constructs
by path; per construct and direction the flows opened and closed, required flows that became
blocked or unblocked, openings beyond the intent that appeared or vanished; per stack what all its
firewall layers allow the agent. Identical connectivity is one line.

Options:
  --base <path>                   the output to compare with (repeatable: the i-th --base is
                                  compared with the i-th output given)
  --format markdown|json          output format (default: markdown)
  --agent-address <IPv4>          the agent's address, compared with the agent side of ACL rules
                                  (default: any address the rules name)
  --client-ports <from>-<to>      client source ports every flow is checked for, through ACL
                                  replies too (default: 32768-65535, Linux and IANA dynamic ports)
  --client-port <port>            check one client port only (same as --client-ports <port>-<port>)
  --treat-external-as-complete    assume groups and ACLs defined elsewhere hold only the rules found
  --strict                        also fail when a required flow or an opening cannot be decided,
                                  or when shared rules open more than the intent
  --help                          show this text

Exit codes: 0 the review passed; 1 a required flow is not fully allowed, the construct's own rules
open more than its intent, a public address is exposed on its security groups, or no intent record
was found (the first line of output says which); 2 wrong arguments or unreadable input.
With --base: 0 nothing failing changed; 1 a required flow became blocked, the construct's own rules
newly open more than its intent, a public address became exposed, or a new problem appeared (with
--strict also new openings by shared or undecided rules and newly undecided flows); 2 as above.`;

interface ParsedArgs {
  targets: string[];
  base: string[];
  format: 'markdown' | 'json';
  options: { agentAddress?: string; clientPorts?: { from: number; to: number }; treatExternalAsComplete?: boolean };
  strict: boolean;
  help: boolean;
}

function parseArgs(args: string[]): ParsedArgs {
  const parsed: ParsedArgs = { targets: [], base: [], format: 'markdown', options: {}, strict: false, help: false };
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
        parsed.options.clientPorts = { from: Number(port), to: Number(port) };
        break;
      }
      case '--client-ports': {
        const range = value();
        const match = /^([0-9]+)-([0-9]+)$/.exec(range);
        const [from, to] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
        if (!match || from < 1 || to > 65535 || from > to) throw new Error(`--client-ports must be FROM-TO with 1 <= FROM <= TO <= 65535, got '${range}'`);
        parsed.options.clientPorts = { from, to };
        break;
      }
      case '--base':
        parsed.base.push(value());
        break;
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
    for (const opening of construct.beyondIntent ?? []) {
      const shown = `${opening.direction} ${opening.cidrs.join(', ')} TCP ${opening.servicePorts} by ${opening.rule} (${opening.layer})`;
      if (opening.tampering) reasons.push(`${construct.constructPath}: the construct's own rule opens more than its intent: ${shown}`);
      if (opening.publicExposure) reasons.push(`${construct.constructPath}: public exposure on the construct's security group: ${shown}, which reaches addresses outside RFC 1918 and RFC 6598`);
      if (strict && !opening.tampering && opening.kind === OpeningKind.SHARED_RULE && opening.verdict === FlowVerdictKind.ALLOWED) {
        reasons.push(`${construct.constructPath}: a shared rule opens more than the intent: ${shown}`);
      }
      if (strict && opening.kind !== OpeningKind.STATELESS_REPLY && opening.verdict === FlowVerdictKind.UNKNOWN) {
        reasons.push(`${construct.constructPath}: an opening beyond the intent cannot be decided: ${shown}`);
      }
    }
  }
  return reasons.map((r) => `${report.subject}: ${r}`);
}

/** The first line of output: whether the review passed and, if not, every kind of reason. */
function resultLine(reports: readonly ConnectivityReview[], strict: boolean): string {
  const kinds = new Map<string, number>();
  for (const report of reports) {
    for (const reason of report.failureReasons(strict)) {
      const [, count, what] = /^([0-9]+) (.*)$/.exec(reason) ?? [undefined, '1', reason.startsWith('problem:') ? 'problem(s)' : reason];
      kinds.set(what, (kinds.get(what) ?? 0) + Number(count));
    }
  }
  if (kinds.size === 0) return `Review passed: ${reports.length} stack(s), every required flow fully allowed, nothing beyond the intent that fails.`;
  return `Review FAILED: ${[...kinds.entries()].map(([what, n]) => `${n} ${what}`).join('; ')}.`;
}

/**
 * The `review` command: finds every stack under the given paths, prints a review of each, and
 * returns 0 when the review passes, 1 when a required flow is not fully allowed, an opening fails or no intent record is found,
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
  if (parsed.base.length > 0) return runDiff(parsed, io);
  const reports: ConnectivityReview[] = [];
  try {
    const stacks: DiscoveredStack[] = parsed.targets.flatMap((target) => discoverStacks(target));
    const options: ReviewOptions = parsed.options;
    for (const stack of stacks) reports.push(ConnectivityReview.ofArtifact(SynthesizedArtifact.fromFile(stack.path, stack.name), options));
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return 2;
  }
  const result = resultLine(reports, parsed.strict);
  const reasons = reports.flatMap((r) => failures(r, parsed.strict));
  const failed = reasons.length > 0 || reports.some((r) => r.failureReasons(parsed.strict).length > 0);
  if (parsed.format === 'json') io.out(`${JSON.stringify({ result, passed: !failed, stacks: reports }, null, 2)}\n`);
  else io.out(`${result}\n\n${reports.map((report) => report.toMarkdown()).join('\n')}`);
  if (failed) {
    io.err(`${result}\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

/** `review --base`: the diff of two outputs, printed as Markdown or JSON; exit 1 when something failing appeared. */
function runDiff(parsed: ParsedArgs, io: { out(s: string): void; err(s: string): void }): number {
  let diff: ConnectivityDiff;
  try {
    diff = ConnectivityDiff.ofPaths(parsed.base, parsed.targets, parsed.options);
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return 2;
  }
  const reasons = diff.failureReasons(parsed.strict);
  const result = diff.resultLine(parsed.strict);
  if (parsed.format === 'json') io.out(`${JSON.stringify({ ...diff.toJSON(), summary: result, passed: reasons.length === 0 }, null, 2)}\n`);
  else io.out(diff.toMarkdown(undefined, parsed.strict));
  if (reasons.length > 0) {
    io.err(`${result}\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}
