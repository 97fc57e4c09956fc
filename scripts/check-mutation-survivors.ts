/**
 * Compares the survivors of a mutation run with the committed list of equivalent mutants.
 *
 *   tsx scripts/check-mutation-survivors.ts <area>
 *
 * reads `reports/mutation/<area>/mutation.json` (Stryker's JSON report) and
 * `test/mutation/<area>.equivalent.json`, prints the mutation score and fails (exit 1) when a
 * mutant survived or went uncovered without being listed as equivalent, or when a listed mutant
 * no longer survives (the list would then claim more than the run shows).
 *
 * A mutant is identified by its file, mutator, the source text it replaced and its replacement:
 * line numbers move with every edit, so they are recorded for the reader but not matched. Where
 * several mutants share an identity, the list must hold as many entries as there are survivors.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** One mutant of Stryker's JSON report (the fields this check reads). */
export interface ReportedMutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: {
    readonly start: { readonly line: number; readonly column: number };
    readonly end: { readonly line: number; readonly column: number };
  };
}

/** Stryker's JSON report (the fields this check reads). */
export interface MutationReport {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly ReportedMutant[] }>;
}

/** A mutant the tests cannot kill because it behaves like the original, with the reason. */
export interface EquivalentMutant {
  readonly file: string;
  /** Where the mutant was when it was listed; informative only. */
  readonly line: number;
  readonly mutator: string;
  readonly original: string;
  readonly replacement: string;
  readonly reason: string;
}

/** A surviving (or uncovered) mutant of a report. */
export interface Survivor {
  readonly file: string;
  readonly line: number;
  readonly mutator: string;
  readonly original: string;
  readonly replacement: string;
  readonly status: string;
}

/** What the comparison found. */
export interface SurvivorCheck {
  /** Killed and timed-out mutants over all valid ones, in percent (Stryker's mutation score). */
  readonly score: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Survivors not listed as equivalent. */
  readonly unlisted: readonly Survivor[];
  /** Listed equivalents that the run did not show as survivors. */
  readonly stale: readonly EquivalentMutant[];
}

const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const DETECTED = new Set(['Killed', 'Timeout']);

function sourceText(source: string, mutant: ReportedMutant): string {
  const lines = source.split('\n');
  const { start, end } = mutant.location;
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  const parts = [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ];
  return parts.join('\n');
}

function identity(m: { file: string; mutator: string; original: string; replacement: string }): string {
  return JSON.stringify([m.file, m.mutator, m.original, m.replacement]);
}

/** The survivors of a report, in file and line order. */
export function survivorsOf(report: MutationReport): Survivor[] {
  const survivors: Survivor[] = [];
  for (const file of Object.keys(report.files).sort()) {
    const { source, mutants } = report.files[file];
    for (const mutant of mutants) {
      if (!UNDETECTED.has(mutant.status)) continue;
      survivors.push({
        file,
        line: mutant.location.start.line,
        mutator: mutant.mutatorName,
        original: sourceText(source, mutant),
        replacement: mutant.replacement ?? '',
        status: mutant.status,
      });
    }
  }
  return survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Compares a report with the list of equivalent mutants. */
export function checkSurvivors(report: MutationReport, equivalents: readonly EquivalentMutant[]): SurvivorCheck {
  const counts: Record<string, number> = {};
  for (const { mutants } of Object.values(report.files)) {
    for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  }
  const detected = [...DETECTED].reduce((n, s) => n + (counts[s] ?? 0), 0);
  const undetected = [...UNDETECTED].reduce((n, s) => n + (counts[s] ?? 0), 0);
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);

  const listed = new Map<string, EquivalentMutant[]>();
  for (const e of equivalents) listed.set(identity(e), [...(listed.get(identity(e)) ?? []), e]);
  const unlisted: Survivor[] = [];
  for (const s of survivorsOf(report)) {
    const entries = listed.get(identity(s));
    if (entries && entries.length > 0) entries.shift();
    else unlisted.push(s);
  }
  const stale = [...listed.values()].flat();
  return { score, counts, unlisted, stale };
}

function describe(m: Survivor | EquivalentMutant): string {
  const status = 'status' in m ? ` [${m.status}]` : '';
  return `${m.file}:${m.line} ${m.mutator}${status}: ${JSON.stringify(m.original)} -> ${JSON.stringify(m.replacement)}`;
}

function main(argv: readonly string[]): number {
  const area = argv[0];
  if (!area) {
    process.stderr.write('usage: check-mutation-survivors <area>\n');
    return 2;
  }
  const root = path.resolve(__dirname, '..');
  const report = JSON.parse(readFileSync(path.join(root, 'reports', 'mutation', area, 'mutation.json'), 'utf8')) as MutationReport;
  const equivalents = JSON.parse(readFileSync(path.join(root, 'test', 'mutation', `${area}.equivalent.json`), 'utf8')) as EquivalentMutant[];
  const result = checkSurvivors(report, equivalents);
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  const counts = Object.entries(result.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  process.stdout.write(
    `lib/${area}: mutation score ${result.score.toFixed(2)}% of ${total} mutants (${counts}); ${equivalents.length} listed as equivalent\n`,
  );
  for (const s of result.unlisted) process.stdout.write(`not killed and not listed as equivalent: ${describe(s)}\n`);
  for (const e of result.stale) process.stdout.write(`listed as equivalent but not a survivor of this run: ${describe(e)}\n`);
  return result.unlisted.length + result.stale.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
