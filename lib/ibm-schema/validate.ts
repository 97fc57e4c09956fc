import { IbmProviderSchema } from './provider-schema';
import type { AttributeConstraint, ResourceConstraints, SchemaAttribute, SchemaBlock, SchemaBlockType, SchemaDiagnostic } from './types';
import { describeType, isIpOrCidr, isPlainObject, isReference, typeMismatches } from './values';

/** Terraform meta-arguments (and cdktf's `//` comment key) allowed at the top of a resource body. */
export const RESOURCE_META_ARGUMENTS: readonly string[] = ['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//'];

/** Meta-arguments allowed at the top of a provider configuration. */
export const PROVIDER_META_ARGUMENTS: readonly string[] = ['alias', 'version', '//'];

interface Context {
  readonly resourceType: string;
  readonly constraints: ResourceConstraints;
  readonly out: SchemaDiagnostic[];
}

/**
 * Checks one resource body, as found in cdktf's `cdk.tf.json` under `resource.<type>.<name>`,
 * against the committed schema and its recorded constraints. Returns an empty list when it conforms.
 */
export function validateResourceConfig(type: string, config: unknown, schema: IbmProviderSchema = IbmProviderSchema.load()): SchemaDiagnostic[] {
  const resource = schema.resourceSchema(type);
  if (!resource) {
    return [diag(type, '', 'Unknown resource type', `"${type}" is not one of the resource types in the IBM provider schema (${schema.resourceTypes.join(', ')}).`)];
  }
  return validateBody(type, resource.block, schema.constraints(type), config, RESOURCE_META_ARGUMENTS);
}

/** Checks a provider configuration (`provider.ibm[n]` in `cdk.tf.json`) against the provider block schema. */
export function validateProviderConfig(config: unknown, schema: IbmProviderSchema = IbmProviderSchema.load()): SchemaDiagnostic[] {
  return validateBody('provider', schema.providerSchema.block, schema.constraints('provider'), config, PROVIDER_META_ARGUMENTS);
}

function validateBody(resourceType: string, block: SchemaBlock, constraints: ResourceConstraints, config: unknown, meta: readonly string[]): SchemaDiagnostic[] {
  const ctx: Context = { resourceType, constraints, out: [] };
  if (!isPlainObject(config)) {
    ctx.out.push(diag(resourceType, '', 'Invalid configuration', `The ${resourceType} configuration must be a JSON object.`));
    return ctx.out;
  }
  validateBlock(ctx, block, config, '', '', new Set(meta));
  return ctx.out;
}

function diag(resourceType: string, attribute: string, summary: string, detail: string): SchemaDiagnostic {
  return { resourceType, attribute, severity: 'error', summary, detail };
}

function report(ctx: Context, attribute: string, summary: string, detail: string): void {
  ctx.out.push(diag(ctx.resourceType, attribute, summary, detail));
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

function validateBlock(ctx: Context, block: SchemaBlock, value: Record<string, unknown>, cPrefix: string, dPrefix: string, extra: ReadonlySet<string>): void {
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  for (const [key, v] of Object.entries(value)) {
    if (extra.has(key) || v === undefined || v === null) continue;
    const path = dPrefix + key;
    if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      checkAttribute(ctx, attributes[key], ctx.constraints[cPrefix + key], v, path);
    } else if (Object.prototype.hasOwnProperty.call(blockTypes, key)) {
      checkBlockType(ctx, blockTypes[key], v, `${cPrefix}${key}.`, path);
    } else {
      report(ctx, path, 'Unsupported argument', `An argument named "${key}" is not expected here (${ctx.resourceType}).`);
    }
  }
  for (const [key, attr] of Object.entries(attributes)) {
    if (isSet(value[key])) continue;
    if (attr.required) {
      report(ctx, dPrefix + key, 'Missing required argument', `The argument "${key}" is required, but no definition was found.`);
    } else if (ctx.constraints[cPrefix + key]?.required_in_code) {
      report(ctx, dPrefix + key, 'Missing required argument', `The provider fails at create time without "${key}".`);
    }
  }
  for (const [key, bt] of Object.entries(blockTypes)) {
    const minItems = bt.min_items ?? 0;
    if (minItems > 0 && !isSet(value[key])) {
      report(ctx, dPrefix + key, 'Insufficient blocks', `At least ${minItems} "${key}" block(s) are required.`);
    }
  }
  for (const key of Object.keys(value)) {
    const c = ctx.constraints[cPrefix + key];
    if (c && isSet(value[key]) && !extra.has(key)) checkCrossField(ctx, c, key, value, dPrefix);
  }
}

function checkCrossField(ctx: Context, c: AttributeConstraint, key: string, siblings: Record<string, unknown>, dPrefix: string): void {
  const path = dPrefix + key;
  for (const other of c.conflicts_with ?? []) {
    if (isSet(siblings[other])) report(ctx, path, 'Conflicting configuration arguments', `"${key}": conflicts with ${other}.`);
  }
  for (const other of [...(c.required_with ?? []), ...(c.required_with_in_code ?? [])]) {
    if (!isSet(siblings[other])) report(ctx, path, 'Missing required argument', `"${key}": all of \`${[key, other].join(',')}\` must be specified (${other} is missing).`);
  }
  if (c.only_when) {
    const other = siblings[c.only_when.attribute];
    if (isSet(other) && !isReference(other) && !c.only_when.values.includes(String(other))) {
      report(ctx, path, 'Invalid combination of arguments', `"${key}" is only valid when ${c.only_when.attribute} is ${c.only_when.values.join(' or ')}, not "${String(other)}".`);
    }
  }
}

function checkAttribute(ctx: Context, attr: SchemaAttribute, c: AttributeConstraint | undefined, value: unknown, path: string): void {
  if (attr.computed && !attr.optional && !attr.required) {
    report(ctx, path, 'Value for unconfigurable attribute', `Can't configure a value for "${path}": its value will be decided automatically based on the result of applying this configuration.`);
    return;
  }
  const mismatches = typeMismatches(attr.type, value);
  if (mismatches.length > 0) {
    for (const m of mismatches) report(ctx, path + m, 'Incorrect attribute value type', `Inappropriate value for attribute "${path}": ${describeType(attr.type)} required.`);
    return;
  }
  if (!c || isReference(value)) return;
  const items = Array.isArray(value) ? value.map((v, i) => [v, `${path}[${i}]`] as const) : [[value, path] as const];
  for (const [item, itemPath] of items) {
    if (!isReference(item)) checkValue(ctx, c, item, itemPath);
  }
}

function checkValue(ctx: Context, c: AttributeConstraint, value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (c.allowed_values && !c.allowed_values.includes(value)) {
      const shown = c.allowed_values.length > 12 ? `${c.allowed_values.slice(0, 12).join(', ')}, ... (${c.allowed_values.length} values)` : c.allowed_values.join(', ');
      report(ctx, path, 'Invalid value', `"${path}" must be one of [${shown}], got "${value}".`);
    }
    if (c.min_length !== undefined && value.length < c.min_length) report(ctx, path, 'Value too short', `"${path}" must be at least ${c.min_length} characters long.`);
    if (c.max_length !== undefined && value.length > c.max_length) report(ctx, path, 'Value too long', `"${path}" must be at most ${c.max_length} characters long, got ${value.length}.`);
    if (c.pattern !== undefined && !new RegExp(c.pattern).test(value)) report(ctx, path, 'Invalid format', `"${path}" must match ${c.pattern}, got "${value}".`);
    if (c.format === 'ip_or_cidr' && !isIpOrCidr(value)) report(ctx, path, 'Invalid address', `"${path}" must be an IP address or a CIDR block, got "${value}".`);
  } else if (typeof value === 'number') {
    if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
      report(ctx, path, 'Value out of range', `"${path}" must be between ${c.min ?? '-inf'} and ${c.max ?? 'inf'}, got ${value}.`);
    }
  }
}

function checkBlockType(ctx: Context, bt: SchemaBlockType, value: unknown, cPrefix: string, path: string): void {
  if (isReference(value)) return;
  if (bt.nesting_mode === 'single' || bt.nesting_mode === 'group') {
    const item = Array.isArray(value) && value.length <= 1 ? value[0] : value;
    if (item === undefined) return;
    if (!isPlainObject(item)) {
      report(ctx, path, 'Incorrect block type', `"${path}" must be a block (JSON object).`);
      return;
    }
    validateBlock(ctx, bt.block, item, cPrefix, `${path}.`, new Set());
    return;
  }
  if (bt.nesting_mode === 'map') {
    if (!isPlainObject(value)) {
      report(ctx, path, 'Incorrect block type', `"${path}" must be a map of blocks.`);
      return;
    }
    for (const [k, item] of Object.entries(value)) {
      if (isPlainObject(item)) validateBlock(ctx, bt.block, item, cPrefix, `${path}.${k}.`, new Set());
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
    validateBlock(ctx, bt.block, item, cPrefix, `${path}[${i}].`, new Set());
  });
}
