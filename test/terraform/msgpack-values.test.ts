import { encode } from '@msgpack/msgpack';
import {
  decodeTerraformValue,
  encodeTerraformValue,
  isUnknown,
  planNewState,
  toValidatorInput,
  UNKNOWN_PLACEHOLDER,
  UnknownValue,
} from '../../lib/terraform';
import { SchemaBlockJson } from '../../lib/ibm-schema';

/** Msgpack of `{ group: <unknown>, direction: "inbound", remote: <refined unknown>, port_min: null }` as Terraform sends it. */
function terraformBytes(): Uint8Array {
  return Uint8Array.from([
    0x84,
    // "group": fixext1 type 0, payload 0x00 (cty's plain unknown)
    0xa5,
    ...Buffer.from('group'),
    0xd4,
    0x00,
    0x00,
    // "direction": "inbound"
    0xa9,
    ...Buffer.from('direction'),
    0xa7,
    ...Buffer.from('inbound'),
    // "remote": ext8 type 12 with a 4-byte refinement payload (not null, string prefix "10.")
    0xa6,
    ...Buffer.from('remote'),
    0xc7,
    0x06,
    0x0c,
    0x82,
    0x01,
    0xc3,
    0x02,
    0xa1,
    0x31,
    // "port_min": nil
    0xa8,
    ...Buffer.from('port_min'),
    0xc0,
  ]);
}

describe('msgpack values', () => {
  test('unknown values (type 0 and refined type 12) survive decode and encode byte for byte', () => {
    const bytes = terraformBytes();
    const value = decodeTerraformValue(bytes) as Record<string, unknown>;
    expect(isUnknown(value.group)).toBe(true);
    expect((value.group as UnknownValue).refined).toBe(false);
    expect(isUnknown(value.remote)).toBe(true);
    expect((value.remote as UnknownValue).refined).toBe(true);
    expect(value.direction).toBe('inbound');
    expect(value.port_min).toBeNull();
    expect(Buffer.from(encodeTerraformValue(value as never)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a plain unknown encodes as cty does (fixext1, type 0, payload 0)', () => {
    expect(Array.from(encodeTerraformValue(UnknownValue.plain()))).toEqual([0xd4, 0x00, 0x00]);
  });

  test('64-bit integers keep their precision', () => {
    const big = 2n ** 60n + 1n;
    const bytes = encode({ n: big }, { useBigInt64: true });
    const value = decodeTerraformValue(bytes) as Record<string, unknown>;
    expect(value.n).toBe(big);
    expect(Buffer.from(encodeTerraformValue(value as never)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('the validator sees a cdk.tf.json-like body: nulls dropped, unknowns as a reference', () => {
    expect(toValidatorInput(decodeTerraformValue(terraformBytes()))).toEqual({
      group: UNKNOWN_PLACEHOLDER,
      direction: 'inbound',
      remote: UNKNOWN_PLACEHOLDER,
    });
  });
});

describe('planned state', () => {
  const block: SchemaBlockJson = {
    attributes: {
      id: { type: 'string', optional: true, computed: true },
      group: { type: 'string', required: true },
      remote: { type: 'string', optional: true, computed: true },
      rule_id: { type: 'string', computed: true },
      port_min: { type: 'number', optional: true },
    },
    block_types: {
      rules: {
        nesting_mode: 'list',
        block: { attributes: { name: { type: 'string', required: true }, ip_version: { type: 'string', computed: true } } },
      },
    },
  };

  test('computed attributes null in the configuration become unknown; unknowns pass through unchanged', () => {
    const refined = new UnknownValue(12, Uint8Array.from([0x81, 0x01, 0xc3]));
    const group = UnknownValue.plain();
    const config = { id: null, group, remote: refined, rule_id: null, port_min: null, rules: [{ name: 'a', ip_version: null }] };
    const planned = planNewState(block, config, { ...config, rules: [{ name: 'a', ip_version: null }] }) as Record<string, unknown>;
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.rule_id)).toBe(true);
    expect(planned.group).toBe(group);
    expect(planned.remote).toBe(refined);
    expect(planned.port_min).toBeNull();
    expect(isUnknown((planned.rules as Record<string, unknown>[])[0].ip_version)).toBe(true);
    const bytes = Buffer.from(encodeTerraformValue(planned as never));
    expect(bytes.includes(Buffer.from([0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc3]))).toBe(true);
  });

  test('values already in the proposal (prior state) are kept; a null proposal stays null', () => {
    const proposed = { id: 'r006-sg.r006-rule', group: 'r006-sg', remote: '10.0.0.0/8', rule_id: 'r006-rule', port_min: 2548, rules: [] };
    expect(planNewState(block, { ...proposed, id: null, rule_id: null }, proposed)).toEqual(proposed);
    expect(planNewState(block, null, null)).toBeNull();
  });
});
