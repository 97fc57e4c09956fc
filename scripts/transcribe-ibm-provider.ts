/**
 * Transcribes the schema definitions of the IBM provider's resources that the constructs use, and
 * of its provider block, from ONE tag of a local clone of IBM-Cloud/terraform-provider-ibm into
 * `schema/sources/ibm-<tag>.json`: a plain record of each `schema.Schema` literal (type,
 * Required/Optional/Computed, Default, ConflictsWith, RequiredWith, ExactlyOneOf, AtLeastOneOf,
 * MinItems/MaxItems, Deprecated, Description, ValidateFunc) with the file and line it was read
 * from, and of the `ResourceIBMIs*Validator` tables that `validate.InvokeValidator` consults.
 *
 * It reads Go source text through `git show <tag>:<path>` and understands only the literal forms
 * those files use; anything else stops it with an error naming the file and line, so nothing is
 * skipped silently. Its output is committed and reviewed; `npm run generate:ibm` builds the
 * schemas and bindings from that output alone, without a clone.
 *
 * Usage: `npx tsx scripts/transcribe-ibm-provider.ts <clone or git dir> <tag> [outFile]`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import {
  IBM_SOURCE_RESOURCES,
  IBM_SOURCE_REPOSITORY,
  SourceField,
  SourceTranscription,
  SourceValidateFunc,
  SourceValidatorEntry,
} from '../lib/ibm-schema/source-transcription';

type Token = { readonly kind: 'ident' | 'string' | 'number' | 'punct'; readonly text: string; readonly line: number };
type Atom = Token | Group;
interface Group {
  readonly kind: 'group';
  readonly open: '(' | '{' | '[';
  readonly items: Atom[][];
  readonly line: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      for (const ch of text.slice(i, end + 2)) if (ch === '\n') line++;
      i = end + 2;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (text[j] !== '"') {
        if (text[j] === '\\') {
          const e = text[j + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
        } else {
          value += text[j];
          j++;
        }
      }
      out.push({ kind: 'string', text: value, line });
      i = j + 1;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const value = text.slice(i + 1, end);
      out.push({ kind: 'string', text: value, line });
      for (const ch of value) if (ch === '\n') line++;
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_.]/.test(text[j])) j++;
      out.push({ kind: 'ident', text: text.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1]) && /[,(:{=\s]/.test(text[i - 1] ?? ' '))) {
      let j = i + 1;
      while (j < text.length && /[0-9.]/.test(text[j])) j++;
      out.push({ kind: 'number', text: text.slice(i, j), line });
      i = j;
    } else if (text.startsWith(':=', i)) {
      out.push({ kind: 'punct', text: ':=', line });
      i += 2;
    } else {
      out.push({ kind: 'punct', text: c, line });
      i++;
    }
  }
  return out;
}

const CLOSE: Record<string, string> = { '(': ')', '{': '}', '[': ']' };

/** Parses the group opened at `tokens[start]`; returns it and the index after its closing token. */
function parseGroup(tokens: Token[], start: number): [Group, number] {
  const open = tokens[start].text as Group['open'];
  const items: Atom[][] = [];
  let current: Atom[] = [];
  let i = start + 1;
  for (;;) {
    const t = tokens[i];
    if (t === undefined) throw new Error(`unbalanced ${open} opened at line ${tokens[start].line}`);
    if (t.kind === 'punct' && t.text === CLOSE[open]) {
      if (current.length > 0) items.push(current);
      return [{ kind: 'group', open, items, line: tokens[start].line }, i + 1];
    }
    if (t.kind === 'punct' && t.text === ',') {
      items.push(current);
      current = [];
      i++;
    } else if (t.kind === 'punct' && (t.text === '(' || t.text === '{' || t.text === '[')) {
      const [group, next] = parseGroup(tokens, i);
      current.push(group);
      i = next;
    } else {
      current.push(t);
      i++;
    }
  }
}

class GoSource {
  /** Every file read so far, by path. */
  readonly files = new Map<string, { text: string; tokens: Token[] }>();

  constructor(
    readonly gitDir: string,
    readonly tag: string,
  ) {}

  read(path: string): { text: string; tokens: Token[] } {
    let file = this.files.get(path);
    if (!file) {
      const text = execFileSync('git', ['--git-dir', this.gitDir, 'show', `${this.tag}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
      file = { text, tokens: tokenize(text) };
      this.files.set(path, file);
    }
    return file;
  }

  blob(path: string): string {
    return execFileSync('git', ['--git-dir', this.gitDir, 'rev-parse', `${this.tag}:${path}`], { encoding: 'utf8' }).trim();
  }

  private readonly definitions = new Map<string, Map<string, Set<string>>>();

  /** Files of the Go package in `dir` (not its sub-packages) that assign `name` at the start of a line. */
  private definingFiles(dir: string, name: string): string[] {
    let byName = this.definitions.get(dir);
    if (!byName) {
      byName = new Map();
      const out = execFileSync(
        'git',
        ['--git-dir', this.gitDir, 'grep', '-E', '^\\s*[A-Za-z_][A-Za-z0-9_]*\\s+(string\\s+)?=', this.tag, '--', `:(glob)${dir}/*.go`],
        { encoding: 'utf8', maxBuffer: 256 << 20 },
      );
      for (const line of out.split('\n')) {
        const m = /^[^:]+:([^:]+):\s*([A-Za-z_][A-Za-z0-9_]*)\s/.exec(line);
        if (!m) continue;
        if (!byName.has(m[2])) byName.set(m[2], new Set());
        byName.get(m[2])!.add(m[1]);
      }
      this.definitions.set(dir, byName);
    }
    return [...(byName.get(name) ?? [])].sort();
  }

  /** Value of a string constant `name` of the package in `dir` (a `const` declaration, not a variable). */
  constant(dir: string, name: string): { value: string; file: string; line: number } {
    for (const file of this.definingFiles(dir, name)) {
      const { tokens } = this.read(file);
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].kind !== 'ident' || tokens[i].text !== 'const') continue;
        const decls: Token[][] = [];
        if (tokens[i + 1]?.text === '(') {
          let j = i + 2;
          let decl: Token[] = [];
          while (tokens[j].text !== ')') {
            if (j > i + 2 && tokens[j].line !== tokens[j - 1].line && decl.length > 0) {
              decls.push(decl);
              decl = [];
            }
            decl.push(tokens[j]);
            j++;
          }
          if (decl.length > 0) decls.push(decl);
        } else {
          decls.push(tokens.slice(i + 1, i + 5).filter((t) => t.line === tokens[i].line));
        }
        for (const d of decls) {
          const eq = d.findIndex((t) => t.text === '=');
          if (eq < 0 || d[0].text !== name) continue;
          const value = d.slice(eq + 1);
          if (value.length === 1 && value[0].kind === 'string') return { value: value[0].text, file, line: d[0].line };
          if (value.length === 1 && value[0].kind === 'ident') return this.resolveIdent(dir, value[0].text);
          throw new Error(`${file}:${d[0].line}: constant ${name} is not a string literal`);
        }
      }
    }
    throw new Error(`no string constant ${name} in ${dir} at ${this.tag}`);
  }

  resolveIdent(dir: string, ident: string): { value: string; file: string; line: number } {
    const dot = ident.indexOf('.');
    if (dot < 0) return this.constant(dir, ident);
    const pkg = ident.slice(0, dot);
    const PACKAGES: Record<string, string> = { flex: 'ibm/flex', validate: 'ibm/validate', vpc: 'ibm/service/vpc' };
    if (!PACKAGES[pkg]) throw new Error(`unknown package ${pkg} in ${ident}`);
    return this.constant(PACKAGES[pkg], ident.slice(dot + 1));
  }

  /** Index of the first token of `func <name>(` in `path`. */
  funcStart(path: string, name: string): number {
    const { tokens } = this.read(path);
    const i = tokens.findIndex((t, k) => t.text === 'func' && tokens[k + 1]?.text === name && tokens[k + 2]?.text === '(');
    if (i < 0) throw new Error(`func ${name} not found in ${path} at ${this.tag}`);
    return i;
  }

  /** Finds the Go file of package `dir` that declares `func name(`. */
  fileDeclaring(dir: string, name: string): string {
    const out = execFileSync('git', ['--git-dir', this.gitDir, 'grep', '-l', '-E', `^func ${name}\\(`, this.tag, '--', `:(glob)${dir}/*.go`], {
      encoding: 'utf8',
    });
    const files = out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(this.tag.length + 1));
    if (files.length !== 1) throw new Error(`func ${name} declared in ${files.length} files of ${dir}`);
    return files[0];
  }
}

function isToken(a: Atom | undefined, text?: string): a is Token {
  return a !== undefined && a.kind !== 'group' && (text === undefined || a.text === text);
}

function isGroup(a: Atom | undefined, open?: Group['open']): a is Group {
  return a !== undefined && a.kind === 'group' && (open === undefined || a.open === open);
}

function lineOf(a: Atom[]): number {
  const first = a[0];
  return first === undefined ? 0 : first.line;
}

class Transcriber {
  constructor(
    readonly src: GoSource,
    readonly file: string,
  ) {}

  private get dir(): string {
    return posix.dirname(this.file);
  }

  fail(line: number, message: string): never {
    throw new Error(`${this.file}:${line}: ${message}`);
  }

  /** A string expression: literal, constant, or `+` concatenation of those. */
  str(expr: Atom[], locals: ReadonlyMap<string, string> = new Map()): string {
    const parts: string[] = [];
    for (let i = 0; i < expr.length; i++) {
      const a = expr[i];
      if (i % 2 === 1) {
        if (!isToken(a, '+')) this.fail(lineOf(expr), 'expected a string expression');
        continue;
      }
      if (isToken(a) && a.kind === 'string') parts.push(a.text);
      else if (isToken(a) && a.kind === 'ident' && locals.has(a.text)) parts.push(locals.get(a.text)!);
      else if (isToken(a) && a.kind === 'ident') parts.push(this.src.resolveIdent(this.dir, a.text).value);
      else this.fail(lineOf(expr), 'expected a string expression');
    }
    return parts.join('');
  }

  strList(expr: Atom[]): string[] {
    // []string{...}
    const [open, close, type, body] = expr;
    if (!isGroup(open, '[') || open.items.length !== 0 || !isToken(type, 'string') || !isGroup(body, '{') || close !== type) {
      if (isGroup(open, '[') && isToken(close, 'string') && isGroup(type, '{')) return type.items.map((item) => this.str(item));
      this.fail(lineOf(expr), 'expected []string{...}');
    }
    return body.items.map((item) => this.str(item));
  }

  number(expr: Atom[]): number {
    if (expr.length === 1 && isToken(expr[0]) && expr[0].kind === 'number') return Number(expr[0].text);
    return this.fail(lineOf(expr), 'expected a number literal');
  }

  bool(expr: Atom[]): boolean {
    if (expr.length === 1 && isToken(expr[0], 'true')) return true;
    if (expr.length === 1 && isToken(expr[0], 'false')) return false;
    return this.fail(lineOf(expr), 'expected true or false');
  }

  validateFunc(expr: Atom[]): SourceValidateFunc {
    const [fn, args] = expr;
    if (!isToken(fn) || fn.kind !== 'ident') this.fail(lineOf(expr), 'unsupported ValidateFunc');
    if (expr.length === 1) return { function: fn.text };
    if (!isGroup(args, '(') || expr.length !== 2) this.fail(lineOf(expr), 'unsupported ValidateFunc');
    if (fn.text === 'validate.InvokeValidator') {
      return { function: fn.text, resource: this.str(args.items[0]), identifier: this.str(args.items[1]) };
    }
    if (fn.text === 'validate.ValidateAllowedStringValues') return { function: fn.text, values: this.strList(args.items[0]) };
    if (fn.text === 'validation.StringInSlice')
      return { function: fn.text, values: this.strList(args.items[0]), ignore_case: this.bool(args.items[1]) };
    if (fn.text === 'validation.IntBetween') return { function: fn.text, min: this.number(args.items[0]), max: this.number(args.items[1]) };
    if (fn.text === 'validate.ValidateIPorCIDR' || fn.text === 'validate.ValidateCIDRAddress') return { function: fn.text };
    return this.fail(lineOf(expr), `unsupported ValidateFunc ${fn.text}`);
  }

  defaultFunc(expr: Atom[]): { env: string[]; default?: string | number | boolean | null } {
    const [fn, args] = expr;
    if (!isToken(fn) || !isGroup(args, '(')) this.fail(lineOf(expr), 'unsupported DefaultFunc');
    const env =
      fn.text === 'schema.MultiEnvDefaultFunc'
        ? this.strList(args.items[0])
        : fn.text === 'schema.EnvDefaultFunc'
          ? [this.str(args.items[0])]
          : this.fail(lineOf(expr), `unsupported DefaultFunc ${fn.text}`);
    return { env, default: this.literal(args.items[1]) };
  }

  literal(expr: Atom[]): string | number | boolean | null {
    if (expr.length === 1 && isToken(expr[0], 'nil')) return null;
    if (expr.length === 1 && (isToken(expr[0], 'true') || isToken(expr[0], 'false'))) return this.bool(expr);
    if (expr.length === 1 && isToken(expr[0]) && expr[0].kind === 'number') return this.number(expr);
    return this.str(expr);
  }

  /** A `map[string]*schema.Schema{...}` body. */
  schemaMap(body: Group): Record<string, SourceField> {
    const out: Record<string, SourceField> = {};
    for (const item of body.items) {
      const colon = item.findIndex((a) => isToken(a, ':'));
      const fields = item[colon + 1];
      if (colon < 1 || !isGroup(fields, '{') || item.length !== colon + 2) this.fail(lineOf(item), 'expected key: {...}');
      const name = this.str(item.slice(0, colon));
      if (out[name]) this.fail(lineOf(item), `duplicate key ${name}`);
      out[name] = this.field(fields, lineOf(item));
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  field(fields: Group, line: number): SourceField {
    const f: Record<string, unknown> = { line };
    for (const item of fields.items) {
      const [key, colon, ...value] = item;
      if (!isToken(key) || !isToken(colon, ':')) this.fail(lineOf(item), 'expected Field: value');
      switch (key.text) {
        case 'Type': {
          const t = value[0];
          if (!isToken(t) || !t.text.startsWith('schema.Type') || value.length !== 1) this.fail(key.line, 'unsupported Type');
          f.type = t.text.slice('schema.'.length);
          break;
        }
        case 'Required':
        case 'Optional':
        case 'Computed':
        case 'ForceNew':
        case 'Sensitive':
          f[snake(key.text)] = this.bool(value);
          break;
        case 'MaxItems':
        case 'MinItems':
          f[snake(key.text)] = this.number(value);
          break;
        case 'Default':
          f.default = this.literal(value);
          break;
        case 'Description':
          f.description = this.str(value);
          break;
        case 'Deprecated':
          f.deprecated = this.str(value);
          break;
        case 'ConflictsWith':
        case 'RequiredWith':
        case 'ExactlyOneOf':
        case 'AtLeastOneOf':
          f[snake(key.text)] = this.strList(value);
          break;
        case 'ValidateFunc':
          f.validate = { ...this.validateFunc(value), line: key.line };
          break;
        case 'DefaultFunc':
          f.default_func = this.defaultFunc(value);
          break;
        case 'Elem': {
          const [amp, kind, body] = value;
          if (!isToken(amp, '&') || !isToken(kind) || !isGroup(body, '{')) this.fail(key.line, 'unsupported Elem');
          if (kind.text === 'schema.Schema') f.elem = this.field(body, key.line);
          else if (kind.text === 'schema.Resource') {
            const schemaItem = body.items.find((it) => isToken(it[0], 'Schema'));
            if (schemaItem === undefined || body.items.length !== 1) this.fail(key.line, 'unsupported Elem resource');
            const map = schemaItem[schemaItem.length - 1];
            if (isGroup(map, '{')) f.elem = { line: key.line, schema: this.schemaMap(map) };
            else if (schemaItem.length === 4 && isToken(schemaItem[2]) && isGroup(map, '(') && (map as Group).items.length === 0) {
              // `Schema: helper()`, a function of the same package returning the map.
              const helper = (schemaItem[2] as Token).text;
              const file = this.src.fileDeclaring(this.dir, helper);
              const sub = new Transcriber(this.src, file);
              const { tokens } = this.src.read(file);
              const start = this.src.funcStart(file, helper);
              let j = start;
              while (!(tokens[j].text === 'map' && tokens[j - 1].text === 'return')) j++;
              while (tokens[j].text !== '{') j++;
              f.elem = { line: key.line, schema_function: helper, schema_file: file, schema: sub.schemaMap(parseGroup(tokens, j)[0]) };
            } else this.fail(key.line, 'unsupported Elem resource');
          } else this.fail(key.line, 'unsupported Elem');
          break;
        }
        case 'ConfigMode':
          f.config_mode = (value[0] as Token).text;
          break;
        case 'Set':
        case 'DiffSuppressFunc':
        case 'StateFunc':
        case 'DiffSuppressOnRefresh':
          // Hashing, diff suppression and state normalisation do not take part in validation.
          break;
        default:
          this.fail(key.line, `unsupported schema field ${key.text}`);
      }
    }
    return f as unknown as SourceField;
  }
}

function snake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Finds `Schema: map[string]*schema.Schema{` after token `from` and returns its body. */
function schemaMapAfter(tokens: Token[], from: number, t: Transcriber): Group {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].text === 'Schema' && tokens[i + 1]?.text === ':' && tokens[i + 2]?.text === 'map') {
      let j = i + 3;
      while (tokens[j].text !== '{') j++;
      return parseGroup(tokens, j)[0];
    }
  }
  return t.fail(tokens[from].line, 'no Schema map');
}

/** Reads `Timeouts: &schema.ResourceTimeout{...}` of the resource function starting at `from`, if any. */
function timeoutsAfter(tokens: Token[], from: number, end: number): string[] | undefined {
  for (let i = from; i < end; i++) {
    if (tokens[i].text === 'Timeouts' && tokens[i + 1]?.text === ':' && tokens[i + 3]?.text === 'schema.ResourceTimeout') {
      const [group] = parseGroup(tokens, i + 4);
      return group.items.map((it) => (it[0] as Token).text.toLowerCase()).sort();
    }
  }
  return undefined;
}

/**
 * The functions a resource's `CustomizeDiff` calls with the diff (`f(diff)` or `f(diff, v)`), in
 * order, if it has one.
 */
function customizeDiff(tokens: Token[], from: number, end: number): { function: string; line: number }[] | undefined {
  const at = tokens.findIndex((t, k) => k > from && k < end && t.text === 'CustomizeDiff' && tokens[k + 1]?.text === ':');
  if (at < 0) return undefined;
  let open = at + 2;
  while (tokens[open].text !== '(' && tokens[open].text !== '{') open++;
  const [, close] = parseGroup(tokens, open);
  const calls: { function: string; line: number }[] = [];
  for (let k = at; k < close; k++) {
    if (
      tokens[k].kind === 'ident' &&
      tokens[k + 1]?.text === '(' &&
      tokens[k + 2]?.text === 'diff' &&
      (tokens[k + 3]?.text === ')' || tokens[k + 3]?.text === ',')
    ) {
      calls.push({ function: tokens[k].text, line: tokens[k].line });
    }
  }
  return calls;
}

function validatorTable(
  src: GoSource,
  dir: string,
  funcName: string,
): { file: string; line: number; resource: string; entries: Record<string, SourceValidatorEntry> } {
  const file = src.fileDeclaring(dir, funcName);
  const t: Transcriber = new Transcriber(src, file);
  const { tokens } = src.read(file);
  const start = src.funcStart(file, funcName);
  let i = start;
  while (tokens[i].text !== '{') i++;
  const [body] = parseGroup(tokens, i);
  const locals = new Map<string, string>();
  const entries: Record<string, SourceValidatorEntry> = {};
  let resource: string | undefined;
  const visit = (atoms: Atom[]) => {
    for (let k = 0; k < atoms.length; k++) {
      const a = atoms[k];
      if (isToken(a) && a.kind === 'ident' && isToken(atoms[k + 1], ':=') && isToken(atoms[k + 2]) && (atoms[k + 2] as Token).kind === 'string') {
        let end = k + 3;
        while (isToken(atoms[end], '+')) end += 2;
        locals.set(a.text, t.str(atoms.slice(k + 2, end), locals));
      }
      if (isToken(a, 'validate.ValidateSchema') && isGroup(atoms[k + 1], '{')) {
        const entry: Record<string, unknown> = { line: a.line };
        for (const item of (atoms[k + 1] as Group).items) {
          const [key, colon, ...value] = item;
          if (!isToken(key) || !isToken(colon, ':')) t.fail(lineOf(item), 'expected Field: value');
          if (key.text === 'Identifier') entry.identifier = t.str(value, locals);
          else if (key.text === 'ValidateFunctionIdentifier') entry.function = (value[0] as Token).text.replace(/^validate\./, '');
          else if (key.text === 'Type') entry.type = (value[0] as Token).text.replace(/^validate\./, '');
          else if (key.text === 'Required' || key.text === 'Optional') entry[key.text.toLowerCase()] = t.bool(value);
          else if (
            key.text === 'AllowedValues' ||
            key.text === 'Regexp' ||
            key.text === 'MinValue' ||
            key.text === 'MaxValue' ||
            key.text === 'Matches'
          )
            entry[snake(key.text)] = t.str(value, locals);
          else if (key.text === 'MinValueLength' || key.text === 'MaxValueLength') entry[snake(key.text)] = t.number(value);
          else if (key.text === 'Default') entry.default = t.str(value, locals);
          else t.fail(key.line, `unsupported ValidateSchema field ${key.text}`);
        }
        const id = entry.identifier as string;
        // InvokeValidator takes the first entry with the identifier.
        if (entries[id] === undefined) entries[id] = entry as unknown as SourceValidatorEntry;
      }
      if (isToken(a, 'validate.ResourceValidator') && isGroup(atoms[k + 1], '{')) {
        for (const item of (atoms[k + 1] as Group).items) if (isToken(item[0], 'ResourceName')) resource = t.str(item.slice(2), locals);
      }
      if (isGroup(a)) for (const item of a.items) visit(item);
    }
  };
  for (const stmt of body.items) visit(stmt);
  if (resource === undefined) t.fail(tokens[start].line, 'no ResourceName');
  return { file, line: tokens[start].line, resource, entries };
}

/**
 * Reads the provider block, the resources of {@link IBM_SOURCE_RESOURCES} and their validator tables
 * from `tag` of the git repository at `gitDir`.
 */
export function transcribe(gitDir: string, tag: string): SourceTranscription {
  const src = new GoSource(gitDir, tag);
  const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${tag}^{commit}`], { encoding: 'utf8' }).trim();
  const date = execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%cI', commit], { encoding: 'utf8' }).trim();
  const versionText = src.read('version/version.go').text;
  const version = /const Version = "([^"]+)"/.exec(versionText)?.[1];
  if (version === undefined) throw new Error('no Version in version/version.go');

  const providerFile = 'ibm/provider/provider.go';
  const provider = src.read(providerFile);
  const pt: Transcriber = new Transcriber(src, providerFile);
  const providerStart = src.funcStart(providerFile, 'Provider');
  const providerSchema = pt.schemaMap(schemaMapAfter(provider.tokens, providerStart, pt));

  // The resource registrations and the validator dictionary of the provider.
  const registrations = new Map<string, { func: string; line: number }>();
  const validatorFuncs = new Map<string, { func: string; line: number }>();
  const validatorStart = src.funcStart(providerFile, 'Validator');
  const resourcesMap = provider.tokens.findIndex((tk, k) => tk.text === 'ResourcesMap' && provider.tokens[k + 1]?.text === ':');
  for (const [name] of Object.entries(IBM_SOURCE_RESOURCES)) {
    for (let k = 0; k < provider.tokens.length; k++) {
      const tk = provider.tokens[k];
      if (tk.kind !== 'string' || tk.text !== name || provider.tokens[k + 1]?.text !== ':') continue;
      const fn = provider.tokens[k + 2].text;
      if (k > resourcesMap && k < validatorStart && !registrations.has(name)) {
        const dataSources = provider.tokens.findIndex((x, m) => m > resourcesMap && x.text === 'DataSourcesMap');
        if (dataSources < 0 || dataSources > k || dataSources < resourcesMap) registrations.set(name, { func: fn.split('.').pop()!, line: tk.line });
      }
      if (k > validatorStart && fn.endsWith('Validator') && !validatorFuncs.has(name)) {
        const dataDict = provider.tokens.findIndex((x, m) => m > validatorStart && x.text === 'DataSourceValidatorDictionary');
        if (dataDict < 0 || k < dataDict) validatorFuncs.set(name, { func: fn.split('.').pop()!, line: tk.line });
      }
    }
  }

  const files = new Set<string>([providerFile, 'version/version.go', 'ibm/validate/validators.go']);
  const resources: Record<string, SourceTranscription['resources'][string]> = {};
  const validators: Record<string, SourceTranscription['validators'][string]> = {};
  for (const [name, dir] of Object.entries(IBM_SOURCE_RESOURCES)) {
    const reg = registrations.get(name);
    if (!reg) throw new Error(`${name} is not registered in ResourcesMap of ${providerFile} at ${tag}`);
    const file = src.fileDeclaring(dir, reg.func);
    files.add(file);
    const t: Transcriber = new Transcriber(src, file);
    const { tokens } = src.read(file);
    const start = src.funcStart(file, reg.func);
    let open = start;
    while (tokens[open].text !== '{') open++;
    const [, end] = parseGroup(tokens, open);
    const schemaVersion = tokens.slice(start, end).findIndex((tk, k, all) => tk.text === 'SchemaVersion' && all[k + 1].text === ':');
    resources[name] = {
      file,
      line: tokens[start].line,
      registered_at: reg.line,
      schema_version: schemaVersion < 0 ? 0 : Number(tokens[start + schemaVersion + 2].text),
      ...(customizeDiff(tokens, start, end) ? { customize_diff: customizeDiff(tokens, start, end) } : {}),
      ...(timeoutsAfter(tokens, start, end) ? { timeouts: timeoutsAfter(tokens, start, end) } : {}),
      schema: t.schemaMap(schemaMapAfter(tokens, start, t)),
    };
    const v = validatorFuncs.get(name);
    if (v) {
      const table = validatorTable(src, dir, v.func);
      files.add(table.file);
      validators[name] = { registered_at: v.line, function: v.func, ...table };
    }
  }

  for (const f of src.files.keys()) files.add(f);
  const sortedFiles = [...files].sort();
  return {
    repository: IBM_SOURCE_REPOSITORY,
    tag,
    commit,
    date,
    version,
    files: Object.fromEntries(sortedFiles.map((f) => [f, src.blob(f)])),
    provider: { file: providerFile, line: provider.tokens[providerStart].line, schema: providerSchema },
    resources,
    validators,
  };
}

if (require.main === module) {
  const [repo, tag, out] = process.argv.slice(2);
  if (!repo || !tag) {
    console.error('usage: tsx scripts/transcribe-ibm-provider.ts <clone or git dir> <tag> [outFile]');
    process.exit(2);
  }
  const gitDir = execFileSync('git', ['-C', resolve(repo), 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8' }).trim();
  const result = transcribe(gitDir, tag);
  const target = out ? resolve(out) : join(__dirname, '..', 'schema', 'sources', `ibm-${tag}.json`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${tag} (${result.commit}) transcribed to ${target}`);
}
