import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transcribe } from '../../scripts/transcribe-ibm-provider';

/**
 * The transcriber on a small repository laid out like IBM-Cloud/terraform-provider-ibm (written
 * here, in the Go forms the real files use), tagged, then changed after the tag: only the tag is read.
 */
const VPC_RESOURCES = [
  'ResourceIBMISNetworkACL',
  'ResourceIBMISNetworkACLRule',
  'ResourceIBMISSecurityGroup',
  'ResourceIBMISSecurityGroupRule',
  'ResourceIBMISSecurityGroupTarget',
];

const FILES: Record<string, string> = {
  'version/version.go': 'package version\n\nconst Version = "9.1.2"\n',
  'ibm/validate/validators.go': 'package validate\n',
  'ibm/flex/structures.go': 'package flex\n\nconst (\n\tRelatedCRN = "related_crn"\n)\n',
  'ibm/provider/provider.go': `package provider

func Provider() *schema.Provider {
	provider := schema.Provider{
		Schema: map[string]*schema.Schema{
			"visibility": {
				Type:         schema.TypeString,
				Optional:     true,
				ValidateFunc: validate.ValidateAllowedStringValues([]string{"public", "private"}),
				DefaultFunc:  schema.MultiEnvDefaultFunc([]string{"IC_VISIBILITY", "IBMCLOUD_VISIBILITY"}, "public"),
				Description:  "Visibility " + "of the provider",
			},
		},
		DataSourcesMap: map[string]*schema.Resource{
			"ibm_is_security_group_rule": vpc.DataSourceIBMIsSecurityGroupRule(),
		},
		ResourcesMap: map[string]*schema.Resource{
${VPC_RESOURCES.map((f, i) => `\t\t\t"${['ibm_is_network_acl', 'ibm_is_network_acl_rule', 'ibm_is_security_group', 'ibm_is_security_group_rule', 'ibm_is_security_group_target'][i]}": vpc.${f}(),`).join('\n')}
			"ibm_security_group":      classicinfrastructure.ResourceIBMSecurityGroup(),
			"ibm_security_group_rule": classicinfrastructure.ResourceIBMSecurityGroupRule(),
		},
	}
	return &provider
}

func Validator() validate.ValidatorDict {
	initOnce.Do(func() {
		globalValidatorDict = validate.ValidatorDict{
			ResourceValidatorDictionary: map[string]*validate.ResourceValidator{
				"ibm_is_security_group_rule": vpc.ResourceIBMISSecurityGroupRuleValidator(),
			},
			DataSourceValidatorDictionary: map[string]*validate.ResourceValidator{
				"ibm_is_security_group_rule": vpc.DataSourceIBMIsSecurityGroupRuleValidator(),
			},
		}
	})
	return globalValidatorDict
}
`,
  'ibm/service/vpc/resource_ibm_is_security_group_rule.go': `package vpc

const (
	isSecurityGroupRuleDirection = "direction"
	isSecurityGroupRulePortMin   = "port_min"
)

func ResourceIBMISSecurityGroupRule() *schema.Resource {
	return &schema.Resource{
		Timeouts: &schema.ResourceTimeout{
			Create: schema.DefaultTimeout(10 * time.Minute),
		},
		Schema: map[string]*schema.Schema{
			isSecurityGroupRuleDirection: {
				Type:         schema.TypeString,
				Required:     true,
				ValidateFunc: validate.InvokeValidator("ibm_is_security_group_rule", isSecurityGroupRuleDirection),
			},
			isSecurityGroupRulePortMin: {
				Type:          schema.TypeInt,
				Optional:      true,
				Computed:      true,
				RequiredWith:  []string{"protocol"},
				ValidateFunc:  validate.InvokeValidator("ibm_is_security_group_rule", isSecurityGroupRulePortMin),
			},
			"tcp": {
				Type:     schema.TypeList,
				MaxItems: 1,
				Optional: true,
				// a comment, and a string with a backquote: \`x\`
				Elem: &schema.Resource{
					Schema: map[string]*schema.Schema{
						"port_max": {Type: schema.TypeInt, Optional: true, Default: 65535},
					},
				},
			},
			flex.RelatedCRN: {
				Type:     schema.TypeString,
				Computed: true,
			},
		},
	}
}

func ResourceIBMISSecurityGroupRuleValidator() *validate.ResourceValidator {
	validateSchema := make([]validate.ValidateSchema, 0)
	direction := "inbound, outbound"
	validateSchema = append(validateSchema,
		validate.ValidateSchema{
			Identifier:                 isSecurityGroupRuleDirection,
			ValidateFunctionIdentifier: validate.ValidateAllowedStringValue,
			Type:                       validate.TypeString,
			AllowedValues:              direction})
	validateSchema = append(validateSchema,
		validate.ValidateSchema{
			Identifier:                 isSecurityGroupRuleDirection,
			ValidateFunctionIdentifier: validate.ValidateAllowedStringValue,
			Type:                       validate.TypeString,
			AllowedValues:              "never used"})
	r := validate.ResourceValidator{ResourceName: "ibm_is_security_group_rule", Schema: validateSchema}
	return &r
}
`,
  'ibm/service/vpc/others.go': `package vpc

${VPC_RESOURCES.filter((f) => f !== 'ResourceIBMISSecurityGroupRule')
  .map(
    (f) =>
      `func ${f}() *schema.Resource {\n\treturn &schema.Resource{\n\t\tSchema: map[string]*schema.Schema{\n\t\t\t"name": {Type: schema.TypeString, Optional: true},\n\t\t},\n\t}\n}\n`,
  )
  .join('\n')}`,
  'ibm/service/classicinfrastructure/resources.go': `package classicinfrastructure

func ResourceIBMSecurityGroup() *schema.Resource {
	return &schema.Resource{
		Schema: map[string]*schema.Schema{
			"name": {Type: schema.TypeString, Required: true},
		},
	}
}

func ResourceIBMSecurityGroupRule() *schema.Resource {
	return &schema.Resource{
		SchemaVersion: 1,
		Schema: map[string]*schema.Schema{
			"remote_ip": {
				Type:          schema.TypeString,
				Optional:      true,
				ConflictsWith: []string{"remote_group_id"},
				ValidateFunc:  validate.ValidateRemoteIP,
			},
		},
	}
}
`,
};

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
    { encoding: 'utf8' },
  ).trim();
}

let dir: string;
let commit: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcribe-'));
  git(dir, 'init', '-q');
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'release');
  git(dir, 'tag', 'v9.1.2');
  commit = git(dir, 'rev-parse', 'HEAD');
  // After the tag: must not be read.
  fs.writeFileSync(path.join(dir, 'version/version.go'), 'package version\n\nconst Version = "9.2.0"\n');
  git(dir, 'commit', '-qam', 'later');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('reads the tag only, with its commit, version and every file read with its blob id', () => {
  const t = transcribe(path.join(dir, '.git'), 'v9.1.2');
  expect(t).toMatchObject({ tag: 'v9.1.2', commit, version: '9.1.2' });
  expect(Object.keys(t.files)).toEqual([
    'ibm/flex/structures.go',
    'ibm/provider/provider.go',
    'ibm/service/classicinfrastructure/resources.go',
    'ibm/service/vpc/others.go',
    'ibm/service/vpc/resource_ibm_is_security_group_rule.go',
    'ibm/validate/validators.go',
    'version/version.go',
  ]);
  expect(t.files['version/version.go']).toBe(git(dir, 'rev-parse', 'v9.1.2:version/version.go'));
});

test('transcribes schema fields, constants, nested blocks, timeouts, validators and their tables', () => {
  const t = transcribe(path.join(dir, '.git'), 'v9.1.2');
  expect(t.provider.schema.visibility).toEqual({
    line: 6,
    type: 'TypeString',
    optional: true,
    validate: { function: 'validate.ValidateAllowedStringValues', values: ['public', 'private'], line: 9 },
    default_func: { env: ['IC_VISIBILITY', 'IBMCLOUD_VISIBILITY'], default: 'public' },
    description: 'Visibility of the provider',
  });
  const rule = t.resources.ibm_is_security_group_rule;
  expect(rule).toMatchObject({ file: 'ibm/service/vpc/resource_ibm_is_security_group_rule.go', timeouts: ['create'], schema_version: 0 });
  expect(Object.keys(rule.schema)).toEqual(['direction', 'port_min', 'related_crn', 'tcp']);
  expect(rule.schema.port_min).toMatchObject({
    type: 'TypeInt',
    optional: true,
    computed: true,
    required_with: ['protocol'],
    validate: { function: 'validate.InvokeValidator', resource: 'ibm_is_security_group_rule', identifier: 'port_min' },
  });
  expect(rule.schema.tcp.elem?.schema?.port_max).toMatchObject({ type: 'TypeInt', optional: true, default: 65535 });
  expect(t.resources.ibm_security_group_rule).toMatchObject({
    schema_version: 1,
    schema: { remote_ip: { conflicts_with: ['remote_group_id'], validate: { function: 'validate.ValidateRemoteIP' } } },
  });
  // The resource dictionary, not the data source one; the first entry of an identifier.
  expect(Object.keys(t.validators)).toEqual(['ibm_is_security_group_rule']);
  expect(t.validators.ibm_is_security_group_rule).toMatchObject({
    function: 'ResourceIBMISSecurityGroupRuleValidator',
    resource: 'ibm_is_security_group_rule',
  });
  expect(t.validators.ibm_is_security_group_rule.entries.direction).toMatchObject({
    function: 'ValidateAllowedStringValue',
    allowed_values: 'inbound, outbound',
  });
});

test('stops on a Go form it does not know instead of skipping it', () => {
  const file = path.join(dir, 'ibm/service/classicinfrastructure/resources.go');
  fs.writeFileSync(
    file,
    FILES['ibm/service/classicinfrastructure/resources.go'].replace('ValidateFunc:  validate.ValidateRemoteIP,', 'ValidateFunc:  someOther(1),'),
  );
  git(dir, 'commit', '-qam', 'unknown form');
  git(dir, 'tag', 'v9.3.0');
  expect(() => transcribe(path.join(dir, '.git'), 'v9.3.0')).toThrow(/resources\.go:\d+: unsupported ValidateFunc/);
});
