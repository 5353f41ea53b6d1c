// The custom syntax of `tensor.compute`: a tensor expression written as the math it computes,
//   tensor.compute [i: 128, j: 64, k: 32 reduce] (%a[i, k], %b[k, j]) -> [i, j] add
//       : (tensor<128x32xf32>, tensor<32x64xf32>) -> tensor<128x64xf32> { ^bb0(...): ... }
// See docs/design/tensor-dialect.md.
import { AffineMap, dim, type AffineExpr } from '../../lib/affine/index.js';
import {
  AffineMapAttr, ArrayAttr, DenseArrayAttr, IntegerType, Region, StringAttr, UnitAttr,
  type Attribute, type OpAsmParser, type OpAsmPrinter, type Operation, type OperationState, type UnresolvedOperand,
} from '../../lib/ir/index.js';
import { AFFINE_KEYWORDS, dimName, parseAccess, printAccess } from './access-syntax.js';
import {
  COMBINERS, COMPUTE_PROPS, computeBounds, computeCombiners, computeIterators, explicitInits, indexingMaps, type Combiner,
} from './compute.js';

/** `[i: 128, k: 32 reduce]`: the domain's names, bounds and iterator kinds. */
function parseDomain(p: OpAsmParser): { names: Map<string, AffineExpr>; bounds: bigint[]; reduce: boolean[] } {
  const names = new Map<string, AffineExpr>();
  const bounds: bigint[] = [];
  const reduce: boolean[] = [];
  p.parsePunct('[');
  if (p.parseOptionalPunct(']')) return { names, bounds, reduce };
  do {
    const at = p.currentOffset();
    const name = p.parseKeyword();
    if (AFFINE_KEYWORDS.has(name)) throw p.error(at, `'${name}' is an affine keyword and cannot name a domain dimension`);
    if (names.has(name)) throw p.error(at, `domain dimension '${name}' is declared twice`);
    names.set(name, dim(bounds.length));
    p.parsePunct(':');
    bounds.push(p.parseInteger());
    reduce.push(p.parseOptionalKeyword('reduce') !== undefined);
  } while (p.parseOptionalPunct(','));
  p.parsePunct(']');
  return { names, bounds, reduce };
}

/** Parses the custom form (see the file comment) into `state`. */
export function parseCompute(p: OpAsmParser, state: OperationState): void {
  const ctx = p.context;
  const domain = parseDomain(p);
  const rank = domain.bounds.length;
  const operands: UnresolvedOperand[] = [];
  const maps: AffineMap[] = [];
  const inputsAt = p.currentOffset();
  p.parsePunct('(');
  if (!p.parseOptionalPunct(')')) {
    do {
      operands.push(p.parseOperand());
      maps.push(AffineMap.get(rank, 0, parseAccess(p, domain.names)));
    } while (p.parseOptionalPunct(','));
    p.parsePunct(')');
  }
  p.parsePunct('->');
  const combiners: Combiner[] = [];
  const inits: Attribute[] = [];
  let anyInit = false;
  do {
    maps.push(AffineMap.get(rank, 0, parseAccess(p, domain.names)));
    combiners.push((p.parseOptionalKeyword(COMBINERS.filter((c) => c !== 'none')) as Combiner | undefined) ?? 'none');
    if (p.parseOptionalKeyword('init')) {
      p.parsePunct('(');
      inits.push(p.parseAttribute());
      p.parsePunct(')');
      anyInit = true;
    } else {
      inits.push(UnitAttr.get(ctx));
    }
  } while (p.parseOptionalPunct(','));
  p.parsePunct(':');
  const typeAt = p.currentOffset();
  const fn = p.parseFunctionType();
  if (fn.results.length !== combiners.length) {
    throw p.error(typeAt, `expected ${combiners.length} result type(s), one per output, but got ${fn.results.length}`);
  }
  state.operands.push(...p.resolveOperands(operands, fn.inputs, inputsAt));
  state.resultTypes.push(...fn.results);
  const props = state.properties;
  props.push({ name: 'bounds', value: DenseArrayAttr.get(IntegerType.get(ctx, 64), domain.bounds) });
  props.push({ name: 'iterators', value: ArrayAttr.get(ctx, domain.reduce.map((r) => StringAttr.get(ctx, r ? 'reduction' : 'parallel'))) });
  props.push({ name: 'indexing_maps', value: ArrayAttr.get(ctx, maps.map((m) => AffineMapAttr.get(ctx, m))) });
  props.push({ name: 'combiners', value: ArrayAttr.get(ctx, combiners.map((c) => StringAttr.get(ctx, c))) });
  if (anyInit) props.push({ name: 'inits', value: ArrayAttr.get(ctx, inits) });
  state.attributes.push(...p.parseOptionalAttrDictWithKeyword());
  const body = new Region();
  p.parseRegion(body);
  state.regions.push(body);
}

/**
 * Prints the custom form. Malformed properties (possible in generic input that failed to
 * verify) still print, as far as they go, rather than throw.
 */
export function printCompute(op: Operation, p: OpAsmPrinter): void {
  const bounds = computeBounds(op);
  const iterators = computeIterators(op);
  const maps = indexingMaps(op);
  const combiners = computeCombiners(op);
  const inits = explicitInits(op);
  const access = (i: number) => (maps[i] ? printAccess(maps[i].results) : '[]');
  p.write(` [${bounds.map((b, d) => `${dimName(d)}: ${b}${iterators[d] === 'reduction' ? ' reduce' : ''}`).join(', ')}] (`);
  op.operands.forEach((v, i) => {
    if (i) p.write(', ');
    p.printOperand(v);
    p.write(access(i));
  });
  p.write(') ->');
  for (let o = 0; o < op.numResults; o++) {
    p.write(`${o ? ',' : ''} ${access(op.numOperands + o)}`);
    if (combiners[o] && combiners[o] !== 'none') p.write(` ${combiners[o]}`);
    const init = inits[o];
    if (init) {
      p.write(' init(');
      p.printAttribute(init);
      p.write(')');
    }
  }
  p.write(' : ');
  p.printFunctionalType(op.operandTypes, op.resultTypes);
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), COMPUTE_PROPS);
  p.write(' ');
  p.printRegion(op.regions[0]);
}
