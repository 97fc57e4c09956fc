import type { SourceField, SourceTranscription, SourceValidatorEntry } from './source-transcription';
import type {
  AttributeConstraint,
  CtyType,
  PlanCheck,
  ProviderSchemaFile,
  ResourceConstraints,
  ResourceSchema,
  SchemaAttribute,
  SchemaBlock,
  SchemaBlockType,
} from './types';

/** The IBM provider's source address as written in `required_providers`. */
export const IBM_PROVIDER_SOURCE = 'IBM-Cloud/ibm';

/** Provider address used as the key of `provider_schemas`: the registry host and source, lower case as Terraform prints it. */
export const IBM_PROVIDER_ADDRESS = `registry.terraform.io/${IBM_PROVIDER_SOURCE.toLowerCase()}`;

/**
 * What the plain validators of `ibm/validate/validators.go` accept (each a fixed table in that file);
 * `validate.InvokeValidator` entries and literal arguments are read from the transcription instead.
 */
const PLAIN_VALIDATORS: Readonly<Record<string, AttributeConstraint>> = {
  'validate.ValidateSecurityRuleDirection': { allowed_values: ['egress', 'ingress'] },
  'validate.ValidateSecurityRuleEtherType': { allowed_values: ['IPv4', 'IPv6'] },
  'validate.ValidateSecurityRuleProtocol': { allowed_values: ['icmp', 'tcp', 'udp'] },
  'validate.ValidateRemoteIP': { format: 'ip_or_cidr' },
  'validate.ValidateIPorCIDR': { format: 'ip_or_cidr' },
};

/**
 * What each `CustomizeDiff` function of the transcribed resources does when a resource is created
 * (the only case offline, where the state is empty), read from its body at the tags:
 * `ResourceSgRuleProtocolValidate` (vpc/resource_ibm_is_security_group_rule.go, v2.5.0:244) and
 * `ResourceNaclRuleProtocolValidate` (vpc/resource_ibm_is_network_acl_rule.go, v2.5.0:293) refuse
 * `type`/`code` unless `protocol` is icmp and ports unless it is tcp or udp;
 * `flex.ResourceTagsCustomizeDiff` (ibm/flex/structures.go) only acts on an update;
 * `flex.ResourceValidateAccessTags` (ibm/flex/structures.go) lists the account's access tags through
 * the Global Tagging API when `access_tags` is set.
 */
const CUSTOMIZE_DIFF_FUNCTIONS: Readonly<Record<string, Omit<PlanCheck, 'function' | 'from'> | null>> = {
  ResourceSgRuleProtocolValidate: {
    protocol_only: [
      { attribute: 'type', protocols: ['icmp'] },
      { attribute: 'code', protocols: ['icmp'] },
      { attribute: 'port_min', protocols: ['tcp', 'udp'] },
      { attribute: 'port_max', protocols: ['tcp', 'udp'] },
    ],
  },
  ResourceNaclRuleProtocolValidate: {
    protocol_only: [
      { attribute: 'type', protocols: ['icmp'] },
      { attribute: 'code', protocols: ['icmp'] },
      { attribute: 'port_min', protocols: ['tcp', 'udp'] },
      { attribute: 'port_max', protocols: ['tcp', 'udp'] },
      { attribute: 'source_port_max', protocols: ['tcp', 'udp'] },
      { attribute: 'source_port_min', protocols: ['tcp', 'udp'] },
    ],
  },
  'flex.ResourceTagsCustomizeDiff': null,
  'flex.ResourceValidateAccessTags': { api_when_set: 'access_tags' },
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function primitive(type: string | undefined, where: string): CtyType {
  switch (type) {
    case 'TypeString':
      return 'string';
    case 'TypeInt':
    case 'TypeFloat':
      return 'number';
    case 'TypeBool':
      return 'bool';
    default:
      throw new Error(`${where}: ${type} is not a primitive type`);
  }
}

/** The cty type of a field, as helper/schema's `coreConfigSchemaType` gives it. */
function ctyType(f: SourceField, where: string): CtyType {
  if (f.type === 'TypeList' || f.type === 'TypeSet' || f.type === 'TypeMap') {
    const kind = f.type === 'TypeList' ? 'list' : f.type === 'TypeSet' ? 'set' : 'map';
    if (f.elem === undefined) return [kind, 'string'];
    if (f.elem.schema !== undefined) {
      if (kind === 'map') return ['map', 'string'];
      const fields: Record<string, CtyType> = {};
      for (const [name, sub] of Object.entries(f.elem.schema)) fields[name] = ctyType(sub, `${where}.${name}`);
      return [kind, ['object', fields]];
    }
    return [kind, ctyType(f.elem, `${where}[]`)];
  }
  return primitive(f.type, where);
}

/** The validator a `ValidateFunc` stands for, or undefined when it validates nothing at this tag. */
function validatorConstraint(
  t: SourceTranscription,
  file: string,
  f: SourceField,
  where: string,
): { constraint: AttributeConstraint; from: string[] } | undefined {
  const v = f.validate;
  if (v === undefined) return undefined;
  const at = `${file}:${v.line ?? f.line}`;
  if (v.function === 'validate.InvokeValidator') {
    // InvokeValidator returns nil (no validation) when the resource has no registered table or the
    // table has no entry with that identifier.
    const table = t.validators[v.resource ?? ''];
    const entry = table?.entries[v.identifier ?? ''];
    if (table === undefined || entry === undefined) return undefined;
    return { constraint: invokeConstraint(entry, where), from: [at, `${table.file}:${entry.line}`] };
  }
  if (v.function === 'validate.ValidateAllowedStringValues' || (v.function === 'validation.StringInSlice' && v.ignore_case === false)) {
    return { constraint: { allowed_values: [...(v.values ?? [])] }, from: [at] };
  }
  if (v.function === 'validation.IntBetween') return { constraint: { min: v.min, max: v.max }, from: [at] };
  const plain = PLAIN_VALIDATORS[v.function];
  if (plain) return { constraint: plain, from: [at, `ibm/validate/validators.go (${v.function.replace('validate.', '')})`] };
  throw new Error(`${where}: no mapping for ValidateFunc ${v.function}`);
}

/** The check `invokeValidatorInternal` builds for one validator table entry. */
function invokeConstraint(e: SourceValidatorEntry, where: string): AttributeConstraint {
  switch (e.function) {
    case 'ValidateAllowedStringValue':
      // GetValue splits the comma-separated list and trims each value.
      return { allowed_values: (e.allowed_values ?? '').split(',').map((s) => s.trim()) };
    case 'IntBetween':
      return { min: Number.parseInt(e.min_value ?? '', 10), max: Number.parseInt(e.max_value ?? '', 10) };
    case 'ValidateRegexpLen':
      if (!(e.min_value_length! > 0 && e.max_value_length! > 0)) throw new Error(`${where}: ValidateRegexpLen without positive bounds`);
      return { pattern: e.regexp, min_length: e.min_value_length, max_length: e.max_value_length };
    case 'ValidateIPorCIDR':
      return { format: 'ip_or_cidr' };
    default:
      throw new Error(`${where}: no mapping for validator function ${e.function}`);
  }
}

interface BuildContext {
  readonly t: SourceTranscription;
  readonly file: string;
  readonly constraints: Record<string, AttributeConstraint>;
}

function record(ctx: BuildContext, path: string, f: SourceField, where: string): void {
  const c: Mutable<AttributeConstraint> = {};
  const v =
    validatorConstraint(ctx.t, ctx.file, f, where) ??
    (f.elem && f.elem.schema === undefined ? validatorConstraint(ctx.t, ctx.file, f.elem, `${where}[]`) : undefined);
  if (v) Object.assign(c, v.constraint);
  if (f.default !== undefined && f.default !== null) c.default = f.default;
  if (f.conflicts_with?.length) c.conflicts_with = [...f.conflicts_with];
  if (f.required_with?.length) c.required_with = [...f.required_with];
  if (f.exactly_one_of?.length) c.exactly_one_of = [...f.exactly_one_of];
  if (f.at_least_one_of?.length) c.at_least_one_of = [...f.at_least_one_of];
  if (f.force_new) c.force_new = true;
  if (f.deprecated) c.deprecated = f.deprecated;
  if (f.default_func) {
    c.env = [...f.default_func.env];
    if (f.default_func.default !== undefined && f.default_func.default !== null) c.env_default = f.default_func.default;
  }
  if (Object.keys(c).length === 0) return;
  c.from = [`${ctx.file}:${f.line}`, ...(v?.from ?? [])];
  ctx.constraints[path] = c;
}

/** helper/schema `coreConfigSchema` of one `schema.Schema` map, recording constraints as it goes. */
function block(ctx: BuildContext, fields: Readonly<Record<string, SourceField>>, prefix: string, where: string): Mutable<SchemaBlock> {
  const attributes: Record<string, SchemaAttribute> = {};
  const blockTypes: Record<string, SchemaBlockType> = {};
  for (const [name, f] of Object.entries(fields)) {
    const at = `${where}.${name}`;
    record(ctx, prefix + name, f, at);
    const nested = f.elem?.schema;
    const computedOnly = f.computed === true && f.optional !== true && f.required !== true;
    const asAttribute =
      nested === undefined ||
      f.type === 'TypeMap' ||
      f.config_mode === 'SchemaConfigModeAttr' ||
      (f.config_mode !== 'SchemaConfigModeBlock' && computedOnly);
    if (asAttribute) {
      attributes[name] = attribute(f, at);
      continue;
    }
    const inner = block(ctx, nested, `${prefix}${name}.`, at);
    if (f.description) Object.assign(inner, { description: f.description, description_kind: 'plain' });
    if (f.deprecated) inner.deprecated = true;
    let minItems = f.min_items ?? 0;
    let maxItems = f.max_items ?? 0;
    if (f.required && minItems === 0) minItems = 1;
    if (f.optional && minItems > 0) minItems = 0;
    if (f.computed && !f.optional) {
      minItems = 0;
      maxItems = 0;
    }
    const bt: Mutable<SchemaBlockType> = { nesting_mode: f.type === 'TypeSet' ? 'set' : f.type === 'TypeMap' ? 'map' : 'list', block: inner };
    if (minItems > 0) bt.min_items = minItems;
    if (maxItems > 0) bt.max_items = maxItems;
    blockTypes[name] = bt;
  }
  const out: Mutable<SchemaBlock> = {};
  if (Object.keys(attributes).length > 0) out.attributes = attributes;
  if (Object.keys(blockTypes).length > 0) out.block_types = blockTypes;
  out.description_kind = 'plain';
  return out;
}

function attribute(f: SourceField, where: string): SchemaAttribute {
  const a: Mutable<SchemaAttribute> = { type: ctyType(f, where), description_kind: 'plain' };
  if (f.description) a.description = f.description;
  // A Required field with a DefaultFunc that yields a value is reported as Optional; none of the
  // transcribed fields combines the two, so Required is taken as written.
  if (f.required) a.required = true;
  if (f.optional) a.optional = true;
  if (f.computed) a.computed = true;
  if (f.sensitive) a.sensitive = true;
  if (f.deprecated) a.deprecated = true;
  return a;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Builds the provider schema file of one release from its transcription: the provider block and each
 * resource as terraform-plugin-sdk v2's `CoreConfigSchema` reports them to Terraform (an `id`
 * attribute added to each resource, `timeouts` as a single nested block, Optional nested blocks
 * without MinItems, computed-only nested lists as attributes), plus, under `constraints`, every check
 * the SDK's `schemaMap.Validate` runs at `terraform validate` that the JSON schema cannot express.
 * @param t the transcription of one tag
 * @param transcriptionPath where the transcription is committed, recorded in `source`
 */
export function buildProviderSchema(t: SourceTranscription, transcriptionPath: string): ProviderSchemaFile {
  const constraints: Record<string, ResourceConstraints> = {};
  const providerCtx: BuildContext = { t, file: t.provider.file, constraints: {} };
  const providerBlock = block(providerCtx, t.provider.schema, '', 'provider');
  constraints.provider = sortKeys(providerCtx.constraints);
  const resourceSchemas: Record<string, ResourceSchema> = {};
  const planChecks: Record<string, PlanCheck[]> = {};
  for (const [type, r] of Object.entries(t.resources).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ctx: BuildContext = { t, file: r.file, constraints: {} };
    const b = block(ctx, r.schema, '', type);
    const attributes = { ...(b.attributes ?? {}) };
    if (attributes.id === undefined) attributes.id = { type: 'string', description_kind: 'plain', optional: true, computed: true };
    b.attributes = sortKeys(attributes);
    if (r.timeouts !== undefined) {
      const timeoutAttributes: Record<string, SchemaAttribute> = {};
      for (const op of r.timeouts) timeoutAttributes[op] = { type: 'string', description_kind: 'plain', optional: true };
      b.block_types = sortKeys({
        ...(b.block_types ?? {}),
        timeouts: { nesting_mode: 'single', block: { attributes: timeoutAttributes, description_kind: 'plain' } },
      });
    }
    resourceSchemas[type] = { version: r.schema_version, block: b };
    constraints[type] = sortKeys(ctx.constraints);
    const checks = (r.customize_diff ?? []).flatMap((call): PlanCheck[] => {
      const known = CUSTOMIZE_DIFF_FUNCTIONS[call.function];
      if (known === undefined) throw new Error(`${r.file}:${call.line}: no mapping for CustomizeDiff function ${call.function}`);
      return known === null ? [] : [{ function: call.function, from: [`${r.file}:${call.line}`], ...known }];
    });
    if (checks.length > 0) planChecks[type] = checks;
  }
  return {
    format_version: '1.0',
    source: {
      repository: t.repository,
      registry: IBM_PROVIDER_SOURCE,
      release: t.version,
      tag: t.tag,
      commit: t.commit,
      date: t.date,
      transcription: transcriptionPath,
      files: t.files,
      note:
        'Built by scripts/build-ibm-schemas.ts from the transcription of the Go source at this tag alone. ' +
        'provider_schemas follows terraform-plugin-sdk v2 CoreConfigSchema; constraints hold the checks its schemaMap.Validate runs ' +
        '(ValidateFunc, ConflictsWith, RequiredWith, ExactlyOneOf, AtLeastOneOf; keys in those lists are absolute paths from the resource root, ' +
        'as the SDK reads them), each with the file:line it comes from. plan_checks hold what the CustomizeDiff functions check when a resource is created; they run at plan, not at validate.',
    },
    provider_schemas: {
      [IBM_PROVIDER_ADDRESS]: { provider: { version: 0, block: providerBlock as SchemaBlock }, resource_schemas: resourceSchemas },
    },
    constraints,
    plan_checks: planChecks,
  };
}
