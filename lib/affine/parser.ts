// Parser for the bodies of affine maps and integer sets (`(d0)[s0] -> (d0 + s0)`,
// `(d0) : (d0 >= 0)`) and for affine expressions over named or SSA ids, following MLIR's
// AffineParser: the same grammar, the same construction order (hence the same
// simplified expressions) and MLIR's error messages and positions. Never throws.
import { type AffineExpr, constant, dim, isSymbolicOrConstant, symbol } from './expr.js';
import { add, ceilDiv, floorDiv, mod, mul, neg, sub } from './build.js';
import { AffineMap } from './map.js';
import { IntegerSet } from './set.js';
import { type Token, type TokenKind, integerValue, lexToken } from './lexer.js';
import { INT64_MAX } from './int64.js';

/** A parse result: the value and the offset just past its last token, or an error. */
export type AffineParseResult<T> = { value: T; end: number } | { error: string; offset: number };

/** Called for each new SSA id in an expression of SSA ids; returns its dim or symbol. */
export interface SsaIdOptions {
  /** Told each distinct SSA name (`%i`, `%r#1`) on first use, in order; may reject it. */
  readonly onSsaId?: (name: string, isSymbol: boolean, offset: number) => string | void;
}

type HighOp = 'mul' | 'floordiv' | 'ceildiv' | 'mod';
type LowOp = '+' | '-';

class AffineParser {
  tok: Token;
  prevEnd: number;
  error: { error: string; offset: number } | undefined;
  readonly ids: [string, AffineExpr][] = [];
  numDimOperands = 0;
  numSymbolOperands = 0;

  constructor(
    readonly src: string,
    pos: number,
    readonly ssa: SsaIdOptions | undefined,
  ) {
    this.prevEnd = pos;
    this.tok = this.lex(pos);
  }

  // A lexer error is reported when the bad token becomes current, and masks any parser
  // error that follows from it, as in MLIR.
  private lex(pos: number): Token {
    const t = lexToken(this.src, pos);
    if (t.kind === 'error') this.fail(t.start, t.message!);
    return t;
  }

  advance(): void {
    this.prevEnd = this.tok.end;
    this.tok = this.lex(this.tok.end);
  }

  consumeIf(kind: TokenKind): boolean {
    if (this.tok.kind !== kind) return false;
    this.advance();
    return true;
  }

  spelling(): string {
    return this.src.slice(this.tok.start, this.tok.end);
  }

  fail(offset: number, message: string): undefined {
    this.error ??= { error: message, offset };
    return undefined;
  }

  /** An error at the current token. */
  emitError(message: string): undefined {
    return this.fail(this.tok.start, message);
  }

  /**
   * An error about the current token, placed just after the previous token (skipping
   * blank lines and `//` comments) as MLIR's emitWrongTokenError does.
   */
  emitWrongTokenError(message: string): undefined {
    const src = this.src;
    const loc = this.tok.kind === 'eof' && this.tok.start > 0 ? this.tok.start - 1 : this.tok.start;
    let end = loc;
    for (;;) {
      while (end > 0 && (src[end - 1] === ' ' || src[end - 1] === '\t')) end--;
      if (end === 0) return this.fail(loc, message);
      if (src[end - 1] !== '\n' && src[end - 1] !== '\r') return this.fail(end, message);
      end--;
      let lineStart = end;
      while (lineStart > 0 && src[lineStart - 1] !== '\n' && src[lineStart - 1] !== '\r') lineStart--;
      // A `//` on the previous line starts a comment: report before it.
      const comment = src.slice(lineStart, end).indexOf('//');
      if (comment !== -1) end = lineStart + comment;
    }
  }

  /** Consumes a `kind` token or reports `expected '<kind>'<context>`. */
  parseToken(kind: TokenKind, context = ''): boolean {
    if (this.consumeIf(kind)) return true;
    // The message is built only on failure: this is on the hot path of every map.
    this.emitWrongTokenError(`expected '${kind}'${context}`);
    return false;
  }

  /** `open elt (, elt)* close` or `open close`; false on error. */
  parseCommaSeparatedList(open: '(' | '[', element: () => boolean, context: string): boolean {
    const close = open === '(' ? ')' : ']';
    if (!this.parseToken(open, context)) return false;
    if (this.consumeIf(close)) return true;
    if (!element()) return false;
    while (this.consumeIf(',')) if (!element()) return false;
    return this.parseToken(close, context);
  }

  // Identifiers are bare ids, which include MLIR's keywords and integer types like i32.
  isIdentifier(): boolean {
    return this.tok.kind === 'id';
  }

  highPrecOp(): HighOp | undefined {
    if (this.tok.kind === '*') return 'mul';
    if (this.tok.kind !== 'id') return undefined;
    const s = this.spelling();
    return s === 'floordiv' || s === 'ceildiv' || s === 'mod' ? s : undefined;
  }

  consumeIfHighPrecOp(): HighOp | undefined {
    const op = this.highPrecOp();
    if (op) this.advance();
    return op;
  }

  consumeIfLowPrecOp(): LowOp | undefined {
    const k = this.tok.kind;
    if (k !== '+' && k !== '-') return undefined;
    this.advance();
    return k;
  }

  buildHigh(op: HighOp, lhs: AffineExpr, rhs: AffineExpr, opLoc: number): AffineExpr | undefined {
    if (op === 'mul') {
      if (!isSymbolicOrConstant(lhs) && !isSymbolicOrConstant(rhs)) {
        return this.fail(opLoc, 'non-affine expression: at least one of the multiply operands has to be either a constant or symbolic');
      }
      return mul(lhs, rhs);
    }
    if (!isSymbolicOrConstant(rhs)) {
      return this.fail(opLoc, `non-affine expression: right operand of ${op} has to be either a constant or symbolic`);
    }
    return op === 'floordiv' ? floorDiv(lhs, rhs) : op === 'ceildiv' ? ceilDiv(lhs, rhs) : mod(lhs, rhs);
  }

  buildLow(op: LowOp, lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
    return op === '+' ? add(lhs, rhs) : sub(lhs, rhs);
  }

  /** affine-expr: additions and subtractions of high-precedence terms, left-associative. */
  parseAffineExpr(): AffineExpr | undefined {
    return this.parseLowPrecOpExpr(undefined, '+');
  }

  parseLowPrecOpExpr(llhs: AffineExpr | undefined, llhsOp: LowOp): AffineExpr | undefined {
    for (;;) {
      const lhs = this.parseOperandExpr(llhs);
      if (!lhs) return undefined;
      const lOp = this.consumeIfLowPrecOp();
      if (lOp) {
        llhs = llhs ? this.buildLow(llhsOp, llhs, lhs) : lhs;
        llhsOp = lOp;
        continue;
      }
      const opLoc = this.tok.start;
      const hOp = this.consumeIfHighPrecOp();
      if (hOp) {
        const high = this.parseHighPrecOpExpr(lhs, hOp, opLoc);
        if (!high) return undefined;
        const e = llhs ? this.buildLow(llhsOp, llhs, high) : high;
        const next = this.consumeIfLowPrecOp();
        if (!next) return e;
        // Continue the sum after the product: parse `e next ...`.
        llhs = e;
        llhsOp = next;
        continue;
      }
      return llhs ? this.buildLow(llhsOp, llhs, lhs) : lhs;
    }
  }

  // Parses the operands after `llhs llhsOp`; MLIR reports a non-affine product at the
  // position of the operator that follows it, which we keep.
  parseHighPrecOpExpr(llhs: AffineExpr, llhsOp: HighOp, llhsOpLoc: number): AffineExpr | undefined {
    for (;;) {
      const lhs = this.parseOperandExpr(llhs);
      if (!lhs) return undefined;
      const opLoc = this.tok.start;
      const op = this.consumeIfHighPrecOp();
      if (!op) return this.buildHigh(llhsOp, llhs, lhs, llhsOpLoc);
      const e = this.buildHigh(llhsOp, llhs, lhs, opLoc);
      if (!e) return undefined;
      llhs = e;
      llhsOp = op;
      llhsOpLoc = opLoc;
    }
  }

  parseOperandExpr(lhs: AffineExpr | undefined): AffineExpr | undefined {
    switch (this.tok.kind) {
      case 'ssa':
        return this.parseSsaIdExpr(false);
      case 'int':
        return this.parseIntegerExpr();
      case '(':
        return this.parseParentheticalExpr();
      case '-':
        return this.parseNegateExpr(lhs);
      case '+':
      case '*':
        return this.emitError(lhs ? 'missing right operand of binary operator' : 'missing left operand of binary operator');
      case 'id':
        if (this.spelling() === 'symbol') return this.parseSymbolSsaIdExpr();
        return this.parseBareIdExpr();
      default:
        return this.emitError(lhs ? 'missing right operand of binary operator' : 'expected affine expression');
    }
  }

  parseParentheticalExpr(): AffineExpr | undefined {
    if (!this.parseToken('(')) return undefined;
    if (this.tok.kind === ')') return this.emitError('no expression inside parentheses');
    const e = this.parseAffineExpr();
    if (!e || !this.parseToken(')')) return undefined;
    return e;
  }

  // Negation binds tighter than every binary operator: `-d0 * 2` is `(-d0) * 2`.
  parseNegateExpr(lhs: AffineExpr | undefined): AffineExpr | undefined {
    if (!this.parseToken('-')) return undefined;
    const operand = this.parseOperandExpr(lhs);
    if (!operand) return this.emitError('missing operand of negation');
    return neg(operand);
  }

  parseIntegerExpr(): AffineExpr | undefined {
    const v = integerValue(this.spelling());
    if (v === undefined || v > INT64_MAX) return this.emitError('constant too large for index');
    this.advance();
    return constant(v);
  }

  parseBareIdExpr(): AffineExpr | undefined {
    if (!this.isIdentifier()) return this.emitWrongTokenError('expected bare identifier');
    const name = this.spelling();
    const entry = this.ids.find(([n]) => n === name);
    if (!entry) return this.emitWrongTokenError('use of undeclared identifier');
    this.advance();
    return entry[1];
  }

  parseSsaIdExpr(isSymbol: boolean): AffineExpr | undefined {
    if (!this.ssa) return this.emitWrongTokenError('unexpected ssa identifier');
    if (this.tok.kind !== 'ssa') return this.emitWrongTokenError('expected ssa identifier');
    const name = this.spelling();
    const entry = this.ids.find(([n]) => n === name);
    if (entry) {
      this.advance();
      return entry[1];
    }
    const rejected = this.ssa.onSsaId?.(name, isSymbol, this.tok.start);
    if (typeof rejected === 'string') return this.emitError(rejected);
    this.advance();
    const e = isSymbol ? symbol(this.numSymbolOperands++) : dim(this.numDimOperands++);
    this.ids.push([name, e]);
    return e;
  }

  parseSymbolSsaIdExpr(): AffineExpr | undefined {
    this.advance();
    if (!this.parseToken('(', ' at start of SSA symbol')) return undefined;
    const e = this.parseSsaIdExpr(true);
    if (!e || !this.parseToken(')', ' at end of SSA symbol')) return undefined;
    return e;
  }

  parseIdentifierDefinition(e: AffineExpr): boolean {
    if (!this.isIdentifier()) {
      this.emitWrongTokenError('expected bare identifier');
      return false;
    }
    const name = this.spelling();
    if (this.ids.some(([n]) => n === name)) {
      this.emitError(`redefinition of identifier '${name}'`);
      return false;
    }
    this.advance();
    this.ids.push([name, e]);
    return true;
  }

  /** `(ids)` then optionally `[ids]`. */
  parseDimAndSymbolLists(): { numDims: number; numSymbols: number } | undefined {
    let numDims = 0;
    let numSymbols = 0;
    if (!this.parseCommaSeparatedList('(', () => this.parseIdentifierDefinition(dim(numDims++)), ' in dimensional identifier list')) {
      return undefined;
    }
    if (this.tok.kind === '[') {
      const ok = this.parseCommaSeparatedList('[', () => this.parseIdentifierDefinition(symbol(numSymbols++)), ' in symbol list');
      if (!ok) return undefined;
    }
    return { numDims, numSymbols };
  }

  parseMapOrSet(): AffineMap | IntegerSet | undefined {
    const lists = this.parseDimAndSymbolLists();
    if (!lists) return undefined;
    if (this.consumeIf('->')) return this.parseMapRange(lists.numDims, lists.numSymbols);
    if (!this.consumeIf(':')) return this.emitWrongTokenError("expected '->' or ':'");
    return this.parseSetConstraints(lists.numDims, lists.numSymbols);
  }

  parseExprList(open: '(' | '[', context: string): AffineExpr[] | undefined {
    const exprs: AffineExpr[] = [];
    const element = (): boolean => {
      const e = this.parseAffineExpr();
      if (e) exprs.push(e);
      return !!e;
    };
    return this.parseCommaSeparatedList(open, element, context) ? exprs : undefined;
  }

  parseMapRange(numDims: number, numSymbols: number): AffineMap | undefined {
    const exprs = this.parseExprList('(', ' in affine map range');
    return exprs && AffineMap.get(numDims, numSymbols, exprs);
  }

  // `a >= b` becomes `a - b >= 0`, `a <= b` becomes `b - a >= 0`, `a == b` is `a - b == 0`.
  parseConstraint(): { expr: AffineExpr; isEq: boolean } | undefined {
    const lhs = this.parseAffineExpr();
    if (!lhs) return undefined;
    const rest = (isEq: boolean, build: (rhs: AffineExpr) => AffineExpr) => {
      const rhs = this.parseAffineExpr();
      return rhs && { expr: build(rhs), isEq };
    };
    if (this.consumeIf('>') && this.consumeIf('=')) return rest(false, (rhs) => sub(lhs, rhs));
    if (this.consumeIf('<') && this.consumeIf('=')) return rest(false, (rhs) => sub(rhs, lhs));
    if (this.consumeIf('=') && this.consumeIf('=')) return rest(true, (rhs) => sub(lhs, rhs));
    return this.emitError("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
  }

  parseSetConstraints(numDims: number, numSymbols: number): IntegerSet | undefined {
    const constraints: AffineExpr[] = [];
    const eqFlags: boolean[] = [];
    const element = (): boolean => {
      const c = this.parseConstraint();
      if (c) {
        constraints.push(c.expr);
        eqFlags.push(c.isEq);
      }
      return !!c;
    };
    if (!this.parseCommaSeparatedList('(', element, ' in integer set constraint list')) return undefined;
    // No constraints is the universe, which MLIR writes `0 == 0`.
    if (constraints.length === 0) return IntegerSet.universe(numDims, numSymbols);
    return IntegerSet.get(numDims, numSymbols, constraints, eqFlags);
  }

  result<T>(value: T | undefined): AffineParseResult<T> {
    if (this.error) return this.error;
    if (value === undefined) return { error: 'internal error: affine parser failed without a message', offset: this.tok.start };
    return { value, end: this.prevEnd };
  }
}

/**
 * Parses an affine map or an integer set body at `pos` (just after `affine_map<` or
 * `affine_set<`), e.g. `(d0)[s0] -> (d0 + s0)` or `(d0) : (d0 >= 0)`. `end` is just past
 * the closing `)`; whitespace and comments before the body are skipped.
 */
export function parseAffineMapOrSet(src: string, pos: number): AffineParseResult<AffineMap | IntegerSet> {
  const p = new AffineParser(src, pos, undefined);
  return p.result(p.error ? undefined : p.parseMapOrSet());
}

/** Parses an affine map body at `pos`; an integer set there is an error. */
export function parseAffineMap(src: string, pos: number): AffineParseResult<AffineMap> {
  const p = new AffineParser(src, pos, undefined);
  const start = p.tok.start;
  const r = p.result(p.error ? undefined : p.parseMapOrSet());
  if ('error' in r) return r;
  return r.value instanceof AffineMap ? { value: r.value, end: r.end } : { error: 'expected AffineMap, but got IntegerSet', offset: start };
}

/** Parses an integer set body at `pos`; an affine map there is an error. */
export function parseIntegerSet(src: string, pos: number): AffineParseResult<IntegerSet> {
  const p = new AffineParser(src, pos, undefined);
  const start = p.tok.start;
  const r = p.result(p.error ? undefined : p.parseMapOrSet());
  if ('error' in r) return r;
  return r.value instanceof IntegerSet ? { value: r.value, end: r.end } : { error: 'expected IntegerSet, but got AffineMap', offset: start };
}

/**
 * Parses one affine expression at `pos` over the given named ids (MLIR's
 * parseAffineExprReference), e.g. `i * 4 + j` with `i` and `j` bound to d0 and d1.
 */
export function parseAffineExprWithIds(
  src: string,
  pos: number,
  ids: Iterable<readonly [string, AffineExpr]>,
): AffineParseResult<AffineExpr> {
  const p = new AffineParser(src, pos, undefined);
  for (const [name, e] of ids) p.ids.push([name, e]);
  return p.result(p.error ? undefined : p.parseAffineExpr());
}

/**
 * Parses a delimited list of affine expressions over the given named ids, e.g.
 * `(i * 4, j floordiv 2)` or `[i, j + 1]`, as custom op syntax embeds them.
 */
export function parseAffineExprListWithIds(
  src: string,
  pos: number,
  ids: Iterable<readonly [string, AffineExpr]>,
  delimiter: '(' | '[' = '(',
): AffineParseResult<AffineExpr[]> {
  const p = new AffineParser(src, pos, undefined);
  for (const [name, e] of ids) p.ids.push([name, e]);
  return p.result(p.error ? undefined : p.parseExprList(delimiter, ''));
}

/** A map or expression of SSA ids together with the ids, in dim and symbol order. */
export interface SsaIdsResult<T> {
  readonly value: T;
  readonly end: number;
  /** SSA names bound to d0, d1, ... in order. */
  readonly dimNames: readonly string[];
  /** SSA names bound to s0, s1, ... (those written `symbol(%x)`) in order. */
  readonly symbolNames: readonly string[];
}

function ssaResult<T>(p: AffineParser, value: T | undefined): SsaIdsResult<T> | { error: string; offset: number } {
  const r = p.result(value);
  if ('error' in r) return r;
  const dimNames = p.ids.filter(([, e]) => e.kind === 'dim').map(([n]) => n);
  const symbolNames = p.ids.filter(([, e]) => e.kind === 'symbol').map(([n]) => n);
  return { value: r.value, end: r.end, dimNames, symbolNames };
}

/**
 * Parses a list of affine expressions over SSA ids, as affine dialect ops write their
 * indices: `[%i + 1, symbol(%n) - %j]` (delimiter `[`) or `(...)`. Each new `%id` becomes
 * the next dim, each new `symbol(%id)` the next symbol (MLIR's parseAffineMapOfSSAIds).
 */
export function parseAffineMapOfSsaIds(
  src: string,
  pos: number,
  delimiter: '(' | '[',
  options: SsaIdOptions = {},
): SsaIdsResult<AffineMap> | { error: string; offset: number } {
  const p = new AffineParser(src, pos, options);
  const exprs = p.error ? undefined : p.parseExprList(delimiter, ' in affine map');
  const map = exprs && AffineMap.get(p.numDimOperands, p.numSymbolOperands, exprs);
  return ssaResult(p, map);
}

/** Parses one affine expression over SSA ids (see parseAffineMapOfSsaIds). */
export function parseAffineExprOfSsaIds(
  src: string,
  pos: number,
  options: SsaIdOptions = {},
): SsaIdsResult<AffineExpr> | { error: string; offset: number } {
  const p = new AffineParser(src, pos, options);
  return ssaResult(p, p.error ? undefined : p.parseAffineExpr());
}
