import { execFileSync } from 'child_process';
import { join } from 'path';

/** The outcome of parsing one diagram with Mermaid. */
export interface MermaidParse {
  readonly ok: boolean;
  readonly type?: string;
  readonly error?: string;
}

/** Parses diagrams with the installed Mermaid in a Node child process (Mermaid is an ES module). */
export function parseWithMermaid(diagrams: string[]): MermaidParse[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'mermaid-parse.mjs')], {
    input: JSON.stringify(diagrams),
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    timeout: 60000,
  });
  return JSON.parse(output) as MermaidParse[];
}
