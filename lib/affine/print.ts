// Printing of affine expressions, maps and sets exactly as mlir-opt prints them
// (AsmPrinter.cpp: printAffineExprInternal, printAffineMap, printIntegerSet). The
// `affine_map<...>` / `affine_set<...>` wrappers are the attribute printer's business.
import type { AffineExpr } from './expr.js';
import type { AffineMap } from './map.js';
import type { IntegerSet } from './set.js';
import { wrap } from './int64.js';

/** Names a dim or symbol while printing; the default prints `d<pos>` / `s<pos>`. */
export type AffineNamePrinter = (position: number, isSymbol: boolean) => string;

const defaultNames: AffineNamePrinter = (position, isSymbol) => (isSymbol ? 's' : 'd') + position;

const spelling = { add: ' + ', mul: ' * ', floordiv: ' floordiv ', ceildiv: ' ceildiv ', mod: ' mod ' } as const;

/** Prints an expression, e.g. `d0 + s0 * 2` or `d0 - (d1 floordiv 2)`. */
export function printAffineExpr(e: AffineExpr, names: AffineNamePrinter = defaultNames): string {
  const out: string[] = [];
  printExpr(e, false, names, out);
  return out.join('');
}

// `strong` is MLIR's BindingStrength::Strong: the enclosing operator binds tighter than
// addition, so a binary expression printed here needs parentheses.
function printExpr(e: AffineExpr, strong: boolean, names: AffineNamePrinter, out: string[]): void {
  switch (e.kind) {
    case 'dim':
      out.push(names(e.position, false));
      return;
    case 'symbol':
      out.push(names(e.position, true));
      return;
    case 'constant':
      out.push(e.value.toString());
      return;
  }
  const { lhs, rhs } = e;
  if (strong) out.push('(');
  if (e.kind !== 'add') {
    if (e.kind === 'mul' && rhs.kind === 'constant' && rhs.value === -1n) {
      // Multiplication by -1 prints as a negation.
      out.push('-');
      printExpr(lhs, true, names, out);
    } else {
      printExpr(lhs, true, names, out);
      out.push(spelling[e.kind]);
      printExpr(rhs, true, names, out);
    }
  } else if (rhs.kind === 'mul' && rhs.rhs.kind === 'constant' && rhs.rhs.value < 0n) {
    // Addition of a product with a negative constant prints as a subtraction.
    printExpr(lhs, false, names, out);
    out.push(' - ');
    if (rhs.rhs.value === -1n) {
      printExpr(rhs.lhs, rhs.lhs.kind === 'add', names, out);
    } else {
      printExpr(rhs.lhs, true, names, out);
      // C++ negates in int64, so INT64_MIN stays negative.
      out.push(` * ${wrap(-rhs.rhs.value)}`);
    }
  } else if (rhs.kind === 'constant' && rhs.value < 0n) {
    printExpr(lhs, false, names, out);
    out.push(` - ${wrap(-rhs.value)}`);
  } else {
    printExpr(lhs, false, names, out);
    out.push(' + ');
    printExpr(rhs, false, names, out);
  }
  if (strong) out.push(')');
}

/** Prints the dim and symbol lists, e.g. `(d0, d1)[s0]`. */
function printIdLists(numDims: number, numSymbols: number): string {
  let s = '(';
  for (let i = 0; i < numDims; i++) s += (i ? ', d' : 'd') + i;
  s += ')';
  if (numSymbols > 0) {
    s += '[';
    for (let i = 0; i < numSymbols; i++) s += (i ? ', s' : 's') + i;
    s += ']';
  }
  return s;
}

/** Prints a map body, e.g. `(d0, d1)[s0] -> (d0 + s0, d1)`. */
export function printAffineMap(map: AffineMap): string {
  return `${printIdLists(map.numDims, map.numSymbols)} -> (${map.results.map((e) => printAffineExpr(e)).join(', ')})`;
}

/** Prints a set body, e.g. `(d0)[s0] : (d0 - s0 >= 0, d0 == 0)`. */
export function printIntegerSet(set: IntegerSet): string {
  const constraints = set.constraints.map((e, i) => printAffineExpr(e) + (set.eqFlags[i] ? ' == 0' : ' >= 0'));
  return `${printIdLists(set.numDims, set.numSymbols)} : (${constraints.join(', ')})`;
}
