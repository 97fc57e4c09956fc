import { Construct } from 'constructs';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { IbmProviderSchema } from '../ibm-schema';
import { stackOverrideAt } from './framework-internals';
import { IbmDefaults } from './props';

/** The provider's local name, the prefix of its resource types. */
const LOCAL_NAME = 'ibm';

const ELEMENT_ID = 'BackupAgentConnectivityIbmRequiredProvider';

function stackOverridesRequiredProvider(stack: TerraformStack): boolean {
  // A stack-level `addOverride('terraform.required_providers.ibm', ...)` is kept in the stack's
  // raw overrides, which cdktf merges last; the user's entry is then the only one.
  return stackOverrideAt(stack, ['terraform', 'required_providers', LOCAL_NAME]) !== undefined;
}

/**
 * The IBM provider *requirement* of a stack: renders `terraform.required_providers.ibm` (source
 * `IBM-Cloud/ibm`, the range of the committed release schemas, e.g. `>= 1.87.3, < 3.0.0`) and no `provider "ibm"` block, so
 * Terraform configures the provider from its environment (`IC_API_KEY`, `IC_REGION`, ...). Without the
 * requirement `terraform init` looks for `hashicorp/ibm`, which does not exist. Being a provider
 * element, it also satisfies cdktf's check that every resource has a provider construct.
 *
 * It is decided at synthesis: when the stack has an IBM provider of its own (such as `IbmProvider`)
 * or overrides `terraform.required_providers.ibm`, it renders nothing, so the user's declaration,
 * even one added after the construct, is kept as it is and never duplicated.
 */
export class IbmRequiredProvider extends TerraformProvider {
  /**
   * The stack's single instance, created on first use.
   * @param scope any construct in the stack
   */
  public static ensure(scope: Construct): IbmRequiredProvider {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(ELEMENT_ID);
    return existing instanceof IbmRequiredProvider ? existing : new IbmRequiredProvider(stack, ELEMENT_ID);
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: LOCAL_NAME,
      terraformGeneratorMetadata: { providerName: LOCAL_NAME },
      terraformProviderSource: IbmDefaults.PROVIDER_SOURCE,
    });
  }

  /** Whether the stack relies on this requirement: it has no other IBM provider and no override of the entry. */
  public get isRendered(): boolean {
    const stack = TerraformStack.of(this);
    const others = stack.allProviders().filter((p) => p !== this && p.terraformResourceType === LOCAL_NAME);
    return others.length === 0 && !stackOverridesRequiredProvider(stack);
  }

  /** The `terraform.required_providers` fragment, or nothing when the stack declares the provider itself. */
  public override toTerraform(): object {
    if (!this.isRendered) return {};
    return {
      terraform: {
        required_providers: {
          [LOCAL_NAME]: { source: IbmDefaults.PROVIDER_SOURCE, version: IbmProviderSchema.load().versionConstraint() },
        },
      },
    };
  }

  /** The same fragment for HCL output. */
  public override toHclTerraform(): object {
    return this.toTerraform();
  }

  /** No metadata: the element has no overrides of its own. */
  public override toMetadata(): object {
    return {};
  }
}
