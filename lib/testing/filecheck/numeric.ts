// Numeric substitution blocks: `[[#%x,VAR:]]`, `[[#VAR+1]]`, `[[#add(A,B)]]`, `[[@LINE+N]]`.
// Parsing follows FileCheck's grammar and error wording; values are BigInts, which matches
// FileCheck's APInt arithmetic that widens instead of overflowing.
import { errorAt, errorAtPoint, isFailure, type Failure, type PatternError } from './errors.js';
import type { StrRef } from './strref.js';
import { NO_FORMAT, NumericVariable, PatternContext, sameFormat, UNSIGNED, type ExpressionFormat } from './variables.js';

const SPACE = ' \t';

type BinOp = (a: bigint, b: bigint) => bigint | undefined;

const OPS: Readonly<Record<string, BinOp>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => (b === 0n ? undefined : a / b),
  max: (a, b) => (a < b ? b : a),
  min: (a, b) => (a < b ? a : b),
};

/** A numeric expression tree; `text` is the source it was parsed from. */
export type ExpressionAst =
  | { readonly kind: 'literal'; readonly value: bigint; readonly text: StrRef }
  | { readonly kind: 'use'; readonly variable: NumericVariable; readonly text: StrRef }
  | { readonly kind: 'binary'; readonly op: BinOp; readonly left: ExpressionAst; readonly right: ExpressionAst; readonly text: StrRef };

/** A parsed numeric block: optional expression and the format its value is shown in. */
export interface Expression {
  readonly ast: ExpressionAst | undefined;
  readonly format: ExpressionFormat;
}

/** Evaluates an expression; undefined variables and division by zero are failures. */
export function evaluate(ast: ExpressionAst): bigint | Failure {
  switch (ast.kind) {
    case 'literal':
      return ast.value;
    case 'use':
      return ast.variable.value ?? { errors: [{ kind: 'undef', name: ast.text.str, at: ast.text }] };
    case 'binary': {
      const l = evaluate(ast.left);
      const r = evaluate(ast.right);
      if (isFailure(l) || isFailure(r)) return { errors: [...(isFailure(l) ? l.errors : []), ...(isFailure(r) ? r.errors : [])] };
      return ast.op(l, r) ?? { errors: [{ kind: 'overflow' }] };
    }
  }
}

function formatName(f: ExpressionFormat): string {
  return f.kind === 'none' ? '<none>' : `%${f.kind}`;
}

function implicitFormat(ast: ExpressionAst): ExpressionFormat | Failure {
  switch (ast.kind) {
    case 'literal':
      return NO_FORMAT;
    case 'use':
      return ast.variable.format;
    case 'binary': {
      const l = implicitFormat(ast.left);
      const r = implicitFormat(ast.right);
      if (isFailure(l) || isFailure(r)) return { errors: [...(isFailure(l) ? l.errors : []), ...(isFailure(r) ? r.errors : [])] };
      if (l.kind !== 'none' && r.kind !== 'none' && !sameFormat(l, r))
        return errorAt(
          ast.text,
          `implicit format conflict between '${ast.left.text.str}' (${formatName(l)}) and '${ast.right.text.str}' (${formatName(r)}), need an explicit format specifier`,
        );
      return l.kind !== 'none' ? l : r;
    }
  }
}

/** The regex (POSIX) matching any value printed in format `f`. */
export function wildcardRegex(f: ExpressionFormat): string {
  const prefix = f.alternate ? '0x' : '';
  const withPrecision = (s: string) => `${prefix}${s}{${f.precision}}`;
  switch (f.kind) {
    case 'u':
    case 'none':
      return f.precision ? withPrecision('([1-9][0-9]*)?[0-9]') : '[0-9]+';
    case 'd':
      return f.precision ? withPrecision('-?([1-9][0-9]*)?[0-9]') : '-?[0-9]+';
    case 'X':
      return f.precision ? withPrecision('([1-9A-F][0-9A-F]*)?[0-9A-F]') : `${prefix}[0-9A-F]+`;
    case 'x':
      return f.precision ? withPrecision('([1-9a-f][0-9a-f]*)?[0-9a-f]') : `${prefix}[0-9a-f]+`;
  }
}

/** The text of `value` in format `f`, or undefined when a negative value has no unsigned form. */
export function matchingString(f: ExpressionFormat, value: bigint): string | undefined {
  if (f.kind !== 'd' && value < 0n) return undefined;
  const abs = value < 0n ? -value : value;
  let digits = f.kind === 'x' ? abs.toString(16) : f.kind === 'X' ? abs.toString(16).toUpperCase() : abs.toString(10);
  if (f.precision > digits.length) digits = '0'.repeat(f.precision - digits.length) + digits;
  return `${value < 0n ? '-' : ''}${f.alternate ? '0x' : ''}${digits}`;
}

/** Parses matched text back into a value, for a variable defined with format `f`. */
export function valueFromString(f: ExpressionFormat, text: string): bigint {
  let s = text;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const hex = f.kind === 'x' || f.kind === 'X';
  if (hex && f.alternate && s.startsWith('0x')) s = s.slice(2);
  const v = BigInt(hex ? `0x${s}` : s);
  return negative ? -v : v;
}

/** Mutable parse position (LLVM passes `StringRef &`). */
interface Cursor {
  s: StrRef;
}

/** A parsed variable name: `name` excludes nothing ('$' and '@' are part of it). */
export interface VariableName {
  readonly name: StrRef;
  readonly isPseudo: boolean;
}

function isAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

/** Parses a variable name at the cursor, advancing past it. */
export function parseVariable(cur: Cursor): VariableName | Failure {
  const s = cur.s;
  if (s.empty) return errorAt(s, 'empty variable name');
  let i = 0;
  const isPseudo = s.at(0) === '@';
  if (s.at(0) === '$' || isPseudo) i++;
  if (i === s.length) return errorAt(s.substr(i), `empty ${isPseudo ? 'pseudo ' : 'global '}variable name`);
  const first = s.at(i++);
  if (first !== '_' && !/^[A-Za-z]$/.test(first)) return errorAt(s, 'invalid variable name');
  while (i < s.length && (s.at(i) === '_' || isAlnum(s.at(i)))) i++;
  cur.s = s.substr(i);
  return { name: s.takeFront(i), isPseudo };
}

type Operand = 'line-var' | 'legacy-literal' | 'any';

class ExpressionParser {
  constructor(
    private readonly ctx: PatternContext,
    private readonly lineNumber: number | undefined,
  ) {}

  private variableUse(name: StrRef, isPseudo: boolean): ExpressionAst | Failure {
    if (isPseudo && name.str !== '@LINE') return errorAt(name, `invalid pseudo numeric variable '${name.str}'`);
    let variable = this.ctx.numericVars.get(name.str);
    if (!variable) {
      // An undefined variable parses fine; the use fails (and is reported) at match time.
      variable = new NumericVariable(name.str, UNSIGNED);
      this.ctx.numericVars.set(name.str, variable);
    }
    if (variable.defLine !== undefined && this.lineNumber !== undefined && variable.defLine === this.lineNumber)
      return errorAt(name, `numeric variable '${name.str}' defined earlier in the same CHECK directive`);
    return { kind: 'use', variable, text: name };
  }

  operand(cur: Cursor, allowed: Operand, maybeInvalidConstraint: boolean): ExpressionAst | Failure {
    if (cur.s.startsWith('(')) {
      if (allowed !== 'any') return errorAt(cur.s, 'parenthesized expression not permitted here');
      return this.paren(cur);
    }
    if (allowed === 'line-var' || allowed === 'any') {
      const probe = { s: cur.s };
      const v = parseVariable(probe);
      if (!isFailure(v)) {
        cur.s = probe.s;
        if (cur.s.ltrim(SPACE).startsWith('(')) {
          if (allowed !== 'any') return errorAt(v.name, 'unexpected function call');
          return this.call(cur, v.name);
        }
        return this.variableUse(v.name, v.isPseudo);
      }
      if (allowed === 'line-var') return v;
    }
    const save = cur.s;
    let s = cur.s;
    const negative = s.startsWith('-');
    if (negative) s = s.dropFront(1);
    const m = (allowed === 'legacy-literal' ? /^[0-9]+/ : /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]*|[1-9][0-9]*)/).exec(s.str);
    if (m && m[0].length > 0) {
      let text = m[0];
      if (/^0[oO]/.test(text)) text = `0o${text.slice(2)}`;
      else if (/^0[0-7]+$/.test(text)) text = `0o${text.slice(1)}`;
      const value = BigInt(text);
      cur.s = s.dropFront(m[0].length);
      return { kind: 'literal', value: negative ? -value : value, text: save.takeFront(save.length - cur.s.length) };
    }
    return errorAt(save, `invalid ${maybeInvalidConstraint ? 'matching constraint or ' : ''}operand format`);
  }

  private paren(cur: Cursor): ExpressionAst | Failure {
    cur.s = cur.s.ltrim(SPACE).dropFront(1).ltrim(SPACE);
    if (cur.s.empty) return errorAt(cur.s, 'missing operand in expression');
    let sub = this.operand(cur, 'any', false);
    cur.s = cur.s.ltrim(SPACE);
    while (!isFailure(sub) && !cur.s.empty && !cur.s.startsWith(')')) {
      const outer = cur.s;
      sub = this.binop(outer, cur, sub, false);
      cur.s = cur.s.ltrim(SPACE);
    }
    if (isFailure(sub)) return sub;
    if (!cur.s.startsWith(')')) return errorAt(cur.s, "missing ')' at end of nested expression");
    cur.s = cur.s.dropFront(1);
    return sub;
  }

  binop(outer: StrRef, cur: Cursor, left: ExpressionAst, legacyLine: boolean): ExpressionAst | Failure {
    cur.s = cur.s.ltrim(SPACE);
    if (cur.s.empty) return left;
    const opAt = cur.s.start;
    const op = cur.s.at(0);
    cur.s = cur.s.dropFront(1);
    if (op !== '+' && op !== '-') return errorAtPoint(cur.s.src, opAt, `unsupported operation '${op}'`);
    cur.s = cur.s.ltrim(SPACE);
    if (cur.s.empty) return errorAt(cur.s, 'missing operand in expression');
    const right = this.operand(cur, legacyLine ? 'legacy-literal' : 'any', false);
    if (isFailure(right)) return right;
    const text = outer.dropBack(outer.end - cur.s.start);
    return { kind: 'binary', op: op === '+' ? OPS.add! : OPS.sub!, left, right, text };
  }

  private call(cur: Cursor, name: StrRef): ExpressionAst | Failure {
    cur.s = cur.s.ltrim(SPACE);
    const fn = Object.hasOwn(OPS, name.str) ? OPS[name.str] : undefined;
    if (!fn) return errorAt(name, `call to undefined function '${name.str}'`);
    cur.s = cur.s.dropFront(1).ltrim(SPACE);
    const args: ExpressionAst[] = [];
    while (!cur.s.empty && !cur.s.startsWith(')')) {
      if (cur.s.startsWith(',')) return errorAt(cur.s, 'missing argument');
      const outer = cur.s;
      let arg = this.operand(cur, 'any', false);
      while (!isFailure(arg) && !cur.s.empty) {
        cur.s = cur.s.ltrim(SPACE);
        if (cur.s.startsWith(',') || cur.s.startsWith(')')) break;
        arg = this.binop(outer, cur, arg, false);
      }
      if (isFailure(arg)) return arg;
      args.push(arg);
      cur.s = cur.s.ltrim(SPACE);
      if (!cur.s.startsWith(',')) break;
      cur.s = cur.s.dropFront(1).ltrim(SPACE);
      if (cur.s.startsWith(')')) return errorAt(cur.s, 'missing argument');
    }
    if (!cur.s.startsWith(')')) return errorAt(cur.s, "missing ')' at end of call expression");
    cur.s = cur.s.dropFront(1);
    if (args.length === 2) return { kind: 'binary', op: fn, left: args[0]!, right: args[1]!, text: cur.s };
    return errorAt(name, `function '${name.str}' takes 2 arguments but ${args.length} given`);
  }
}

/** A parsed numeric substitution block and the variable it defines, if any. */
export interface NumericBlock {
  readonly expression: Expression;
  readonly defined: NumericVariable | undefined;
}

function parseFormat(spec: StrRef): ExpressionFormat | Failure {
  let f = spec.ltrim(SPACE).rtrim(SPACE);
  if (!f.startsWith('%')) return errorAt(f, 'invalid matching format specification in expression');
  f = f.dropFront(1);
  const altAt = f.start;
  const alternate = f.startsWith('#');
  if (alternate) f = f.dropFront(1);
  let precision = 0;
  let kind: ExpressionFormat['kind'] = 'none';
  if (f.startsWith('.')) {
    f = f.dropFront(1);
    const m = /^[0-9]+/.exec(f.str);
    if (!m) return errorAt(f, 'invalid precision in format specifier');
    precision = Number(m[0]);
    f = f.dropFront(m[0].length);
  }
  if (!f.empty) {
    const c = f.at(0);
    if (c !== 'u' && c !== 'd' && c !== 'x' && c !== 'X') return errorAtPoint(f.src, f.start, 'invalid format specifier in expression');
    kind = c;
    f = f.dropFront(1);
  }
  if (alternate && kind !== 'x' && kind !== 'X') return errorAtPoint(f.src, altAt, 'alternate form only supported for hex values');
  f = f.ltrim(SPACE);
  if (!f.empty) return errorAt(f, 'invalid matching format specification in expression');
  return { kind, precision, alternate: alternate && (kind === 'x' || kind === 'X') };
}

function defineNumericVariable(
  defText: StrRef,
  ctx: PatternContext,
  lineNumber: number | undefined,
  format: ExpressionFormat,
): NumericVariable | Failure {
  const cur = { s: defText };
  const v = parseVariable(cur);
  if (isFailure(v)) return v;
  const name = v.name.str;
  if (v.isPseudo) return errorAt(v.name, 'definition of pseudo numeric variable unsupported');
  if (ctx.definedStringVars.has(name)) return errorAt(v.name, `string variable with name '${name}' already exists`);
  const rest = cur.s.ltrim(SPACE);
  if (!rest.empty) return errorAt(rest, 'unexpected characters after numeric variable name');
  const existing = ctx.numericVars.get(name);
  if (existing) {
    if (!sameFormat(existing.format, format)) return errorAt(rest, 'format different from previous variable definition');
    return existing;
  }
  return new NumericVariable(name, format, lineNumber);
}

/** Parses the inside of `[[#...]]` (or a legacy `[[@LINE+N]]`). */
export function parseNumericBlock(
  block: StrRef,
  legacyLine: boolean,
  lineNumber: number | undefined,
  ctx: PatternContext,
): NumericBlock | Failure {
  let expr = block;
  let explicit: ExpressionFormat | undefined;
  let precision = 0;
  const comma = expr.find(',');
  const paren = expr.find('(');
  if (comma !== -1 && (paren === -1 || comma < paren)) {
    const f = parseFormat(expr.takeFront(comma));
    if (isFailure(f)) return f;
    if (f.kind !== 'none') explicit = f;
    precision = f.precision;
    expr = expr.dropFront(comma + 1);
  }
  let defText: StrRef | undefined;
  const colon = expr.find(':');
  if (colon !== -1) {
    defText = expr.takeFront(colon);
    expr = expr.dropFront(colon + 1);
  }
  expr = expr.ltrim(SPACE);
  const hasConstraint = expr.startsWith('==');
  if (hasConstraint) expr = expr.dropFront(2);
  expr = expr.ltrim(SPACE);
  let ast: ExpressionAst | undefined;
  if (expr.empty) {
    if (hasConstraint) return errorAt(expr, 'empty numeric expression should not have a constraint');
  } else {
    const cur = { s: expr.rtrim(SPACE) };
    const outer = cur.s;
    const parser = new ExpressionParser(ctx, lineNumber);
    let result = parser.operand(cur, legacyLine ? 'line-var' : 'any', !hasConstraint);
    while (!isFailure(result) && !cur.s.empty) {
      result = parser.binop(outer, cur, result, legacyLine);
      if (!isFailure(result) && legacyLine && !cur.s.empty)
        return errorAt(cur.s, `unexpected characters at end of expression '${cur.s.str}'`);
    }
    if (isFailure(result)) return result;
    ast = result;
  }
  let format: ExpressionFormat | undefined = explicit;
  if (!format && ast) {
    const implicit = implicitFormat(ast);
    if (isFailure(implicit)) return implicit;
    if (implicit.kind !== 'none') format = implicit;
  }
  format ??= { kind: 'u', precision, alternate: false };
  let defined: NumericVariable | undefined;
  if (defText) {
    const d = defineNumericVariable(defText.ltrim(SPACE), ctx, lineNumber, format);
    if (isFailure(d)) return d;
    defined = d;
  }
  return { expression: { ast, format }, defined };
}

export type { PatternError };
