/**
 * Which Excel API members the add-in uses, and which requirement set each needs — read from the
 * API typings' `[Api set: ExcelApi x.y]` annotations (@types/office-js) through the TypeScript
 * checker, not kept by hand. Used by tests/excel/api-sets.test.ts (a member above the manifest's
 * requirement must be used under a `supports(feature)` guard whose set is at least the member's)
 * and by scripts/excel-compatibility.ts (docs/EXCEL-COMPATIBILITY.md).
 *
 * A member counts where it opens something new: a member above the manifest's set on a class that
 * exists at the manifest's set (`worksheet.notes`, `range.getMergedAreasOrNullObject()`). Members
 * of a class that itself only comes with a later set (`NoteCollection.add`) can only be reached
 * through such a member, so the guard around that member covers them.
 *
 * A use is guarded when, in its own file, it can only run after `supports("feature")` said yes:
 * inside `if (…supports(f)…) {…}`, after `if (!…supports(f)…) return;` (or continue, break,
 * throw), right of `supports(f) && …`, in the true branch of `supports(f) ? … : …`, or through a
 * `const` set from such a test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { MANIFEST_EXCEL_API, OPTIONAL_FEATURES, type OptionalFeature } from "../src/excel/api-support";

export const ROOT = path.join(__dirname, "..");

export interface MemberUse {
  file: string;
  line: number;
  /** "Worksheet.notes" */
  member: string;
  /** The member's requirement set ("1.18"). */
  set: string;
  /** The feature whose guard the use is under, if any. */
  guard: OptionalFeature | undefined;
  /** Whether the member opens something above the manifest (see the module comment). */
  entry: boolean;
}

/** "1.10" > "1.9". */
export function compareSets(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number) as [number, number];
  const [b1, b2] = b.split(".").map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}

/** The set of a declaration: the first version in its `[Api set: ExcelApi …]` annotation. */
function setOf(declaration: ts.Node): string | undefined {
  const text = declaration.getSourceFile().text;
  for (const range of ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? []) {
    const match = /\[Api set: ExcelApi (\d+\.\d+)/.exec(text.slice(range.pos, range.end));
    if (match) return match[1];
  }
  return undefined;
}

function inExcelNamespace(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && n.name.text === "Excel") return true;
  }
  return false;
}

/** The lowest set among a class's members (when the class first appeared). */
const classSets = new WeakMap<ts.Node, string | undefined>();
function classSet(owner: ts.ClassDeclaration | ts.InterfaceDeclaration): string | undefined {
  if (classSets.has(owner)) return classSets.get(owner);
  let lowest: string | undefined;
  for (const member of owner.members) {
    const set = setOf(member);
    if (set !== undefined && (lowest === undefined || compareSets(set, lowest) < 0)) lowest = set;
  }
  classSets.set(owner, lowest);
  return lowest;
}

const FEATURES = OPTIONAL_FEATURES as Record<string, { set: string }>;

/** The feature a `supports("…")` call tests, if the expression is one. */
function supportsCall(expression: ts.Expression): OptionalFeature | undefined {
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression) || expression.expression.text !== "supports") return undefined;
  const [argument] = expression.arguments;
  return argument && ts.isStringLiteral(argument) && FEATURES[argument.text] ? (argument.text as OptionalFeature) : undefined;
}

class GuardFinder {
  constructor(private readonly checker: ts.TypeChecker) {}

  /** Features known to be supported when `expression` is truthy. */
  whenTrue(expression: ts.Expression, depth = 0): OptionalFeature[] {
    const e = skipParentheses(expression);
    const call = supportsCall(e);
    if (call) return [call];
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...this.whenTrue(e.left, depth), ...this.whenTrue(e.right, depth)];
    if (ts.isIdentifier(e) && depth < 4) {
      const initializer = this.constInitializer(e);
      if (initializer) return this.whenTrue(initializer, depth + 1);
    }
    return [];
  }

  /** Features known to be supported when `expression` is falsy. */
  whenFalse(expression: ts.Expression, depth = 0): OptionalFeature[] {
    const e = skipParentheses(expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return this.whenTrue(e.operand, depth);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...this.whenFalse(e.left, depth), ...this.whenFalse(e.right, depth)];
    return [];
  }

  private constInitializer(identifier: ts.Identifier): ts.Expression | undefined {
    const declaration = this.checker.getSymbolAtLocation(identifier)?.valueDeclaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    const list = declaration.parent;
    return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0 ? declaration.initializer : undefined;
  }

  /** Every feature a node can only run under. */
  guardsOf(node: ts.Node): OptionalFeature[] {
    const found: OptionalFeature[] = [];
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) found.push(...this.whenTrue(parent.expression));
        else if (child === parent.elseStatement) found.push(...this.whenFalse(parent.expression));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) found.push(...this.whenTrue(parent.condition));
        else if (child === parent.whenFalse) found.push(...this.whenFalse(parent.condition));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) found.push(...this.whenTrue(parent.left));
        if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) found.push(...this.whenFalse(parent.left));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        // Earlier statements of the block that leave it unless a feature is there.
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) found.push(...this.whenFalse(statement.expression));
        }
      }
    }
    return found;
  }
}

function skipParentheses(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isContinueStatement(statement) || ts.isBreakStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1] as ts.Statement);
}

/** The project's compiler options, with extra files (for tests) given as text. */
function program(files: readonly string[], extra: Record<string, string> = {}): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (file) => extra[path.resolve(file)] ?? read(file);
  host.fileExists = (file) => path.resolve(file) in extra || exists(file);
  return ts.createProgram([...files, ...Object.keys(extra)], { ...parsed.options, noEmit: true }, host);
}

/** The source files the analysis covers: the Excel adapter and the ribbon commands. */
export function adapterFiles(): string[] {
  return ["src/excel", "src/commands"].flatMap((dir) =>
    ts.sys.readDirectory(path.join(ROOT, dir), [".ts", ".tsx"], undefined, undefined).filter((f) => !f.endsWith(".d.ts")),
  );
}

/**
 * Every use of an Excel API member with an `[Api set]` annotation in `files`; `extra` adds files
 * given as text (absolute path → source), for tests of the analysis itself.
 */
export function memberUses(files: readonly string[] = adapterFiles(), extra: Record<string, string> = {}): MemberUse[] {
  const prog = program(files, extra);
  const checker = prog.getTypeChecker();
  const guards = new GuardFinder(checker);
  const wanted = new Set([...files, ...Object.keys(extra)].map((f) => path.resolve(f)));
  const uses: MemberUse[] = [];
  for (const source of prog.getSourceFiles()) {
    if (!wanted.has(path.resolve(source.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declarations = symbol?.declarations?.filter((d) => inExcelNamespace(d)) ?? [];
        let best: { set: string; declaration: ts.Declaration } | undefined;
        for (const declaration of declarations) {
          const set = setOf(declaration);
          if (set !== undefined && (!best || compareSets(set, best.set) < 0)) best = { set, declaration };
        }
        if (best) {
          const owner = best.declaration.parent;
          const ownerName = (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? owner.name.text : "?";
          const ownerSet = ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) ? classSet(owner) : undefined;
          const above = compareSets(best.set, MANIFEST_EXCEL_API) > 0;
          const entry = above && (ownerSet === undefined || compareSets(ownerSet, MANIFEST_EXCEL_API) <= 0);
          const covering = guards.guardsOf(node).filter((f) => compareSets(FEATURES[f]?.set ?? "0.0", best.set) >= 0);
          uses.push({
            file: path.relative(ROOT, source.fileName),
            line: source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            member: `${ownerName}.${node.name.text}`,
            set: best.set,
            guard: covering[0] ?? guards.guardsOf(node)[0],
            entry,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** Uses above the manifest that no guard of a high enough set covers. */
export function unguarded(uses: readonly MemberUse[]): MemberUse[] {
  return uses.filter((use) => use.entry && (use.guard === undefined || compareSets(FEATURES[use.guard]?.set ?? "0.0", use.set) < 0));
}

/** The manifest's ExcelApi requirement, read from manifest.xml. */
export function manifestRequirement(): string | undefined {
  const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  return /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\s*\/>/.exec(xml)?.[1];
}
