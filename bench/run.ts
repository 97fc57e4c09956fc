/**
 * `npm run bench`: builds `dist/` when stale, runs every benchmark, prints the tables and rewrites
 * `bench/RESULTS.md` with the figures, the machine and the method. `npm run bench -- <name>...`
 * runs only the benchmarks with that key (or, failing a key, whose title contains the word,
 * case-insensitive) and rewrites only their sections of `bench/RESULTS.md`, marked as measured alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCompiledPackage } from './compiled-package';
import { footprint } from './footprint';
import { importCost } from './import-cost';
import { describeMachine } from './machine';
import { nowMs } from './measure';
import { policyScaling } from './policy-scaling';
import { reviewDiff } from './review-diff';
import { reviewScaling } from './review-scaling';
import { markdownTable, Section, sectionMarkdown, sectionText, verdict } from './report';
import { synthAws } from './synth-aws';
import { synthCdktf } from './synth-cdktf';

const RESULTS_FILE = path.join(__dirname, 'RESULTS.md');

function skipped(title: string, reason: string): Section {
  return {
    title,
    method: [],
    headers: ['status'],
    rows: [[`not run: ${reason}`]],
    notes: [],
    targets: [{ target: title, met: undefined, detail: reason }],
  };
}

async function main(): Promise<void> {
  const started = nowMs();
  const machine = describeMachine();
  console.log(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage}`);
  const build = await ensureCompiledPackage();
  console.log(build.built ? `built dist/${build.errors ? ' (the compiler reported errors; see RESULTS.md)' : ''}` : 'dist/ is up to date');
  const available = (['core', 'aws', 'cdktf', 'cdktn'] as const).filter((e) => !build.missing.includes(e));

  const benchmarks: Array<[string, string, () => Promise<Section>]> = [
    [
      'synth-aws',
      'Synthesis overhead, AWS CDK',
      () => (available.includes('aws') ? synthAws() : Promise.resolve(skipped('Synthesis overhead, AWS CDK', 'dist/aws/index.js is missing'))),
    ],
    [
      'synth-cdktf',
      'Synthesis overhead, CDK for Terraform',
      () =>
        available.includes('cdktf')
          ? synthCdktf()
          : Promise.resolve(skipped('Synthesis overhead, CDK for Terraform', 'dist/cdktf/index.js is missing')),
    ],
    ['policy', 'Policy scaling', policyScaling],
    [
      'review',
      'Review',
      () =>
        available.includes('aws')
          ? reviewScaling()
          : Promise.resolve(skipped('Review: exact analysis of a construct behind existing rules', 'dist/aws/index.js is missing')),
    ],
    [
      'diff',
      'Review diff',
      () =>
        available.includes('aws') && available.includes('cdktf')
          ? reviewDiff()
          : Promise.resolve(skipped('Review diff: two outputs of the example apps', 'dist/aws or dist/cdktf is missing')),
    ],
    ['import', 'Import cost', () => importCost(available)],
    ['footprint', 'Footprint', footprint],
  ];
  // `npm run bench -- review policy` runs only those benchmarks and updates only their sections.
  // A word picks the benchmark with that key, or else every benchmark whose title contains it.
  const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
  const picks = (word: string, key: string, name: string): boolean =>
    benchmarks.some(([k]) => k === word) ? key === word : name.toLowerCase().includes(word);
  const unknown = wanted.filter((w) => !benchmarks.some(([key, name]) => picks(w, key, name)));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; choose from ${benchmarks.map(([key]) => key).join(', ')}`);
  const selected = wanted.length === 0 ? benchmarks : benchmarks.filter(([key, name]) => wanted.some((w) => picks(w, key, name)));
  const sections: Section[] = [];
  for (const [key, name, run] of selected) {
    const start = nowMs();
    console.log(`\nrunning: ${name} ...`);
    const measured = await run();
    const alone = `Measured on its own with \`npm run bench -- ${key}\` on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, 1-minute load ${machine.loadAverage} at the start.`;
    const section = wanted.length > 0 ? { ...measured, method: [...measured.method, alone] } : measured;
    sections.push(section);
    console.log(sectionText(section));
    console.log(`  (${((nowMs() - start) / 1000).toFixed(0)} s)`);
  }
  const minutes = (nowMs() - started) / 60_000;
  const summary = sections.flatMap((s) => s.targets.map((t) => [s.title, t.target, verdict(t)]));
  console.log(`\nwhole run: ${minutes.toFixed(1)} min`);
  if (wanted.length > 0 && fs.existsSync(RESULTS_FILE))
    fs.writeFileSync(RESULTS_FILE, updateSections(fs.readFileSync(RESULTS_FILE, 'utf8'), sections));
  else fs.writeFileSync(RESULTS_FILE, resultsMarkdown(sections, summary, machine, minutes, build.errors));
  console.log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

/**
 * Replaces the given sections (by their heading) and their rows of the targets table in an existing
 * results file; sections not there yet are appended, their target rows added to the table.
 */
function updateSections(markdown: string, sections: readonly Section[]): string {
  let text = markdown;
  for (const section of sections) {
    const heading = `## ${section.title}\n`;
    const start = text.indexOf(heading);
    const body = `${sectionMarkdown(section)}\n`;
    if (start < 0) text = `${text.trimEnd()}\n\n${body}`;
    else {
      const next = text.indexOf('\n## ', start + heading.length);
      text = `${text.slice(0, start)}${body}${next < 0 ? '' : text.slice(next + 1)}`;
    }
    const lines = text.split('\n').filter((line) => !line.startsWith(`| ${section.title} |`));
    const tableEnd = lines.findIndex(
      (line, i) =>
        i > 0 &&
        lines[i - 1].startsWith('| ') &&
        !line.startsWith('| ') &&
        lines.slice(0, i).some((l) => l.startsWith('| benchmark | target | verdict |')),
    );
    lines.splice(tableEnd, 0, ...section.targets.map((t) => `| ${section.title} | ${t.target.replace(/\|/g, '\\|')} | ${verdict(t)} |`));
    text = lines.join('\n');
  }
  return text;
}

function resultsMarkdown(
  sections: Section[],
  summary: string[][],
  machine: ReturnType<typeof describeMachine>,
  minutes: number,
  buildErrors?: string,
): string {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`tsx bench/run.ts`); every figure below comes from the run that wrote this file, except sections that say they were measured on their own (`npm run bench -- <name>` reruns one benchmark: synth-aws, synth-cdktf, policy, review, diff, import, footprint). Rerun it to refresh them.',
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
    ...(buildErrors
      ? ['', `- The build reported compiler errors (JavaScript was still emitted):`, '', '```', buildErrors.slice(0, 3000), '```']
      : []),
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
