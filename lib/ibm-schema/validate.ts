import { IbmProviderSchema } from './provider-schema';
import type { AttributeConstraint, ResourceConstraints, SchemaAttribute, SchemaBlock, SchemaBlockType, SchemaDiagnostic } from './types';
import { describeType, isIpOrCidr, isPlainObject, isReference, typeMismatches } from './values';

/** Terraform meta-arguments (and cdktf's `//` comment key) allowed at the top of a resource body. */
export const RESOURCE_META_ARGUMENTS: readonly string[] = [
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
  '//',
];

/** Meta-arguments allowed at the top of a provider configuration. */
export const PROVIDER_META_ARGUMENTS: readonly string[] = ['alias', 'version', '//'];

/** Environment variables as a `DefaultFunc` reads them. */
export type Environment = Readonly<Record<string, string | undefined>>;

interface Context {
  readonly resourceType: string;
  readonly constraints: ResourceConstraints;
  /** The whole body: cross-field keys are absolute paths from it, as the SDK reads them. */
  readonly root: Record<string, unknown>;
  readonly rootBlock: SchemaBlock;
  readonly env?: Environment;
  readonly out: SchemaDiagnostic[];
}

/**
 * Checks one resource body, as found in cdktf's `cdk.tf.json` under `resource.<type>.<name>`,
 * against a committed release schema and its recorded constraints, the way terraform-plugin-sdk
 * v2's `schemaMap.Validate` does at `terraform validate`. Returns an empty list when it conforms.
 * @param schema @default - the newest committed release
 */
export function validateResourceConfig(type: string, config: unknown, schema: IbmProviderSchema = IbmProviderSchema.load()): SchemaDiagnostic[] {
  const resource = schema.resourceSchema(type);
  if (!resource) {
    return [
      diag(
        type,
        '',
        'Unknown resource type',
        `"${type}" is not one of the resource types in the IBM provider schema (${schema.resourceTypes.join(', ')}).`,
      ),
    ];
  }
  return validateBody(type, resource.block, schema.constraints(type), config, RESOURCE_META_ARGUMENTS);
}

/**
 * Checks a provider configuration (`provider.ibm[n]` in `cdk.tf.json`) against the provider block
 * schema. A release whose provider arguments have a `DefaultFunc` validates the value it reads from
 * the environment when the argument is not written, as the SDK does; pass the environment Terraform
 * runs with.
 * @param schema @default - the newest committed release
 * @param env @default - this process's environment
 */
export function validateProviderConfig(
  config: unknown,
  schema: IbmProviderSchema = IbmProviderSchema.load(),
  env: Environment = process.env,
): SchemaDiagnostic[] {
  return validateBody('provider', schema.providerSchema.block, schema.constraints('provider'), config, PROVIDER_META_ARGUMENTS, env);
}

function validateBody(
  resourceType: string,
  block: SchemaBlock,
  constraints: ResourceConstraints,
  config: unknown,
  meta: readonly string[],
  env?: Environment,
): SchemaDiagnostic[] {
  if (!isPlainObject(config)) {
    return [diag(resourceType, '', 'Invalid configuration', `The ${resourceType} configuration must be a JSON object.`)];
  }
  const ctx: Context = { resourceType, constraints, root: config, rootBlock: block, env, out: [] };
  validateBlock(ctx, block, config, '', '', '', new Set(meta));
  return ctx.out;
}

function diag(resourceType: string, attribute: string, summary: string, detail: string): SchemaDiagnostic {
  return { resourceType, attribute, severity: 'error', summary, detail };
}

function report(ctx: Context, attribute: string, summary: string, detail: string): void {
  ctx.out.push(diag(ctx.resourceType, attribute, summary, detail));
}

/** Whether a value would be in the SDK's shimmed config: null attributes and empty block lists are left out. */
function isPresent(value: unknown, isBlock: boolean): boolean {
  if (value === undefined || value === null) return false;
  if (isBlock && Array.isArray(value) && value.length === 0) return false;
  return true;
}

/**
 * The SDK's `ResourceConfig.Get(key)` for an absolute key such as `protocol` or `rules.0.tcp`:
 * whether it is present, and whether its value is wholly unknown.
 */
function lookup(ctx: Context, key: string): { present: boolean; unknown: boolean } {
  let value: unknown = ctx.root;
  let block: SchemaBlock | undefined = ctx.rootBlock;
  let isBlock = false;
  for (const part of key.split('.')) {
    if (/^\d+$/.test(part) && Array.isArray(value)) {
      value = value[Number(part)];
      continue;
    }
    if (Array.isArray(value) && value.length === 1 && isPlainObject(value[0])) value = value[0];
    if (!isPlainObject(value)) return { present: false, unknown: false };
    value = value[part];
    const bt: SchemaBlockType | undefined = block?.block_types?.[part];
    isBlock = bt !== undefined;
    block = bt?.block;
  }
  return { present: isPresent(value, isBlock), unknown: isReference(value) };
}

function absolute(cPrefixPath: string, key: string): string {
  return cPrefixPath + key;
}

/**
 * @param cPrefix constraint key prefix, e.g. `rules.`
 * @param aPrefix absolute SDK key prefix, e.g. `rules.0.`
 * @param dPrefix diagnostic path prefix, e.g. `rules[0].`
 */
function validateBlock(
  ctx: Context,
  block: SchemaBlock,
  value: Record<string, unknown>,
  cPrefix: string,
  aPrefix: string,
  dPrefix: string,
  extra: ReadonlySet<string>,
): void {
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  for (const key of Object.keys(value)) {
    if (extra.has(key) || Object.prototype.hasOwnProperty.call(attributes, key) || Object.prototype.hasOwnProperty.call(blockTypes, key)) continue;
    if (value[key] === undefined || value[key] === null) continue;
    report(ctx, dPrefix + key, 'Unsupported argument', `An argument named "${key}" is not expected here (${ctx.resourceType}).`);
  }
  // schemaMap.validate runs for every key of the schema, set or not.
  for (const key of [...Object.keys(attributes), ...Object.keys(blockTypes)].sort()) {
    const isBlock = Object.prototype.hasOwnProperty.call(blockTypes, key);
    const c = ctx.constraints[cPrefix + key];
    const path = dPrefix + key;
    let v = value[key];
    let present = isPresent(v, isBlock);
    if (!present && c?.env && ctx.env) {
      const fromEnv = c.env.map((name) => ctx.env?.[name]).find((x) => x !== undefined && x !== '');
      const dv = fromEnv === undefined ? c.env_default : isBlock ? fromEnv : weaklyDecoded(fromEnv, attributes[key]);
      if (dv !== undefined) {
        v = dv;
        present = true;
      }
    }
    if (c) checkOneOf(ctx, c, key, path);
    if (!present) {
      if (isBlock ? (blockTypes[key].min_items ?? 0) > 0 : attributes[key].required) {
        report(ctx, path, 'Missing required argument', `The argument "${key}" is required, but no definition was found.`);
      }
      continue;
    }
    if (!isBlock && attributes[key].computed && !attributes[key].optional && !attributes[key].required) {
      report(
        ctx,
        path,
        'Value for unconfigurable attribute',
        `Can't configure a value for "${path}": its value will be decided automatically based on the result of applying this configuration.`,
      );
      continue;
    }
    if (c?.required_with?.length) {
      const all = [...new Set([...c.required_with, absolute(aPrefix, key)])].sort();
      const missing = all.filter((k) => k !== absolute(aPrefix, key) && !lookup(ctx, k).present);
      if (missing.length > 0)
        report(ctx, path, 'Missing required argument', `"${key}": all of \`${all.join(',')}\` must be specified (${missing.join(', ')} missing).`);
    }
    if (isReference(v)) continue;
    for (const other of c?.conflicts_with ?? []) {
      const found = lookup(ctx, other);
      if (found.present && !found.unknown) report(ctx, path, 'Conflicting configuration arguments', `"${key}": conflicts with ${other}.`);
    }
    if (isBlock) checkBlockType(ctx, blockTypes[key], v, `${cPrefix}${key}.`, `${aPrefix}${key}.`, path);
    else checkAttribute(ctx, attributes[key], c, v, path);
  }
}

/**
 * An environment variable's text as the SDK decodes it for a number or bool field (mapstructure's
 * weak decoding: integers in Go syntax, `strconv.ParseBool` words); anything else stays a string,
 * which then fails the type check as it fails in the SDK.
 */
function weaklyDecoded(text: string, attr: SchemaAttribute): string | number | boolean {
  if (attr.type === 'number' && /^[-+]?(0x[0-9a-f]+|0o?[0-7]+|0b[01]+|\d+)$/i.test(text.trim())) {
    const t = text.trim().toLowerCase();
    const sign = t.startsWith('-') ? -1 : 1;
    const digits = t.replace(/^[-+]/, '');
    const value = digits.startsWith('0x')
      ? Number.parseInt(digits.slice(2), 16)
      : digits.startsWith('0b')
        ? Number.parseInt(digits.slice(2), 2)
        : /^0o?[0-7]+$/.test(digits) && digits.length > 1
          ? Number.parseInt(digits.replace(/^0o?/, ''), 8)
          : Number(digits);
    return sign * value;
  }
  if (attr.type === 'bool') {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  }
  return text;
}

function checkOneOf(ctx: Context, c: AttributeConstraint, key: string, path: string): void {
  for (const [keys, exactly] of [
    [c.exactly_one_of, true],
    [c.at_least_one_of, false],
  ] as const) {
    if (!keys?.length) continue;
    const all = [...new Set([...keys, key])].sort();
    const found = all.map((k) => lookup(ctx, k));
    const unknown = found.filter((f) => f.unknown).length;
    const specified = all.filter((_k, i) => found[i].present && !found[i].unknown);
    if (specified.length === 0 && unknown === 0)
      report(ctx, path, 'Invalid combination of arguments', `"${key}": one of \`${all.join(',')}\` must be specified.`);
    if (exactly && specified.length > 1)
      report(
        ctx,
        path,
        'Invalid combination of arguments',
        `"${key}": only one of \`${all.join(',')}\` can be specified, but \`${specified.join(',')}\` were specified.`,
      );
  }
}

function checkAttribute(ctx: Context, attr: SchemaAttribute, c: AttributeConstraint | undefined, value: unknown, path: string): void {
  const mismatches = typeMismatches(attr.type, value);
  if (mismatches.length > 0) {
    for (const m of mismatches)
      report(ctx, path + m, 'Incorrect attribute value type', `Inappropriate value for attribute "${path}": ${describeType(attr.type)} required.`);
    return;
  }
  if (!c) return;
  const items = Array.isArray(value) ? value.map((v, i) => [v, `${path}[${i}]`] as const) : [[value, path] as const];
  for (const [item, itemPath] of items) {
    if (!isReference(item)) checkValue(ctx, c, item, itemPath);
  }
}

/** The value checks of the validator functions the constraint stands for. */
function checkValue(ctx: Context, c: AttributeConstraint, value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (c.allowed_values && !c.allowed_values.includes(value)) {
      const shown =
        c.allowed_values.length > 12
          ? `${c.allowed_values.slice(0, 12).join(', ')}, ... (${c.allowed_values.length} values)`
          : c.allowed_values.join(', ');
      report(ctx, path, 'Invalid value', `"${path}" must contain a value from [${shown}], got "${value}".`);
    }
    if (c.pattern !== undefined) {
      // ValidateRegexpLen: a value that does not match fails on the pattern alone; the length is
      // checked only for a value that matches.
      if (!new RegExp(c.pattern).test(value)) report(ctx, path, 'Invalid format', `"${path}" ("${value}") should match regexp ${c.pattern}.`);
      else if ((c.min_length !== undefined && value.length < c.min_length) || (c.max_length !== undefined && value.length > c.max_length)) {
        report(ctx, path, 'Invalid length', `"${path}" ("${value}") must contain from ${c.min_length} to ${c.max_length} characters.`);
      }
    }
    if (c.format === 'ip_or_cidr' && !isIpOrCidr(value))
      report(ctx, path, 'Invalid address', `"${path}" must be a valid remote ip address (cidr or ip), got "${value}".`);
  } else if (typeof value === 'number') {
    if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
      report(ctx, path, 'Value out of range', `expected "${path}" to be in the range (${c.min ?? '-inf'} - ${c.max ?? 'inf'}), got ${value}.`);
    }
  }
}

function checkBlockType(ctx: Context, bt: SchemaBlockType, value: unknown, cPrefix: string, aPrefix: string, path: string): void {
  if (bt.nesting_mode === 'single' || bt.nesting_mode === 'group') {
    const item = Array.isArray(value) && value.length <= 1 ? value[0] : value;
    if (item === undefined) return;
    if (!isPlainObject(item)) {
      report(ctx, path, 'Incorrect block type', `"${path}" must be a block (JSON object).`);
      return;
    }
    validateBlock(ctx, bt.block, item, cPrefix, aPrefix, `${path}.`, new Set());
    return;
  }
  if (bt.nesting_mode === 'map') {
    if (!isPlainObject(value)) {
      report(ctx, path, 'Incorrect block type', `"${path}" must be a map of blocks.`);
      return;
    }
    for (const [k, item] of Object.entries(value)) {
      if (isPlainObject(item)) validateBlock(ctx, bt.block, item, cPrefix, `${aPrefix}${k}.`, `${path}.${k}.`, new Set());
      else report(ctx, `${path}.${k}`, 'Incorrect block type', `"${path}.${k}" must be a block (JSON object).`);
    }
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  if (bt.max_items !== undefined && bt.max_items > 0 && items.length > bt.max_items) {
    report(ctx, path, 'Too many blocks', `No more than ${bt.max_items} "${path}" block(s) are allowed, got ${items.length}.`);
  }
  if (bt.min_items !== undefined && items.length < bt.min_items) {
    report(ctx, path, 'Insufficient blocks', `At least ${bt.min_items} "${path}" block(s) are required, got ${items.length}.`);
  }
  items.forEach((item, i) => {
    if (isReference(item)) return;
    if (!isPlainObject(item)) {
      report(ctx, `${path}[${i}]`, 'Incorrect block type', `"${path}[${i}]" must be a block (JSON object).`);
      return;
    }
    validateBlock(ctx, bt.block, item, cPrefix, `${aPrefix}${i}.`, `${path}[${i}].`, new Set());
  });
}
