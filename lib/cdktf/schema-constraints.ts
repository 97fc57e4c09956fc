import { Token } from 'cdktf';
import { ValidationProblem } from '../core';
import { IbmProviderSchema } from '../ibm-schema';

/**
 * Checks a string option against the pattern and length that the committed IBM provider schema
 * records for `resourceType.attribute`. Unresolved tokens are left to Terraform.
 * @param option the option name to report, e.g. `tags[1]`
 * @param value the value given
 * @param resourceType the IBM resource type, e.g. `ibm_is_security_group`
 * @param attribute the attribute whose constraint applies, e.g. `name`
 */
export function constraintProblems(option: string, value: unknown, resourceType: string, attribute: string): ValidationProblem[] {
  if (Token.isUnresolved(value)) return [];
  if (typeof value !== 'string') return [{ option, value: String(value), message: 'must be a string' }];
  const constraint = IbmProviderSchema.load().constraints(resourceType)[attribute];
  if (constraint === undefined) throw new Error(`The IBM provider schema records no constraint for ${resourceType}.${attribute}`);
  const problems: string[] = [];
  if (constraint.min_length !== undefined && value.length < constraint.min_length) problems.push(`at least ${constraint.min_length} characters`);
  if (constraint.max_length !== undefined && value.length > constraint.max_length) problems.push(`at most ${constraint.max_length} characters`);
  if (constraint.pattern !== undefined && !new RegExp(constraint.pattern).test(value)) problems.push(`matching ${constraint.pattern}`);
  if (problems.length === 0) return [];
  return [{ option, value, message: `must be ${problems.join(', ')} (IBM provider: ${resourceType}.${attribute})` }];
}
