import { formatCidr } from '../../lib/core/ipv4';
import { terraformContainer } from '../../lib/review/terraform-values';
import { describeResolved, isCloudFormationIntrinsic, readCidr, readInteger, readPortRange } from '../../lib/review/values';

/**
 * How the readers take values out of synthesized output: anything they cannot read exactly becomes
 * unresolved, with the text that stood there, so the analysis says "unknown" instead of guessing.
 */
test('CloudFormation intrinsics: an object with one key, Ref or Fn::*', () => {
  const intrinsic = [{ Ref: 'Peer' }, { 'Fn::GetAtt': ['Sg', 'GroupId'] }, { 'Fn::ImportValue': 'x' }];
  const plain = [{ Ref: 'a', Other: 'b' }, { Reference: 'a' }, { RefX: 'a' }, { 'X-Fn::If': [] }, {}, ['Ref'], null, 'Ref', 1, undefined];
  expect(intrinsic.map(isCloudFormationIntrinsic)).toEqual(intrinsic.map(() => true));
  expect(plain.map(isCloudFormationIntrinsic)).toEqual(plain.map(() => false));
});

test('integers: numbers and numeric strings, trimmed; anything else unresolved with its text', () => {
  expect([2548, -1, '2548', ' 8086 ', '-1'].map(readInteger)).toEqual([
    { known: true, value: 2548 },
    { known: true, value: -1 },
    { known: true, value: 2548 },
    { known: true, value: 8086 },
    { known: true, value: -1 },
  ]);
  expect([2548.5, '25 48', '2548a', 'a2548', '--1', '', '${var.port}', { Ref: 'Port' }, true].map(readInteger)).toEqual([
    { known: false, text: '2548.5' },
    { known: false, text: '25 48' },
    { known: false, text: '2548a' },
    { known: false, text: 'a2548' },
    { known: false, text: '--1' },
    { known: false, text: '' },
    { known: false, text: '${var.port}' },
    { known: false, text: '{"Ref":"Port"}' },
    { known: false, text: 'true' },
  ]);
});

test('CIDRs and addresses: host bits are masked; references, other types and malformed text are unresolved', () => {
  const read = (raw: unknown) => {
    const value = readCidr(raw);
    return value.known ? formatCidr(value.value) : `unresolved ${value.text}`;
  };
  expect(['10.0.0.0/8', '10.2.118.12', '10.2.118.12/24', '${var.cidr}', 42, { Ref: 'Cidr' }, '10.0.0.0/33', 'portal'].map(read)).toEqual([
    '10.0.0.0/8',
    '10.2.118.12/32',
    '10.2.118.0/24',
    'unresolved ${var.cidr}',
    'unresolved 42',
    'unresolved {"Ref":"Cidr"}',
    'unresolved 10.0.0.0/33',
    'unresolved portal',
  ]);
});

test('port ranges: both ends absent take the default, one absent takes the other, an unreadable end makes the range unresolved', () => {
  expect(readPortRange(undefined, undefined)).toEqual({ known: true, value: { from: 0, to: 65535 } });
  expect(readPortRange(undefined, undefined, { from: 1, to: 2 })).toEqual({ known: true, value: { from: 1, to: 2 } });
  expect(readPortRange(2548, undefined)).toEqual({ known: true, value: { from: 2548, to: 2548 } });
  expect(readPortRange(undefined, 2548)).toEqual({ known: true, value: { from: 2548, to: 2548 } });
  expect(readPortRange('8086', 8087)).toEqual({ known: true, value: { from: 8086, to: 8087 } });
  expect(readPortRange('${var.min}', 8087)).toEqual({ known: false, text: '${var.min}' });
  expect(readPortRange(8086, '${var.max}')).toEqual({ known: false, text: '${var.max}' });
});

test('a resolved value is described by its value, an unresolved one by its text', () => {
  const format = (range: { from: number; to: number }) => `${range.from}-${range.to}`;
  expect(describeResolved({ known: true, value: { from: 1, to: 2 } }, format)).toBe('1-2');
  expect(describeResolved({ known: false, text: '${var.p}' }, format)).toBe('unknown (${var.p})');
});

test('the container of a Terraform rule: a reference to a resource of the expected type in the configuration, else what was written', () => {
  const addresses = new Set(['ibm_is_security_group.sg', 'ibm_is_network_acl.acl']);
  expect(terraformContainer('${ibm_is_security_group.sg.id}', 'ibm_is_security_group', addresses)).toBe('ibm_is_security_group.sg');
  // Another type, or the expected type's name as a prefix of another type, is not the container.
  expect(terraformContainer('${ibm_is_network_acl.acl.id}', 'ibm_is_security_group', addresses)).toBe('${ibm_is_network_acl.acl.id}');
  expect(terraformContainer('${ibm_is_network_acl.acl.id}', 'ibm_is_network', addresses)).toBe('${ibm_is_network_acl.acl.id}');
  expect(terraformContainer('${ibm_is_security_group.other.id}', 'ibm_is_security_group', addresses)).toBe('${ibm_is_security_group.other.id}');
  expect(terraformContainer('r006-sg', 'ibm_is_security_group', addresses)).toBe('r006-sg');
  expect(terraformContainer(42, 'ibm_is_security_group', addresses)).toBe('unresolved 42');
});
