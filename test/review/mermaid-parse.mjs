// Parses Mermaid diagrams with Mermaid's own parser, offline and without a browser.
// Reads a JSON array of diagram texts on stdin; prints a JSON array of { ok, type?, error? }.
// Mermaid sanitizes label text with DOMPurify, which needs a DOM that Node lacks; sanitizing is not
// part of parsing, so DOMPurify's two entry points are replaced by no-ops before Mermaid loads.
import DOMPurify from 'dompurify';

if (typeof DOMPurify.addHook !== 'function') {
  DOMPurify.addHook = () => {};
  DOMPurify.sanitize = (text) => String(text);
}
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ ok: true, type: parsed.diagramType });
  } catch (error) {
    results.push({ ok: false, error: String(error.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
