import { isUnknown, TerraformValue, UnknownValue } from './msgpack-values';
import type { SchemaAttributeJson, SchemaBlockJson } from '../ibm-schema/schema-json';

type ObjectValue = { [key: string]: TerraformValue };

function isObject(value: TerraformValue | undefined): value is ObjectValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isUnknown(value) &&
    !(value instanceof Uint8Array) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function isNull(value: TerraformValue | undefined): boolean {
  return value === null || value === undefined;
}

function planAttribute(attribute: SchemaAttributeJson, config: TerraformValue | undefined, proposed: TerraformValue): TerraformValue {
  if (attribute.computed === true && isNull(config) && isNull(proposed)) {
    return UnknownValue.plain();
  }
  const nested = attribute.nested_type;
  if (nested === undefined || isNull(proposed) || isUnknown(proposed)) {
    return proposed;
  }
  const inner: SchemaBlockJson = { attributes: nested.attributes };
  return planNested(nested.nesting_mode, inner, config, proposed);
}

function planNested(mode: string | undefined, block: SchemaBlockJson, config: TerraformValue | undefined, proposed: TerraformValue): TerraformValue {
  if (mode === 'single' || mode === 'group') {
    return isObject(proposed) ? planObject(block, isObject(config) ? config : undefined, proposed) : proposed;
  }
  if ((mode === 'list' || mode === 'set') && Array.isArray(proposed)) {
    const configList = mode === 'list' && Array.isArray(config) ? config : undefined;
    return proposed.map((element, index) => {
      if (!isObject(element)) {
        return element;
      }
      const configElement = configList ? configList[index] : element;
      return planObject(block, isObject(configElement) ? configElement : undefined, element);
    });
  }
  if (mode === 'map' && isObject(proposed)) {
    const configMap = isObject(config) ? config : undefined;
    return Object.fromEntries(
      Object.entries(proposed).map(([key, element]) => {
        const configElement = configMap?.[key];
        return [key, isObject(element) ? planObject(block, isObject(configElement) ? configElement : undefined, element) : element];
      }),
    );
  }
  return proposed;
}

function planObject(block: SchemaBlockJson, config: ObjectValue | undefined, proposed: ObjectValue): ObjectValue {
  const result: ObjectValue = { ...proposed };
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    if (name in result) {
      result[name] = planAttribute(attribute, config?.[name], result[name]);
    }
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const value = result[name];
    if (value !== undefined && !isNull(value) && !isUnknown(value)) {
      result[name] = planNested(nested.nesting_mode, nested.block ?? {}, config?.[name], value);
    }
  }
  return result;
}

/**
 * Computes the planned new state of a managed resource: the proposed new state, where every
 * computed attribute that is null in the configuration and in the proposal becomes unknown
 * ("known after apply"). Values already unknown are returned as the same objects, so they
 * re-encode to the same bytes. A null proposal (destroy) is returned unchanged.
 */
export function planNewState(block: SchemaBlockJson, config: TerraformValue, proposed: TerraformValue): TerraformValue {
  if (!isObject(proposed)) {
    return proposed;
  }
  return planObject(block, isObject(config) ? config : undefined, proposed);
}
