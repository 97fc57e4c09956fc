/**
 * The shape every benchmark returns, and its rendering as a console table and as Markdown.
 */

/** A target of the benchmark and whether this run met it. */
export interface TargetCheck {
  /** What was required, e.g. `synthesis ratio <= 1.05 at every N`. */
  readonly target: string;
  /** Whether the run met it; undefined when it could not be measured. */
  readonly met: boolean | undefined;
  /** The figures behind the verdict, and the cause when it was missed. */
  readonly detail: string;
}

/** One benchmark's results. */
export interface Section {
  /** Heading, e.g. `Synthesis overhead, AWS CDK`. */
  readonly title: string;
  /** How the figures were obtained. */
  readonly method: string[];
  /** Column headings of the table. */
  readonly headers: string[];
  /** Rows of the table, already formatted. */
  readonly rows: string[][];
  /** Remarks on the figures. */
  readonly notes: string[];
  /** The targets this benchmark checks. */
  readonly targets: TargetCheck[];
}

/** Formats a number with a fixed number of decimals. */
export function fixed(value: number, decimals = 2): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : String(value);
}

/** Formats a byte count in kB / MB (powers of 1000, as npm reports sizes). */
export function bytes(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} MB`;
  return `${(value / 1e3).toFixed(1)} kB`;
}

/** The verdict word of a target check. */
export function verdict(check: TargetCheck): string {
  if (check.met === undefined) return 'NOT MEASURED';
  return check.met ? 'met' : 'MISSED';
}

/** A plain-text table with aligned columns. */
export function textTable(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A section for the console. */
export function sectionText(section: Section): string {
  const targets = section.targets.map((t) => `  [${verdict(t)}] ${t.target}: ${t.detail}`);
  return [`== ${section.title}`, textTable(section.headers, section.rows), ...section.notes.map((n) => `  note: ${n}`), ...targets].join('\n');
}

/** A section for the results file. */
export function sectionMarkdown(section: Section): string {
  return [
    `## ${section.title}`,
    '',
    ...section.method.map((m) => `- ${m}`),
    '',
    markdownTable(section.headers, section.rows),
    '',
    ...(section.notes.length > 0 ? [...section.notes.map((n) => `- ${n}`), ''] : []),
    ...section.targets.map((t) => `- **${verdict(t)}**: ${t.target}. ${t.detail}`),
    '',
  ].join('\n');
}
