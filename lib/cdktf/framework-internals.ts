/**
 * The IBM Cloud renderer's one reliance on Terraform CDK internals: reading back a stack-level
 * override, which no public API does. Checked against cdktf 0.21.0 and cdktn 0.24.0
 * (`lib/terraform-stack.js` of each): `TerraformStack.addOverride(path, value)` splits `path` at
 * its dots and stores `value` in the nested objects of the stack's private `rawOverrides` field,
 * replacing any non-object met on the way; `toTerraform()` and `toHclTerraform()` deep-merge
 * `rawOverrides` into the stack's configuration after every element's fragment, so an override
 * wins. This module does not import either framework, so the cdktf and cdktn entry points share it.
 * `test/cdktf/framework-internals.test.ts` pins both versions and this behaviour.
 */

/** The framework packages, and their exact versions, that the reads in this module were checked against. */
export const CHECKED_FRAMEWORK_VERSIONS: Readonly<Record<string, string>> = { cdktf: '0.21.0', cdktn: '0.24.0' };

/**
 * The value that the stack's `addOverride` calls left at a path, if any: the one set at the path
 * itself, or the object of the values set below it.
 * @param stack a `TerraformStack` of either framework
 * @param path the keys of the path, e.g. `['terraform', 'required_providers', 'ibm']`
 */
export function stackOverrideAt(stack: object, path: readonly string[]): unknown {
  let value: unknown = (stack as { rawOverrides?: unknown }).rawOverrides;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
