import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { IBM_BINDINGS_SCHEMA_RELATIVE_PATH } from '../../lib/ibm-schema';
import { bindingSchema, generateIbmBindings, IBM_BINDING_RESOURCE_TYPES, IBM_BINDINGS_DIR } from '../../scripts/generate-ibm-bindings';

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('generated IBM provider bindings', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'ibm-bindings-test-')), 'ibm-provider');
    await generateIbmBindings(outDir);
  });
  afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

  test('regenerating from the newest release schema gives byte-identical files', () => {
    const committed = join(ROOT, IBM_BINDINGS_DIR);
    const names = (dir: string) =>
      filesUnder(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(names(outDir)).toEqual(names(committed));
    for (const name of names(committed)) {
      expect({ name, text: readFileSync(join(outDir, name), 'utf8') }).toEqual({ name, text: readFileSync(join(committed, name), 'utf8') });
    }
  });

  test('only the provider and the resources the construct uses are bound', () => {
    const dirs = readdirSync(outDir)
      .filter((n) => statSync(join(outDir, n)).isDirectory())
      .sort();
    const expected = [...IBM_BINDING_RESOURCE_TYPES.map((t) => t.replace(/^ibm_/, '').replace(/_/g, '-')), 'provider'].sort();
    expect(dirs).toEqual(expected);
  });

  test('the generator input has no extra top-level keys and no data sources', () => {
    const schema = bindingSchema(join(ROOT, IBM_BINDINGS_SCHEMA_RELATIVE_PATH)) as Record<string, unknown>;
    expect(Object.keys(schema).sort()).toEqual(['format_version', 'provider_schemas']);
    const [entry] = Object.values(schema.provider_schemas as Record<string, { resource_schemas: object; data_source_schemas: object }>);
    expect(Object.keys(entry.resource_schemas)).toEqual([...IBM_BINDING_RESOURCE_TYPES].sort());
    expect(entry.data_source_schemas).toEqual({});
  });
});
