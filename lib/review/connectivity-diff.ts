import { existsSync, statSync } from 'fs';
import { basename } from 'path';
import { EndpointCatalog } from '../core/catalog';
import { ArtifactKind, SynthesizedArtifact } from './artifact';
import { OpeningKind } from './beyond-intent';
import { ArtifactState, artifactState, ConstructState, openingFlows, Reachability, sameReach } from './connectivity-state';
import { renderDiffMarkdown } from './diff-markdown';
import {
  blockingDetail,
  FlowChangeRow,
  flowChangeRows,
  OpeningChangeRow,
  openingChangeRows,
  RequiredFlowChangeRow,
  requiredChangeRows,
} from './diff-rows';
import { ReviewOptions } from './flow-analysis';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';
import { discoverStacks } from './stack-discovery';

/** How a stack or construct of the head was matched with the base. */
export enum DiffMatch {
  /** Found on both sides under the same name or path. */
  MATCHED = 'matched',
  /** A construct found under a new path, paired with a base construct of the same stack that had exactly the same connectivity. */
  MOVED = 'moved',
  /** Only in the head. */
  ADDED = 'added',
  /** Only in the base. */
  REMOVED = 'removed',
}

/** What changed in one construct's connectivity, per direction. */
export interface ConstructDiff {
  /** The construct's path (in the head; in the base when removed). */
  readonly constructPath: string;
  /** How it was matched. */
  readonly match: DiffMatch;
  /** Its path in the base, when it moved. @default - same path */
  readonly previousPath?: string;
  /** Recorded options that changed, as `name: base → head`. */
  readonly intentChanges: string[];
  /** Whether its groups and ACLs let through exactly the same flows, block the same required flows and open the same beyond the intent. */
  readonly unchanged: boolean;
  /** Flows its groups and ACLs now certainly let through and did not (they were blocked or undecided). */
  readonly opened: FlowChangeRow[];
  /** Flows they certainly let through before and no longer do (now blocked or undecided). */
  readonly closed: FlowChangeRow[];
  /** Flows that were certainly blocked and became undecided (unresolved values, rules not visible). */
  readonly undecidedAppeared: FlowChangeRow[];
  /** Flows that were undecided and are now certainly blocked. */
  readonly undecidedVanished: FlowChangeRow[];
  /** Parts of required flows that some layer now certainly blocks and did not. */
  readonly becameBlocked: RequiredFlowChangeRow[];
  /** Parts of required flows that were certainly blocked and no longer are. */
  readonly unblocked: RequiredFlowChangeRow[];
  /** Openings beyond the intent that appeared, with the head's rule responsible. */
  readonly openingsAppeared: OpeningChangeRow[];
  /** Openings beyond the intent that vanished, with the base's rule responsible. */
  readonly openingsVanished: OpeningChangeRow[];
}

/** What changed in one stack: what all its firewall layers let the agent do, and each construct. */
export interface StackDiff {
  /** The stack's name (prefixed with its output directory when several were compared). */
  readonly stack: string;
  /** How it was matched. */
  readonly match: DiffMatch;
  /** CloudFormation or Terraform (the head's, or the base's when removed). */
  readonly artifactKind: ArtifactKind;
  /** Whether all its layers together let through exactly the same flows, and leave the same ones undecided. */
  readonly sameConnectivity: boolean;
  /** Flows all its layers together now certainly let through and did not (they were blocked or undecided). */
  readonly opened: FlowChangeRow[];
  /** Flows all its layers together certainly let through before and no longer do (now blocked or undecided). */
  readonly closed: FlowChangeRow[];
  /** Flows that were certainly blocked at the stack level and became undecided. */
  readonly undecidedAppeared: FlowChangeRow[];
  /** Flows that were undecided at the stack level and are now certainly blocked. */
  readonly undecidedVanished: FlowChangeRow[];
  /** Its constructs, by path. */
  readonly constructs: ConstructDiff[];
  /** Problems of the head that the base did not have (a reference without its record, a record that does not resolve). */
  readonly newProblems: string[];
}

/** The data of a connectivity diff, as written in JSON. */
export interface ConnectivityDiffReport {
  /** The one-line result. */
  readonly summary: string;
  /** Whether nothing the diff fails on appeared. */
  readonly passed: boolean;
  /** Whether every stack and construct has exactly the same connectivity on both sides (moved constructs included). */
  readonly identical: boolean;
  /** Required flows (policy rules, per construct) of which some part became blocked. */
  readonly blockedFlows: number;
  /** Parts of openings beyond the intent that appeared and fail: by the construct's own rules, or exposing public addresses. */
  readonly failingOpenings: number;
  /** Problems of the head that the base did not have. */
  readonly newProblems: number;
  /** Every stack of either side, head order first, then the removed ones. */
  readonly stacks: StackDiff[];
}

const NOTHING: Reachability = { allowed: FlowSet.empty(), undecided: FlowSet.empty(), layerCount: 0 };

function describeOption(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value);
}

function intentChanges(base: ConstructState, head: ConstructState): string[] {
  const changes: string[] = [];
  if (base.record.platform !== head.record.platform) changes.push(`platform: ${base.record.platform} → ${head.record.platform}`);
  if (base.record.emit !== head.record.emit) changes.push(`emit: ${base.record.emit} → ${head.record.emit}`);
  const a = base.policy.options as unknown as Record<string, unknown>;
  const b = head.policy.options as unknown as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (describeOption(a[key]) !== describeOption(b[key])) changes.push(`${key}: ${describeOption(a[key])} → ${describeOption(b[key])}`);
  }
  return changes;
}

function catalogsOf(state: ArtifactState | ConstructState | undefined): EndpointCatalog[] {
  if (!state) return [];
  if ('policy' in state) return [state.policy.catalog];
  return [...new Set(state.constructs.map((c) => c.policy.catalog))];
}

function reachRows(base: Reachability, head: Reachability, baseCatalogs: EndpointCatalog[], headCatalogs: EndpointCatalog[]) {
  return {
    opened: flowChangeRows(head.allowed.subtract(base.allowed), headCatalogs),
    closed: flowChangeRows(base.allowed.subtract(head.allowed), baseCatalogs),
    undecidedAppeared: flowChangeRows(head.undecided.subtract(base.undecided).subtract(base.allowed), headCatalogs),
    undecidedVanished: flowChangeRows(base.undecided.subtract(head.undecided).subtract(head.allowed), baseCatalogs),
  };
}

function unblockedDetail(head: ConstructState | undefined): (part: FlowSet) => string {
  return (part) => {
    if (!head) return 'the construct was removed';
    if (head.reach.allowed.includes(part)) return 'allowed now';
    if (part.intersect(head.intended).isEmpty) return 'no longer required';
    return 'no longer certainly blocked, not certainly allowed';
  };
}

function constructDiff(base: ConstructState | undefined, head: ConstructState | undefined, match: DiffMatch): ConstructDiff {
  const reach = reachRows(base?.reach ?? NOTHING, head?.reach ?? NOTHING, catalogsOf(base), catalogsOf(head));
  const baseDenied = base?.requiredDenied ?? FlowSet.empty();
  const headDenied = head?.requiredDenied ?? FlowSet.empty();
  const becameBlocked = head ? requiredChangeRows(head, headDenied.subtract(baseDenied), (part) => blockingDetail(head, part)) : [];
  const unblocked = base ? requiredChangeRows(base, baseDenied.subtract(headDenied), unblockedDetail(head)) : [];
  const openingsAppeared = openingChangeRows(head, base, true);
  const openingsVanished = openingChangeRows(base, head, false);
  const rows = [...Object.values(reach), becameBlocked, unblocked, openingsAppeared, openingsVanished];
  return {
    constructPath: (head ?? base)!.constructPath,
    match,
    previousPath: match === DiffMatch.MOVED ? base?.constructPath : undefined,
    intentChanges: base && head ? intentChanges(base, head) : [],
    unchanged: (match === DiffMatch.MATCHED || match === DiffMatch.MOVED) && rows.every((r) => r.length === 0),
    ...reach,
    becameBlocked,
    unblocked,
    openingsAppeared,
    openingsVanished,
  };
}

/** Whether two constructs have exactly the same connectivity: reach, required flows, blocked parts and openings. */
function sameConnectivity(a: ConstructState, b: ConstructState): boolean {
  if (!sameReach(a.reach, b.reach) || !a.intended.isEqualTo(b.intended) || !a.requiredDenied.isEqualTo(b.requiredDenied)) return false;
  return [OpeningKind.CONSTRUCT_RULE, OpeningKind.SHARED_RULE, OpeningKind.STATELESS_REPLY].every((kind) =>
    [FlowVerdictKind.ALLOWED, FlowVerdictKind.UNKNOWN].every((verdict) => openingFlows(a, kind, verdict).isEqualTo(openingFlows(b, kind, verdict))),
  );
}

function stackConstructs(base: ArtifactState | undefined, head: ArtifactState | undefined): ConstructDiff[] {
  const baseByPath = new Map(base?.constructs.map((c) => [c.constructPath, c]));
  const headPaths = new Set(head?.constructs.map((c) => c.constructPath));
  const removed = (base?.constructs ?? []).filter((c) => !headPaths.has(c.constructPath));
  const diffs: ConstructDiff[] = [];
  for (const h of head?.constructs ?? []) {
    const b = baseByPath.get(h.constructPath);
    if (b) {
      diffs.push(constructDiff(b, h, DiffMatch.MATCHED));
      continue;
    }
    const twin = removed.findIndex((r) => sameConnectivity(r, h));
    if (twin >= 0) diffs.push(constructDiff(removed.splice(twin, 1)[0], h, DiffMatch.MOVED));
    else diffs.push(constructDiff(undefined, h, DiffMatch.ADDED));
  }
  for (const r of removed) diffs.push(constructDiff(r, undefined, DiffMatch.REMOVED));
  return diffs;
}

function stackDiff(name: string, base: ArtifactState | undefined, head: ArtifactState | undefined): StackDiff {
  const match = !base ? DiffMatch.ADDED : !head ? DiffMatch.REMOVED : DiffMatch.MATCHED;
  const reach = reachRows(base?.reach ?? NOTHING, head?.reach ?? NOTHING, catalogsOf(base), catalogsOf(head));
  const known = new Set(base?.problems);
  return {
    stack: name,
    match,
    artifactKind: (head ?? base)!.kind,
    sameConnectivity: match === DiffMatch.MATCHED && Object.values(reach).every((r) => r.length === 0),
    ...reach,
    constructs: stackConstructs(base, head),
    newProblems: (head?.problems ?? []).filter((p) => !known.has(p)),
  };
}

/** Named artifacts of one side, refusing two with the same name. */
function byName(artifacts: ReadonlyArray<{ name: string; artifact: SynthesizedArtifact }>, side: string): Map<string, SynthesizedArtifact> {
  const map = new Map<string, SynthesizedArtifact>();
  for (const { name, artifact } of artifacts) {
    if (map.has(name))
      throw new Error(
        `${side}: two stacks are named '${name}'; give each output directory on its own, or one --base per head path in the same order`,
      );
    map.set(name, artifact);
  }
  return map;
}

function diffReport(base: Map<string, SynthesizedArtifact>, head: Map<string, SynthesizedArtifact>, options: ReviewOptions): ConnectivityDiffReport {
  const names = [...head.keys(), ...[...base.keys()].filter((n) => !head.has(n))];
  const stacks = names.map((name) => {
    const b = base.get(name);
    const h = head.get(name);
    return stackDiff(name, b && artifactState(b, options), h && artifactState(h, options));
  });
  const constructs = stacks.flatMap((s) => s.constructs);
  const blockedFlows = constructs.reduce((n, c) => n + new Set(c.becameBlocked.map((r) => r.ruleId)).size, 0);
  const failingOpenings = constructs.reduce((n, c) => n + c.openingsAppeared.filter((o) => o.fails).length, 0);
  const newProblems = stacks.reduce((n, s) => n + s.newProblems.length, 0);
  const identical = stacks.every((s) => s.sameConnectivity && s.newProblems.length === 0 && s.constructs.every((c) => c.unchanged));
  const passed = blockedFlows === 0 && failingOpenings === 0 && newProblems === 0;
  const moved = constructs.filter((c) => c.match === DiffMatch.MOVED).length;
  let summary: string;
  if (identical) {
    summary = `Identical connectivity: ${stacks.length} stack(s) and ${constructs.length} construct(s) let through exactly the same flows${moved > 0 ? ` (${moved} construct(s) moved)` : ''}.`;
  } else {
    const changed = stacks.filter((s) => !s.sameConnectivity || s.constructs.some((c) => !c.unchanged));
    const parts = [`${changed.length} of ${stacks.length} stack(s) changed`];
    const count = (n: number, what: string): void => {
      if (n > 0) parts.push(`${n} ${what}`);
    };
    count(blockedFlows, 'required flow(s) became blocked');
    count(failingOpenings, 'failing opening(s) beyond the intent appeared');
    count(newProblems, 'new problem(s)');
    summary = `Connectivity diff ${passed ? 'passed' : 'FAILED'}: ${parts.join('; ')}.`;
  }
  return { summary, passed, identical, blockedFlows, failingOpenings, newProblems, stacks };
}

/**
 * The difference in what can connect between two synthesized outputs (a base and a head): per stack,
 * what all its firewall layers let the agent do; per construct (matched by path), the flows opened
 * and closed, required flows that became blocked or unblocked, and openings beyond the intent that
 * appeared or vanished. Every difference is an exact set difference of the analysed flows.
 */
export class ConnectivityDiff {
  /**
   * Compares the stacks found under paths (cdk.out, cdktf output directories, template files),
   * matched by stack name. With one path per side the names are the stacks' names (two files are
   * compared with each other whatever their names); with several,
   * the i-th base path is compared with the i-th head path and names are prefixed with the head
   * path's last segment.
   * @param basePaths the base's output directories or files
   * @param headPaths the head's output directories or files
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535
   */
  public static ofPaths(basePaths: string[], headPaths: string[], options: ReviewOptions = {}): ConnectivityDiff {
    if (basePaths.length === 0 || headPaths.length === 0) throw new Error('give at least one base path and one head path');
    if (basePaths.length !== headPaths.length) {
      throw new Error(
        `give as many base paths (${basePaths.length}) as head paths (${headPaths.length}), in the same order: each base is compared with the head at its position`,
      );
    }
    const prefixed = headPaths.length > 1;
    // Two single files are the same stack whatever their names.
    const files = !prefixed && [basePaths[0], headPaths[0]].every((p) => existsSync(p) && statSync(p).isFile());
    const load = (paths: string[], side: string) =>
      byName(
        paths.flatMap((target, i) =>
          discoverStacks(target).map((stack) => ({
            name: files ? basename(headPaths[0]) : prefixed ? `${basename(headPaths[i])}/${stack.name}` : stack.name,
            artifact: SynthesizedArtifact.fromFile(stack.path, stack.name),
          })),
        ),
        side,
      );
    return new ConnectivityDiff(diffReport(load(basePaths, 'base'), load(headPaths, 'head'), options));
  }

  /**
   * Compares two lists of artifacts, matched by their names.
   * @param base the base's artifacts
   * @param head the head's artifacts
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535
   */
  public static ofArtifacts(base: SynthesizedArtifact[], head: SynthesizedArtifact[], options: ReviewOptions = {}): ConnectivityDiff {
    const named = (list: SynthesizedArtifact[], side: string) =>
      byName(
        list.map((artifact) => ({ name: artifact.name, artifact })),
        side,
      );
    return new ConnectivityDiff(diffReport(named(base, 'base'), named(head, 'head'), options));
  }

  /** The one-line result. */
  public readonly summary: string;
  /** Whether nothing the diff fails on appeared. */
  public readonly passed: boolean;
  /** Whether every stack and construct has exactly the same connectivity on both sides (moved constructs included). */
  public readonly identical: boolean;
  /** Required flows (policy rules, per construct) of which some part became blocked. */
  public readonly blockedFlows: number;
  /** Parts of openings beyond the intent that appeared and fail. */
  public readonly failingOpenings: number;
  /** Problems of the head that the base did not have. */
  public readonly newProblems: number;
  /** Every stack of either side. */
  public readonly stacks: StackDiff[];

  private constructor(report: ConnectivityDiffReport) {
    this.summary = report.summary;
    this.passed = report.passed;
    this.identical = report.identical;
    this.blockedFlows = report.blockedFlows;
    this.failingOpenings = report.failingOpenings;
    this.newProblems = report.newProblems;
    this.stacks = report.stacks;
  }

  /**
   * Why the diff fails, one line per change, most serious first; empty when it passes.
   * @param strict also fail on openings by shared rules and undecided openings that appeared, and on required flows that became undecided; @default false
   */
  public failureReasons(strict: boolean = false): string[] {
    const reasons: string[] = [];
    for (const stack of this.stacks) {
      for (const p of stack.newProblems) reasons.push(`${stack.stack}: new problem: ${p}`);
      for (const c of stack.constructs) {
        for (const r of c.becameBlocked) {
          reasons.push(
            `${stack.stack}: ${c.constructPath}: required ${r.direction} flow ${r.peer} TCP ${r.ports} became blocked for ${r.cidrs.join(', ')} TCP ${r.servicePorts}: ${r.detail}`,
          );
        }
        for (const o of c.openingsAppeared) {
          const shown = `${o.direction} ${o.cidrs.join(', ')} TCP ${o.servicePorts} by ${o.rule} (${o.layer})`;
          if (o.fails)
            reasons.push(
              `${stack.stack}: ${c.constructPath}: new opening beyond the intent that fails (${o.kind}${o.publicCidrs.length > 0 ? `, public ${o.publicCidrs.join(', ')}` : ''}): ${shown}`,
            );
          else if (strict && o.kind !== OpeningKind.STATELESS_REPLY)
            reasons.push(`${stack.stack}: ${c.constructPath}: new opening beyond the intent (${o.kind}, ${o.verdict}): ${shown}`);
        }
        if (strict && c.undecidedAppeared.length > 0) {
          reasons.push(
            `${stack.stack}: ${c.constructPath}: flows became undecided: ${c.undecidedAppeared.map((r) => `${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}`).join('; ')}`,
          );
        }
      }
    }
    return reasons;
  }

  /**
   * The one-line result: the summary, or with `strict` and changes only a strict diff fails on, a
   * line that says so.
   * @param strict whether the diff is judged strictly (see `failureReasons`); @default false
   */
  public resultLine(strict: boolean = false): string {
    if (!strict || !this.passed) return this.summary;
    const reasons = this.failureReasons(true);
    if (reasons.length === 0) return this.summary;
    return `Connectivity diff FAILED (strict): ${reasons.length} change(s) a strict diff fails on: new openings by shared or undecided rules, or flows that became undecided.`;
  }

  /**
   * The diff as Markdown for a pull-request comment: the result line, then per changed stack what its
   * layers allow overall and per construct what changed; unchanged stacks in one line each; long
   * tables collapsed in `<details>`. Never longer than `maxLength`: what does not fit is left out and
   * the comment says so.
   * @param maxLength the longest comment; @default 65535 (GitHub refuses comments of 65,536 characters or more)
   * @param strict whether the result line judges the diff strictly; @default false
   */
  public toMarkdown(maxLength: number = 65535, strict: boolean = false): string {
    return renderDiffMarkdown({ ...this.toJSON(), summary: this.resultLine(strict) }, maxLength);
  }

  /** The diff's data, as `JSON.stringify` writes it. */
  public toJSON(): ConnectivityDiffReport {
    return {
      summary: this.summary,
      passed: this.passed,
      identical: this.identical,
      blockedFlows: this.blockedFlows,
      failingOpenings: this.failingOpenings,
      newProblems: this.newProblems,
      stacks: this.stacks,
    };
  }
}
