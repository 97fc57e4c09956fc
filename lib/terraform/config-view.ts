import { ExtData } from '@msgpack/msgpack';
import { isUnknown, TerraformValue } from './msgpack-values';

/** Plain JSON-like data as the schema validator expects a configuration. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Stands for a value that is unknown until apply (typically a reference to another resource).
 * It has the `${...}` form of a cdktf reference, which the validator accepts for any type and
 * exempts from value checks, while still counting it as set for required arguments.
 */
export const UNKNOWN_PLACEHOLDER = '${unknown}';

/**
 * Turns a decoded configuration into plain data, shaped like a resource body in `cdk.tf.json`,
 * for the validator: null attributes are left out (as if not written), unknown values become
 * {@link UNKNOWN_PLACEHOLDER}, 64-bit integers become numbers.
 */
export function toValidatorInput(value: TerraformValue): PlainValue {
  if (value === null) {
    return null;
  }
  if (isUnknown(value) || value instanceof ExtData) {
    return UNKNOWN_PLACEHOLDER;
  }
  if (typeof value === 'bigint') {
    return Number(value);
  }
  if (value instanceof Uint8Array) {
    return Buffer.from(value).toString('utf8');
  }
  if (Array.isArray(value)) {
    return value.map(toValidatorInput);
  }
  if (typeof value === 'object') {
    const result: { [key: string]: PlainValue } = {};
    for (const [key, element] of Object.entries(value)) {
      const converted = toValidatorInput(element);
      if (converted !== null) {
        result[key] = converted;
      }
    }
    return result;
  }
  return value;
}
