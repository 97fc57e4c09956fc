import { decode, encode, ExtData, ExtensionCodec } from '@msgpack/msgpack';

/** Msgpack extension type Terraform uses for a wholly unknown value. */
export const UNKNOWN_EXTENSION_TYPE = 0;
/** Msgpack extension type Terraform uses for an unknown value with refinements (e.g. "not null"). */
export const REFINED_UNKNOWN_EXTENSION_TYPE = 12;

/**
 * A value that is not known until apply. It keeps the extension type and payload exactly as
 * Terraform sent them, so re-encoding yields the same bytes (refinements survive).
 */
export class UnknownValue {
  /** A plain unknown, encoded like cty does: fixext1, type 0, payload 0x00. */
  public static plain(): UnknownValue {
    return new UnknownValue(UNKNOWN_EXTENSION_TYPE, Uint8Array.of(0));
  }

  /** Creates an unknown value from an extension type and its payload bytes. */
  public constructor(
    public readonly extensionType: number,
    public readonly payload: Uint8Array,
  ) {}

  /** True when Terraform attached refinements to this unknown value. */
  public get refined(): boolean {
    return this.extensionType === REFINED_UNKNOWN_EXTENSION_TYPE;
  }
}

/** A Terraform value decoded from msgpack: unknowns stay distinguishable from every known value. */
export type TerraformValue =
  null | boolean | number | bigint | string | Uint8Array | UnknownValue | ExtData | TerraformValue[] | { [key: string]: TerraformValue };

const codec = new ExtensionCodec();
for (const type of [UNKNOWN_EXTENSION_TYPE, REFINED_UNKNOWN_EXTENSION_TYPE]) {
  codec.register({
    type,
    encode: (input: unknown) => (input instanceof UnknownValue && input.extensionType === type ? input.payload : null),
    decode: (data: Uint8Array) => new UnknownValue(type, data.slice()),
  });
}

/** True when `value` is an unknown (type 0 or refined type 12) value. */
export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

/**
 * Decodes a msgpack-encoded Terraform value. Unknowns become {@link UnknownValue}; 64-bit
 * integers become `bigint` so no precision is lost; other extension types stay `ExtData`.
 */
export function decodeTerraformValue(bytes: Uint8Array): TerraformValue {
  return decode(bytes, { extensionCodec: codec, useBigInt64: true }) as TerraformValue;
}

/** Encodes a Terraform value as msgpack; unknowns and other extensions keep their original bytes. */
export function encodeTerraformValue(value: TerraformValue): Uint8Array {
  return encode(value, { extensionCodec: codec, useBigInt64: true });
}
