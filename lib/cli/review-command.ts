import { parseIpv4 } from '../core/ipv4';
import { SynthesizedArtifact } from '../review/artifact';
import { ConnectivityDiff } from '../review/connectivity-diff';
import { ReviewOptions } from '../review/flow-analysis';
import { ConnectivityReview } from '../review/review-report';
import { reviewFailureDetails, reviewResultLine } from '../review/review-verdict';
import { discoverStacks, DiscoveredStack } from '../review/stack-discovery';
import { ExitCode } from './exit-code';
import { CommandIo } from './io';
import { parseCommandArgs, UsageError } from './parse-command-args';

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
  readonly targets: string[];
  readonly base: string[];
  readonly format: 'markdown' | 'json';
  readonly options: ReviewOptions;
  readonly strict: boolean;
  readonly help: boolean;
}

/** The client port range of `--client-port` or `--client-ports`. */
function clientPorts(port: string | undefined, range: string | undefined): { from: number; to: number } | undefined {
  if (port !== undefined && range !== undefined) throw new UsageError('give --client-port or --client-ports, not both');
  if (port !== undefined) {
    if (!/^[0-9]+$/.test(port) || Number(port) < 1 || Number(port) > 65535)
      throw new UsageError(`--client-port must be a TCP port 1-65535, got '${port}'`);
    return { from: Number(port), to: Number(port) };
  }
  if (range === undefined) return undefined;
  const match = /^([0-9]+)-([0-9]+)$/.exec(range);
  const [from, to] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || from < 1 || to > 65535 || from > to)
    throw new UsageError(`--client-ports must be FROM-TO with 1 <= FROM <= TO <= 65535, got '${range}'`);
  return { from, to };
}

/**
 * The outputs to review, the outputs to compare them with and how to review them.
 * @throws UsageError naming the option that is wrong
 */
function parseReviewArgs(args: string[]): ParsedArgs {
  const { values, positionals } = parseCommandArgs({
    args,
    options: {
      base: { type: 'string', multiple: true },
      format: { type: 'string', default: 'markdown' },
      'agent-address': { type: 'string' },
      'client-port': { type: 'string' },
      'client-ports': { type: 'string' },
      'treat-external-as-complete': { type: 'boolean' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const format = values.format!;
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be markdown or json, got '${format}'`);
  const agentAddress = values['agent-address'];
  if (agentAddress !== undefined && parseIpv4(agentAddress) === undefined)
    throw new UsageError(`--agent-address must be an IPv4 address, got '${agentAddress}'`);
  const options: ReviewOptions = {
    agentAddress,
    clientPorts: clientPorts(values['client-port'], values['client-ports']),
    treatExternalAsComplete: values['treat-external-as-complete'],
  };
  return { targets: positionals, base: values.base ?? [], format, options, strict: values.strict!, help: values.help! };
}

/**
 * The `review` command: finds every stack under the given paths, prints a review of each, and
 * returns 0 when the review passes, 1 when a required flow is not fully allowed, an opening fails or no intent record is found,
 * 2 on wrong arguments or unreadable input.
 * @param args command-line arguments after `review`
 * @param io where to write output and errors
 */
export function runReviewCommand(args: string[], io: CommandIo): ExitCode {
  let parsed: ParsedArgs;
  try {
    parsed = parseReviewArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`review: ${error.message}\n\n${USAGE}\n`);
    return ExitCode.USAGE;
  }
  if (parsed.help) {
    io.out(`${USAGE}\n`);
    return ExitCode.SUCCESS;
  }
  if (parsed.targets.length === 0) {
    io.err(`review: give at least one cdk.out directory, cdktf output directory or template file\n\n${USAGE}\n`);
    return ExitCode.USAGE;
  }
  if (parsed.base.length > 0) return runDiff(parsed, io);
  const reports: ConnectivityReview[] = [];
  try {
    const stacks: DiscoveredStack[] = parsed.targets.flatMap((target) => discoverStacks(target));
    for (const stack of stacks) reports.push(ConnectivityReview.ofArtifact(SynthesizedArtifact.fromFile(stack.path, stack.name), parsed.options));
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return ExitCode.USAGE;
  }
  const result = reviewResultLine(reports, parsed.strict);
  const reasons = reports.flatMap((r) => reviewFailureDetails(r, parsed.strict));
  const failed = reasons.length > 0 || reports.some((r) => r.failureReasons(parsed.strict).length > 0);
  if (parsed.format === 'json') io.out(`${JSON.stringify({ result, passed: !failed, stacks: reports }, null, 2)}\n`);
  else io.out(`${result}\n\n${reports.map((report) => report.toMarkdown()).join('\n')}`);
  if (failed) {
    io.err(`${result}\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    return ExitCode.FAILED;
  }
  return ExitCode.SUCCESS;
}

/** `review --base`: the diff of two outputs, printed as Markdown or JSON; exit 1 when something failing appeared. */
function runDiff(parsed: ParsedArgs, io: CommandIo): ExitCode {
  let diff: ConnectivityDiff;
  try {
    diff = ConnectivityDiff.ofPaths(parsed.base, parsed.targets, parsed.options);
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return ExitCode.USAGE;
  }
  const reasons = diff.failureReasons(parsed.strict);
  const result = diff.resultLine(parsed.strict);
  if (parsed.format === 'json') io.out(`${JSON.stringify({ ...diff.toJSON(), summary: result, passed: reasons.length === 0 }, null, 2)}\n`);
  else io.out(diff.toMarkdown(undefined, parsed.strict));
  if (reasons.length > 0) {
    io.err(`${result}\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    return ExitCode.FAILED;
  }
  return ExitCode.SUCCESS;
}
