import { Construct, IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ConnectivityValidationError } from '../core';

/** The package this entry point's resources are built with. */
const OWN_PACKAGE = 'cdktf';

/** This library's entry point for each Terraform CDK package. */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  cdktf: 'backup-agent-connectivity/cdktf',
  cdktn: 'backup-agent-connectivity/cdktn',
};

/** Where jsii-compiled classes, such as every Terraform CDK class, record their fully qualified name. */
const JSII_RTTI = Symbol.for('jsii.rtti');

/** The Terraform CDK package a stack's class comes from, read from jsii's type information along its class chain. */
function stackPackage(stack: object): string | undefined {
  for (let proto: object | null = Object.getPrototypeOf(stack); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const fqn = (proto.constructor as { [JSII_RTTI]?: { fqn?: unknown } } | undefined)?.[JSII_RTTI]?.fqn;
    const name = typeof fqn === 'string' ? fqn.replace(/\.TerraformStack$/, '') : undefined;
    if (name !== undefined && name !== fqn && name in ENTRY_POINTS) return name;
  }
  return undefined;
}

/**
 * Refuses a scope inside a stack of another Terraform CDK package (or of another copy of this one):
 * its resources cannot be synthesized together with this entry point's, which would crash deep in
 * synthesis. The error names the entry point to import instead. A scope outside any stack is left
 * to the stack lookup that follows.
 * @param scope the construct's parent
 * @param constructPath the construct's path, for the error
 */
export function checkStackFramework(scope: Construct, constructPath: string): void {
  // A stack of another copy or package passes `isStack` (the same symbol marks them all), never `instanceof`.
  const stack: IConstruct | undefined = [...scope.node.scopes].reverse().find((s) => TerraformStack.isStack(s));
  if (stack === undefined || stack instanceof TerraformStack) return;
  const other = stackPackage(stack);
  const message =
    other !== undefined && other !== OWN_PACKAGE
      ? `is a ${other} stack, and ${ENTRY_POINTS[OWN_PACKAGE]} builds ${OWN_PACKAGE} resources; import BackupAgentConnectivity from ${ENTRY_POINTS[other]} instead`
      : `is a TerraformStack of another copy of the ${OWN_PACKAGE} package than the one ${ENTRY_POINTS[OWN_PACKAGE]} uses; install one copy (see npm ls ${OWN_PACKAGE})`;
  throw new ConnectivityValidationError([{ option: 'scope', value: `stack '${stack.node.path}'`, message }], constructPath);
}
