// Custom syntax of gpu.subgroup_reduce, written by hand because its reduction property is named
// `op`, which a declared property (and so an assembly format) cannot be.
import { IntegerAttr, IntegerType, UnitAttr, type OpAsmParser, type OpAsmPrinter, type Operation, type OperationState } from '../../lib/ir/index.js';
import { KEYWORD_ENUMS, KeywordEnumAttr } from './attrs.js';

/** `add %v (uniform)? (cluster(size = 4(, stride = 2)?))? attr-dict : (f32) -> f32`, as MLIR's format reads it. */
export function parseSubgroupReduce(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  const at = parser.currentOffset();
  const kind = parser.parseOptionalKeyword(KEYWORD_ENUMS.all_reduce_op);
  if (!kind) throw parser.error(at, `expected gpu::AllReduceOperation to be one of: ${KEYWORD_ENUMS.all_reduce_op.join(', ')}`);
  state.properties.push({ name: 'op', value: KeywordEnumAttr.get(ctx, 'all_reduce_op', kind) });
  const operand = parser.parseOperand();
  if (parser.parseOptionalKeyword('uniform')) state.properties.push({ name: 'uniform', value: UnitAttr.get(ctx) });
  const i32 = IntegerType.get(ctx, 32);
  let stride = 1n;
  if (parser.parseOptionalKeyword('cluster')) {
    parser.parsePunct('(');
    parser.parseKeyword('size');
    parser.parsePunct('=');
    state.properties.push({ name: 'cluster_size', value: IntegerAttr.get(i32, parser.parseInteger()) });
    if (parser.parseOptionalPunct(',')) {
      parser.parseKeyword('stride');
      parser.parsePunct('=');
      stride = parser.parseInteger();
    }
    parser.parsePunct(')');
  }
  state.properties.push({ name: 'cluster_stride', value: IntegerAttr.get(i32, stride) });
  state.attributes.push(...parser.parseOptionalAttrDict());
  parser.parsePunct(':');
  const typeAt = parser.currentOffset();
  const type = parser.parseFunctionType();
  if (type.inputs.length !== 1) throw parser.error(typeAt, `expected 1 operand type but got ${type.inputs.length}`);
  state.operands.push(parser.resolveOperand(operand, type.inputs[0]));
  state.resultTypes.push(...type.results);
}

export function printSubgroupReduce(op: Operation, p: OpAsmPrinter): void {
  const kind = op.getProp('op');
  p.write(`  ${kind instanceof KeywordEnumAttr ? kind.value : '<<missing>>'} `);
  p.printOperand(op.operand(0));
  if (op.getProp('uniform')) p.write(' uniform');
  const size = op.getProp('cluster_size');
  const stride = op.getProp('cluster_stride');
  const strideValue = stride instanceof IntegerAttr ? stride.value : 1n;
  if (size instanceof IntegerAttr) {
    p.write(` cluster(size = ${size.value}`);
    if (strideValue !== 1n) p.write(`, stride = ${strideValue}`);
    p.write(')');
  }
  p.printOptionalAttrDict(p.attributesOf(op), ['op', 'uniform', 'cluster_size', 'cluster_stride']);
  p.write(' : ');
  p.printFunctionalType(op.operandTypes, op.resultTypes);
}
