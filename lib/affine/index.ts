// Public API of dlc's affine library: expressions, maps and integer sets with MLIR's
// simplifications, printing and parsing. See docs/design/affine.md.
export {
  type AffineBinaryKind,
  type AffineExprKind,
  type AffineExpr,
  AffineDimExpr,
  AffineSymbolExpr,
  AffineConstantExpr,
  AffineBinaryExpr,
  dim,
  symbol,
  constant,
  isBinary,
  constValue,
  isSymbolicOrConstant,
  isPureAffine,
  largestKnownDivisor,
  isMultipleOf,
  isFunctionOfDim,
  isFunctionOfSymbol,
  walkExpr,
  maxDimAndSymbol,
} from './expr.js';
export { type ExprLike, add, sub, mul, neg, floorDiv, ceilDiv, mod, binary } from './build.js';
export { replaceDimsAndSymbols, shiftDims, shiftSymbols, replaceExprs } from './substitute.js';
export { simplifyAffineExpr, exprFromFlatForm } from './flatten.js';
export { AffineMap, inversePermutation, concatAffineMaps, dims, symbols } from './map.js';
export { IntegerSet } from './set.js';
export { type Interval, evaluateExpr, exprBounds } from './eval.js';
export { type AffineNamePrinter, printAffineExpr, printAffineMap, printIntegerSet } from './print.js';
export {
  type AffineParseResult,
  type SsaIdOptions,
  type SsaIdsResult,
  parseAffineMap,
  parseIntegerSet,
  parseAffineMapOrSet,
  parseAffineExprWithIds,
  parseAffineExprListWithIds,
  parseAffineMapOfSsaIds,
  parseAffineExprOfSsaIds,
} from './parser.js';
