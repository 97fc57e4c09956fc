/**
 * `npm run bench`: builds `dist/` when stale, runs every benchmark, prints the tables and rewrites
 * `bench/RESULTS.md` with the figures, the machine and the method. `npm run bench -- <name>...`
 * runs only the benchmarks whose name contains one of the given words (case-insensitive), prints
 * them and leaves `bench/RESULTS.md` as it is, since it holds whole runs only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCompiledPackage } from './compiled-package';
import { footprint } from './footprint';
import { importCost } from './import-cost';
import { describeMachine } from './machine';
import { nowMs } from './measure';
import { policyScaling } from './policy-scaling';
import { markdownTable, Section, sectionMarkdown, sectionText, verdict } from './report';
import { synthAws } from './synth-aws';
import { synthCdktf } from './synth-cdktf';

const RESULTS_FILE = path.join(__dirname, 'RESULTS.md');

function skipped(title: string, reason: string): Section {
  return { title, method: [], headers: ['status'], rows: [[`not run: ${reason}`]], notes: [], targets: [{ target: title, met: undefined, detail: reason }] };
}

async function main(): Promise<void> {
  const started = nowMs();
  const machine = describeMachine();
  console.log(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage}`);
  const build = await ensureCompiledPackage();
  console.log(build.built ? `built dist/${build.errors ? ' (the compiler reported errors; see RESULTS.md)' : ''}` : 'dist/ is up to date');
  const available = (['core', 'aws', 'cdktf', 'cdktn'] as const).filter((e) => !build.missing.includes(e));

  const benchmarks: Array<[string, () => Promise<Section>]> = [
    ['Synthesis overhead, AWS CDK', () => (available.includes('aws') ? synthAws() : Promise.resolve(skipped('Synthesis overhead, AWS CDK', 'dist/aws/index.js is missing')))],
    ['Synthesis overhead, CDK for Terraform', () => (available.includes('cdktf') ? synthCdktf() : Promise.resolve(skipped('Synthesis overhead, CDK for Terraform', 'dist/cdktf/index.js is missing')))],
    ['Policy scaling', policyScaling],
    ['Import cost', () => importCost(available)],
    ['Footprint', footprint],
  ];
  const only = process.argv.slice(2).map((word) => word.toLowerCase());
  const selected = only.length === 0 ? benchmarks : benchmarks.filter(([name]) => only.some((word) => name.toLowerCase().includes(word)));
  if (selected.length === 0) throw new Error(`no benchmark matches ${only.join(', ')}; the benchmarks: ${benchmarks.map(([name]) => name).join(', ')}`);
  const sections: Section[] = [];
  for (const [name, run] of selected) {
    const start = nowMs();
    console.log(`\nrunning: ${name} ...`);
    const section = await run();
    sections.push(section);
    console.log(sectionText(section));
    console.log(`  (${((nowMs() - start) / 1000).toFixed(0)} s)`);
  }
  const minutes = (nowMs() - started) / 60_000;
  const summary = sections.flatMap((s) => s.targets.map((t) => [s.title, t.target, verdict(t)]));
  console.log(`\nwhole run: ${minutes.toFixed(1)} min`);
  if (selected.length < benchmarks.length) {
    console.log(`${path.relative(process.cwd(), RESULTS_FILE)} left as it is: only ${selected.map(([name]) => name).join(', ')} ran`);
    return;
  }
  fs.writeFileSync(RESULTS_FILE, resultsMarkdown(sections, summary, machine, minutes, build.errors));
  console.log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

function resultsMarkdown(sections: Section[], summary: string[][], machine: ReturnType<typeof describeMachine>, minutes: number, buildErrors?: string): string {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`tsx bench/run.ts`); every figure below comes from the run that wrote this file. Rerun it to refresh them.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores (shared with other work, so absolute times are noisy; ratios are measured in the same run, interleaved)`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- Node: ${machine.node} on ${machine.os}`,
    `- 1-minute load average at the start: ${machine.loadAverage}`,
    `- Whole run: ${minutes.toFixed(1)} minutes`,
    '',
    '## Method common to all benchmarks',
    '',
    '- Everything runs against the compiled package in `dist/` (what users install), built first with `tsc -p tsconfig.build.json` when missing or older than `lib/`.',
    '- Every figure is a median over repeated runs after a warm-up. Every comparison is a ratio of two sides measured in the same run, alternating (A B A B ...), and reported as the median of the per-round ratios, so that drift in the load of the shared machine cancels out.',
    '- Heavy work (synthesis, policy scaling, imports) runs in fresh child processes: each has its own heap, so peak memory (`process.resourceUsage().maxRSS`) and import times are not polluted by earlier runs.',
    ...(buildErrors ? ['', `- The build reported compiler errors (JavaScript was still emitted):`, '', '```', buildErrors.slice(0, 3000), '```'] : []),
    '',
    '## Targets',
    '',
    markdownTable(['benchmark', 'target', 'verdict'], summary),
    '',
    ...sections.map(sectionMarkdown),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
