import { ExtData } from '@msgpack/msgpack';
import { isUnknown, TerraformValue } from './msgpack-values';

/** Plain JSON-like data as the schema validator expects a configuration. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Turns a decoded configuration into plain data for the validator: null attributes are left
 * out (as if not written), attributes whose value is unknown until apply (references to other
 * resources) are left out because they cannot be checked yet, and integers beyond 2^53 become
 * strings. Unknown list elements are dropped for the same reason.
 */
export function toValidatorInput(value: TerraformValue): PlainValue | undefined {
  if (value === null || isUnknown(value) || value instanceof ExtData) {
    return value === null ? null : undefined;
  }
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Uint8Array) {
    return Buffer.from(value).toString('utf8');
  }
  if (Array.isArray(value)) {
    return value.map(toValidatorInput).filter((element): element is PlainValue => element !== undefined);
  }
  if (typeof value === 'object') {
    const result: { [key: string]: PlainValue } = {};
    for (const [key, element] of Object.entries(value)) {
      const converted = toValidatorInput(element);
      if (converted !== undefined && converted !== null) {
        result[key] = converted;
      }
    }
    return result;
  }
  return value;
}
