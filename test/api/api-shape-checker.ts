/**
 * Checks that the public API of an entry file has the shape jsii (the CDK's multi-language compiler)
 * accepts, using the TypeScript compiler API. It reports every violation with its location instead of
 * stopping at the first, so one failing test shows all the work to do.
 */
import * as path from 'path';
import * as ts from 'typescript';

/** One place where the API leaves the shape jsii accepts. */
export interface ApiViolation {
  /** `file:line:column`, relative to the repository root. */
  readonly location: string;
  /** The exported symbol, and member where it applies, e.g. `FlowAnalyzer.check`. */
  readonly symbol: string;
  /** Which rule is broken (one of `ApiRule`). */
  readonly rule: ApiRule;
  /** What was found. */
  readonly message: string;
}

/** The rules the checker enforces. */
export enum ApiRule {
  /** Exported values are classes and enums only: no functions, variables or namespaces. */
  EXPORTED_VALUE = 'exported-value',
  /** Exported types are interfaces (or classes and enums): no type aliases. */
  TYPE_ALIAS = 'type-alias',
  /** Every exported symbol has a doc comment. */
  DOC_COMMENT = 'doc-comment',
  /** No union types, except `T | undefined` for an optional value. */
  UNION = 'union',
  /** No intersection types. */
  INTERSECTION = 'intersection',
  /** No generic type parameters on classes, interfaces or methods, and no generic type references. */
  GENERIC = 'generic',
  /** No tuple types. */
  TUPLE = 'tuple',
  /** No function or constructor types. */
  FUNCTION_TYPE = 'function-type',
  /** No anonymous object types other than a `{ [key: string]: T }` map. */
  OBJECT_LITERAL_TYPE = 'object-literal-type',
  /** Every type reference resolves to an exported type, a primitive, an array, a string map or a CDK type. */
  TYPE_REFERENCE = 'type-reference',
  /** Enum members are string-valued and named in UPPER_SNAKE_CASE; no `const enum`. */
  ENUM_MEMBER = 'enum-member',
  /** Interfaces not named `I...` are data types: only `readonly` properties, no methods; classes do not implement them. */
  DATA_INTERFACE = 'data-interface',
  /** Arrays are mutable `T[]`: jsii refuses `readonly T[]` and `ReadonlyArray<T>`. */
  READONLY_ARRAY = 'readonly-array',
  /** Public members declare their types, so that they can be checked. */
  MISSING_TYPE = 'missing-type',
}

/** Packages whose types may appear in the public API: jsii knows them as dependencies. */
const JSII_DEPENDENCIES = ['constructs', 'aws-cdk-lib', 'cdktf'];

/** Built-in generic references that jsii maps: arrays, string maps, and promises of async methods. */
const CONTAINER_TYPES = new Set(['Array', 'Record', 'Promise']);

/** Built-in types jsii maps to a type of every language. */
const BUILT_IN_TYPES = new Set(['Date']);

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Reads the repository's tsconfig.json, so the entry is compiled the way the project compiles it. */
function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** Walks the public API of one entry file and collects violations. */
class ApiShapeWalk {
  public readonly violations: ApiViolation[] = [];
  private readonly checker: ts.TypeChecker;
  private readonly exported = new Set<ts.Symbol>();

  constructor(
    private readonly program: ts.Program,
    private readonly root: string,
  ) {
    this.checker = program.getTypeChecker();
  }

  public run(entry: string): void {
    const source = this.program.getSourceFile(entry);
    if (!source) throw new Error(`cannot load ${entry}`);
    const moduleSymbol = this.checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry} is not a module`);
    const exports = this.checker.getExportsOfModule(moduleSymbol).map((s) => ({ name: s.name, symbol: this.resolveAlias(s) }));
    for (const { symbol } of exports) this.exported.add(symbol);
    for (const { name, symbol } of exports) this.checkExport(name, symbol);
  }

  private resolveAlias(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  private report(node: ts.Node, symbol: string, rule: ApiRule, message: string): void {
    const file = node.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart());
    const location = `${path.relative(this.root, file.fileName)}:${line + 1}:${character + 1}`;
    this.violations.push({ location, symbol, rule, message });
  }

  private checkExport(name: string, symbol: ts.Symbol): void {
    const declarations = symbol.declarations ?? [];
    if (declarations.length === 0) return;
    if (symbol.getDocumentationComment(this.checker).length === 0) {
      this.report(declarations[0], name, ApiRule.DOC_COMMENT, `exported ${name} has no doc comment`);
    }
    for (const declaration of declarations) {
      if (ts.isClassDeclaration(declaration)) this.checkClass(name, declaration);
      else if (ts.isInterfaceDeclaration(declaration)) this.checkInterface(name, declaration);
      else if (ts.isEnumDeclaration(declaration)) this.checkEnum(name, declaration);
      else if (ts.isTypeAliasDeclaration(declaration)) {
        this.report(declaration, name, ApiRule.TYPE_ALIAS, `type alias ${name} is exported; use an interface, a class or an enum`);
      } else if (ts.isFunctionDeclaration(declaration)) {
        this.report(declaration, name, ApiRule.EXPORTED_VALUE, `function ${name} is exported; make it a static method of a class`);
      } else if (ts.isVariableDeclaration(declaration)) {
        const kind = declaration.parent.flags & ts.NodeFlags.Const ? 'const' : 'let';
        this.report(declaration, name, ApiRule.EXPORTED_VALUE, `${kind} ${name} is exported; make it a static readonly property of a class`);
      } else if (ts.isModuleDeclaration(declaration)) {
        this.report(declaration, name, ApiRule.EXPORTED_VALUE, `namespace ${name} is exported; jsii accepts only classes, interfaces and enums`);
      } else {
        this.report(declaration, name, ApiRule.EXPORTED_VALUE, `${name} is exported as ${ts.SyntaxKind[declaration.kind]}; jsii accepts only classes, interfaces and enums`);
      }
    }
  }

  private checkTypeParameters(owner: string, node: { readonly typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }): void {
    for (const parameter of node.typeParameters ?? []) {
      this.report(parameter, owner, ApiRule.GENERIC, `${owner} has the generic type parameter ${parameter.name.text}`);
    }
  }

  private checkHeritage(owner: string, clauses: ts.NodeArray<ts.HeritageClause> | undefined): void {
    for (const clause of clauses ?? []) {
      for (const base of clause.types) this.checkTypeReference(owner, base, base.expression, base.typeArguments);
    }
  }

  private checkClass(name: string, declaration: ts.ClassDeclaration): void {
    this.checkTypeParameters(name, declaration);
    this.checkHeritage(name, declaration.heritageClauses);
    const implemented = (declaration.heritageClauses ?? []).filter((c) => c.token === ts.SyntaxKind.ImplementsKeyword).flatMap((c) => [...c.types]);
    for (const base of implemented) {
      const symbol = this.checker.getSymbolAtLocation(base.expression);
      const target = symbol && this.resolveAlias(symbol);
      if (target && target.flags & ts.SymbolFlags.Interface && !/^I[A-Z]/.test(target.name)) {
        this.report(base, name, ApiRule.DATA_INTERFACE, `${name} implements the data interface ${target.name}; jsii lets classes implement only behavioural interfaces (I...)`);
      }
    }
    for (const member of declaration.members) {
      if (ts.isConstructorDeclaration(member)) {
        this.checkConstructor(name, member);
        continue;
      }
      if (!this.isPublic(member)) continue;
      const memberName = `${name}.${member.name ? member.name.getText() : member.getText()}`;
      if (ts.isMethodDeclaration(member)) {
        this.checkSignature(memberName, member);
      } else if (ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) {
        this.checkMemberType(memberName, member, member.type);
      } else if (ts.isSetAccessorDeclaration(member)) {
        const parameter = member.parameters[0];
        if (parameter) this.checkMemberType(memberName, parameter, parameter.type);
      } else if (ts.isIndexSignatureDeclaration(member)) {
        this.report(member, name, ApiRule.OBJECT_LITERAL_TYPE, `${name} has an index signature; jsii classes have named members only`);
      }
    }
  }

  /** The parameters of a public constructor, and the public parameter properties of any constructor. */
  private checkConstructor(name: string, member: ts.ConstructorDeclaration): void {
    const hidden = ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
    for (const parameter of member.parameters) {
      const flags = ts.getCombinedModifierFlags(parameter);
      const publicProperty = flags & (ts.ModifierFlags.Public | ts.ModifierFlags.Readonly) && !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
      if (publicProperty) this.checkMemberType(`${name}.${parameter.name.getText()}`, parameter, parameter.type);
      else if (!hidden) this.checkMemberType(`${name}.constructor(${parameter.name.getText()})`, parameter, parameter.type);
    }
  }

  private checkInterface(name: string, declaration: ts.InterfaceDeclaration): void {
    this.checkTypeParameters(name, declaration);
    this.checkHeritage(name, declaration.heritageClauses);
    const behavioural = /^I[A-Z]/.test(name);
    for (const member of declaration.members) {
      const memberName = `${name}.${member.name ? member.name.getText() : member.getText()}`;
      if (ts.isPropertySignature(member)) {
        const readonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
        if (!behavioural && !readonly) {
          this.report(member, memberName, ApiRule.DATA_INTERFACE, `${memberName} is not readonly; data interfaces (not named I...) hold readonly properties only`);
        }
        this.checkMemberType(memberName, member, member.type);
      } else if (ts.isMethodSignature(member)) {
        if (!behavioural) {
          this.report(member, memberName, ApiRule.DATA_INTERFACE, `${memberName} is a method; data interfaces (not named I...) hold readonly properties only`);
        }
        this.checkSignature(memberName, member);
      } else if (ts.isIndexSignatureDeclaration(member)) {
        this.report(member, name, ApiRule.OBJECT_LITERAL_TYPE, `${name} has an index signature; jsii interfaces have named members only`);
      } else {
        this.report(member, name, ApiRule.FUNCTION_TYPE, `${name} has a call or construct signature; jsii interfaces have named members only`);
      }
    }
  }

  private checkEnum(name: string, declaration: ts.EnumDeclaration): void {
    if (declaration.modifiers?.some((m) => m.kind === ts.SyntaxKind.ConstKeyword)) {
      this.report(declaration, name, ApiRule.ENUM_MEMBER, `${name} is a const enum; jsii needs a regular enum`);
    }
    for (const member of declaration.members) {
      const memberName = member.name.getText();
      if (!UPPER_SNAKE.test(memberName)) {
        this.report(member, `${name}.${memberName}`, ApiRule.ENUM_MEMBER, `${name}.${memberName} is not UPPER_SNAKE_CASE`);
      }
      if (!member.initializer || !ts.isStringLiteralLike(member.initializer)) {
        this.report(member, `${name}.${memberName}`, ApiRule.ENUM_MEMBER, `${name}.${memberName} is not string-valued`);
      }
    }
  }

  private isPublic(member: ts.ClassElement): boolean {
    const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
    if (flags & ts.ModifierFlags.Private) return false;
    if (member.name && ts.isPrivateIdentifier(member.name)) return false;
    // jsii hides members marked @internal and names starting with an underscore.
    if (member.name && ts.isIdentifier(member.name) && member.name.text.startsWith('_')) return false;
    if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) return false;
    return true;
  }

  private checkSignature(name: string, signature: ts.SignatureDeclarationBase): void {
    this.checkTypeParameters(name, signature);
    for (const parameter of signature.parameters) this.checkMemberType(`${name}(${parameter.name.getText()})`, parameter, parameter.type);
    this.checkMemberType(`${name}()`, signature, signature.type, true);
  }

  /**
   * Checks the declared type of a property, parameter or return value. A declaration without a type
   * is accepted only when the type the compiler infers is a primitive (e.g. a string constant).
   */
  private checkMemberType(name: string, node: ts.Node, type: ts.TypeNode | undefined, isReturn: boolean = false): void {
    if (!type) {
      const inferred = isReturn
        ? this.checker.getSignatureFromDeclaration(node as ts.SignatureDeclaration)?.getReturnType()
        : this.checker.getTypeAtLocation(node);
      if (inferred && !this.isAcceptedInferredType(inferred)) {
        this.report(node, name, ApiRule.MISSING_TYPE, `${name} has no declared type (inferred ${this.checker.typeToString(inferred)})`);
      }
      return;
    }
    this.checkType(name, type, true);
  }

  /** An inferred type passes when it is a primitive or a type of the API or of a jsii dependency, optionally `| undefined`. */
  private isAcceptedInferredType(type: ts.Type): boolean {
    const primitive = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Void;
    if (type.flags & primitive) return true;
    const defined = type.isUnion() ? type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)) : [type];
    if (type.isUnion() && defined.length === 1) return this.isAcceptedInferredType(defined[0]);
    if (type.isUnion() && defined.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return true;
    const symbol = type.getSymbol();
    if (!symbol || defined.length !== 1) return false;
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
    return this.exported.has(symbol) || JSII_DEPENDENCIES.some((p) => file.includes(`/node_modules/${p}/`));
  }

  private checkType(name: string, type: ts.TypeNode, topLevel: boolean): void {
    if (ts.isParenthesizedTypeNode(type)) return this.checkType(name, type.type, topLevel);
    if (ts.isUnionTypeNode(type)) {
      const defined = type.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
      if (topLevel && defined.length === 1 && defined.length < type.types.length) return this.checkType(name, defined[0], false);
      this.report(type, name, ApiRule.UNION, `${name} has the union type ${type.getText()}`);
      return;
    }
    if (ts.isIntersectionTypeNode(type)) {
      this.report(type, name, ApiRule.INTERSECTION, `${name} has the intersection type ${type.getText()}`);
      return;
    }
    if (ts.isTupleTypeNode(type)) {
      this.report(type, name, ApiRule.TUPLE, `${name} has the tuple type ${type.getText()}`);
      return;
    }
    if (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type)) {
      this.report(type, name, ApiRule.FUNCTION_TYPE, `${name} has the function type ${type.getText()}`);
      return;
    }
    if (ts.isArrayTypeNode(type)) return this.checkType(name, type.elementType, false);
    if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) {
      this.report(type, name, ApiRule.READONLY_ARRAY, `${name} has the type ${type.getText()}; jsii accepts only mutable arrays`);
      return;
    }
    if (ts.isTypeLiteralNode(type)) {
      const [only] = type.members;
      if (type.members.length === 1 && ts.isIndexSignatureDeclaration(only) && only.parameters[0]?.type?.kind === ts.SyntaxKind.StringKeyword && only.type) {
        return this.checkType(name, only.type, false);
      }
      this.report(type, name, ApiRule.OBJECT_LITERAL_TYPE, `${name} has the anonymous object type ${type.getText()}; declare an exported interface`);
      return;
    }
    if (ts.isTypeReferenceNode(type)) return this.checkTypeReference(name, type, type.typeName, type.typeArguments);
    if (ts.isLiteralTypeNode(type)) {
      // A single literal reads as its primitive type; literal unions are reported as unions above.
      if (type.literal.kind === ts.SyntaxKind.NullKeyword) this.report(type, name, ApiRule.UNION, `${name} has the type null`);
      return;
    }
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword:
      case ts.SyntaxKind.NumberKeyword:
      case ts.SyntaxKind.BooleanKeyword:
      case ts.SyntaxKind.VoidKeyword:
      // jsii maps `any` and `unknown` to an opaque JSON-like value (`Object` in Java, `object` in C#).
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return;
      default:
        this.report(type, name, ApiRule.TYPE_REFERENCE, `${name} has the type ${type.getText()}, which jsii cannot represent`);
    }
  }

  private checkTypeReference(name: string, node: ts.Node, typeName: ts.Node, typeArguments: ts.NodeArray<ts.TypeNode> | undefined): void {
    const symbol = this.checker.getSymbolAtLocation(ts.isQualifiedName(typeName) ? typeName.right : typeName);
    const text = typeName.getText();
    if (!symbol) {
      this.report(node, name, ApiRule.TYPE_REFERENCE, `${name} refers to ${text}, which does not resolve`);
      return;
    }
    const target = this.resolveAlias(symbol);
    const declaration = target.declarations?.[0];
    const file = declaration?.getSourceFile().fileName ?? '';
    if (target.flags & ts.SymbolFlags.TypeParameter) {
      this.report(node, name, ApiRule.GENERIC, `${name} uses the type parameter ${text}`);
      return;
    }
    const fromDependency = JSII_DEPENDENCIES.some((p) => file.includes(`/node_modules/${p}/`));
    if (fromDependency) return;
    const builtIn = declaration !== undefined && this.program.isSourceFileDefaultLibrary(declaration.getSourceFile());
    if (builtIn && CONTAINER_TYPES.has(target.name)) {
      const args = typeArguments ?? [];
      if (target.name === 'Record') {
        if (args[0]?.kind !== ts.SyntaxKind.StringKeyword) this.report(node, name, ApiRule.TYPE_REFERENCE, `${name} has ${node.getText()}; map keys must be string`);
        if (args[1]) this.checkType(name, args[1], false);
      } else {
        for (const arg of args) this.checkType(name, arg, false);
      }
      return;
    }
    if (builtIn && BUILT_IN_TYPES.has(target.name)) return;
    if (builtIn && target.name === 'ReadonlyArray') {
      this.report(node, name, ApiRule.READONLY_ARRAY, `${name} has the type ${node.getText()}; jsii accepts only mutable arrays`);
      return;
    }
    if (typeArguments && typeArguments.length > 0) {
      this.report(node, name, ApiRule.GENERIC, `${name} has the generic type ${node.getText()}`);
      return;
    }
    if (builtIn) {
      this.report(node, name, ApiRule.TYPE_REFERENCE, `${name} refers to the built-in type ${text}, which jsii cannot represent`);
      return;
    }
    if (target.flags & ts.SymbolFlags.TypeAlias) {
      this.report(node, name, ApiRule.TYPE_ALIAS, `${name} refers to the type alias ${text}`);
      return;
    }
    if (!this.exported.has(target)) {
      const where = path.relative(this.root, file);
      this.report(node, name, ApiRule.TYPE_REFERENCE, `${name} refers to ${text} (${where}), which the entry does not export`);
    }
  }
}

/**
 * Every jsii shape violation in the public API of an entry file, following re-exports.
 * @param entry path of the entry file, e.g. `lib/index.ts`
 * @param root the repository root, whose tsconfig.json is used; @default the current directory
 */
export function checkApiShape(entry: string, root: string = process.cwd()): ApiViolation[] {
  const file = path.resolve(root, entry);
  const program = ts.createProgram([file], { ...compilerOptions(root), noEmit: true });
  const walk = new ApiShapeWalk(program, root);
  walk.run(file);
  return walk.violations;
}

/** One line per violation, for a failure message. */
export function formatViolations(violations: readonly ApiViolation[]): string {
  return violations.map((v) => `${v.location} [${v.rule}] ${v.message}`).join('\n');
}
