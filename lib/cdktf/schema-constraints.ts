import { Token } from 'cdktf';
import { ValidationProblem } from '../core';
import { IbmProviderSchema } from '../ibm-schema';

/**
 * Checks a string option against the pattern and length that every committed IBM provider release
 * schema records for `resourceType.attribute`, so the value is valid in each supported release.
 * Unresolved tokens are left to Terraform.
 * @param option the option name to report, e.g. `tags[1]`
 * @param value the value given
 * @param resourceType the IBM resource type, e.g. `ibm_is_security_group`
 * @param attribute the attribute whose constraint applies, e.g. `name`
 */
export function constraintProblems(option: string, value: unknown, resourceType: string, attribute: string): ValidationProblem[] {
  if (Token.isUnresolved(value)) return [];
  if (typeof value !== 'string') return [{ option, value: String(value), message: 'must be a string' }];
  const problems = new Set<string>();
  const releases: string[] = [];
  for (const schema of IbmProviderSchema.loadAll()) {
    const constraint = schema.constraints(resourceType)[attribute];
    if (constraint === undefined) throw new Error(`The IBM provider ${schema.release} schema records no constraint for ${resourceType}.${attribute}`);
    const before = problems.size;
    // ValidateRegexpLen checks the length only of a value that matches the pattern.
    if (constraint.pattern !== undefined && !new RegExp(constraint.pattern).test(value)) problems.add(`matching ${constraint.pattern}`);
    else {
      if (constraint.min_length !== undefined && value.length < constraint.min_length) problems.add(`at least ${constraint.min_length} characters`);
      if (constraint.max_length !== undefined && value.length > constraint.max_length) problems.add(`at most ${constraint.max_length} characters`);
    }
    if (problems.size > before) releases.push(schema.release);
  }
  if (problems.size === 0) return [];
  return [{ option, value, message: `must be ${[...problems].join(', ')} (IBM provider ${releases.join(', ')}: ${resourceType}.${attribute})` }];
}
