// The cf dialect: unstructured control flow (br, cond_br, switch) and cf.assert, as in MLIR 22.
import { DenseArrayAttr, DenseElementsAttr, IntegerType, VectorType, type Block, type Dialect, type OpAsmParser, type OpAsmPrinter, type Operation, type OperationState, type Type, type Value } from '../../lib/ir/index.js';
import {
  AnySignlessInteger,
  AnySuccessor,
  AnyType,
  AttrProp,
  AttrSizedOperandSegments,
  DenseI32ArrayProp,
  I1,
  MemWrite,
  Pure,
  StrProp,
  Terminator,
  Variadic,
  VariadicSuccessor,
  defineDialect,
  defineOp,
} from '../../lib/dialect/index.js';
import { verifyBranchSuccessorOperands } from '../../lib/verify/branch.js';

export const BranchOp = defineOp({
  name: 'cf.br',
  operands: { destOperands: Variadic(AnyType) },
  successors: { dest: AnySuccessor },
  traits: [Pure, Terminator],
  interfaces: { branch: { successorOperands: { dest: 'destOperands' } } },
  assemblyFormat: '$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict',
});

export const CondBranchOp = defineOp({
  name: 'cf.cond_br',
  operands: { condition: I1, trueDestOperands: Variadic(AnyType), falseDestOperands: Variadic(AnyType) },
  successors: { trueDest: AnySuccessor, falseDest: AnySuccessor },
  traits: [AttrSizedOperandSegments, Pure, Terminator],
  interfaces: { branch: { successorOperands: { trueDest: 'trueDestOperands', falseDest: 'falseDestOperands' } } },
  assemblyFormat:
    '$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` ' +
    '$falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict',
});

// MLIR declares an unspecified write effect so that asserts are not removed as dead.
export const AssertOp = defineOp({
  name: 'cf.assert',
  operands: { arg: I1 },
  properties: { msg: StrProp },
  interfaces: { memoryEffects: [MemWrite()] },
  assemblyFormat: '$arg `,` $msg attr-dict',
});

const caseValuesProp = AttrProp('integer elements attribute', (a) => a instanceof DenseElementsAttr && a.type.elementType instanceof IntegerType).optional();

/** The case operand groups of a cf.switch, one list per case destination. */
export function switchCaseOperands(op: Operation): Value[][] {
  const v = SwitchOp.view(op);
  const out: Value[][] = [];
  let at = 0;
  for (const n of v.case_operand_segments) {
    out.push(v.caseOperands.slice(at, at + n));
    at += n;
  }
  return out;
}

/** The case values of a cf.switch as bigints (empty without cases). */
export function switchCaseValues(op: Operation): bigint[] {
  const a = op.getAttr('case_values');
  if (!(a instanceof DenseElementsAttr)) return [];
  return Array.from({ length: elementCount(a) }, (_, i) => BigInt(a.at(i) as bigint | number));
}

function elementCount(a: DenseElementsAttr): number {
  return 'shape' in a.type ? a.type.shape.reduce((x: number, y: number) => x * y, 1) : 0;
}

function parseUseList(parser: OpAsmParser, state: OperationState): number {
  if (!parser.parseOptionalPunct('(')) return 0;
  const operands = parser.parseOperandList();
  const types = parser.parseColonTypeList();
  parser.parsePunct(')');
  state.operands.push(...parser.resolveOperands(operands, types, parser.currentOffset()));
  return operands.length;
}

/** `%flag : i32, [ default: ^bb(%a : i32), 42: ^bb2 ]`, MLIR's parseSwitchOpCases. */
function parseSwitch(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  const flag = parser.parseOperand();
  const flagType = parser.parseColonType();
  state.operands.push(parser.resolveOperand(flag, flagType));
  parser.parsePunct(',');
  parser.parsePunct('[');
  parser.parseKeyword('default');
  parser.parsePunct(':');
  state.successors.push(parser.parseSuccessor());
  const defaultCount = parseUseList(parser, state);
  const width = flagType instanceof IntegerType ? flagType.width : 64;
  const values: bigint[] = [];
  const segments: number[] = [];
  while (parser.parseOptionalPunct(',')) {
    const negative = parser.parseOptionalPunct('-');
    const value = parser.parseInteger();
    // MLIR reads an int64 and truncates it to the flag's width, as a signed value.
    values.push(BigInt.asIntN(width, negative ? -value : value));
    parser.parsePunct(':');
    state.successors.push(parser.parseSuccessor());
    segments.push(parseUseList(parser, state));
  }
  parser.parsePunct(']');
  state.attributes.push(...parser.parseOptionalAttrDict());
  if (values.length) state.properties.push({ name: 'case_values', value: DenseElementsAttr.get(VectorType.get([values.length], flagType), values) });
  const i32 = IntegerType.get(ctx, 32);
  const caseCount = segments.reduce((x, y) => x + y, 0);
  state.properties.push({ name: 'case_operand_segments', value: DenseArrayAttr.get(i32, segments) });
  state.properties.push({ name: 'operandSegmentSizes', value: DenseArrayAttr.get(i32, [1, defaultCount, caseCount]) });
}

function printUseList(p: OpAsmPrinter, dest: Block, operands: readonly Value[]): void {
  p.printSuccessorAndUseList(dest, operands);
}

function printSwitch(op: Operation, p: OpAsmPrinter): void {
  const v = SwitchOp.view(op);
  p.write(' ');
  p.printOperand(v.flag);
  p.write(' : ');
  p.printType(v.flag.type);
  p.write(', [');
  p.printNewline();
  p.write('  default: ');
  printUseList(p, v.defaultDestination, v.defaultOperands);
  const values = switchCaseValues(op);
  const width = v.flag.type instanceof IntegerType ? v.flag.type.width : 64;
  const groups = switchCaseOperands(op);
  values.forEach((value, i) => {
    p.write(',');
    p.printNewline();
    // MLIR prints APInt::getLimitedValue: the value read as unsigned.
    p.write(`  ${BigInt.asUintN(width, value)}: `);
    printUseList(p, op.successors[i + 1], groups[i] ?? []);
  });
  if (op.getAttr('case_values')) p.printNewline();
  p.write(']');
  p.printOptionalAttrDict(p.attributesOf(op), ['case_values', 'case_operand_segments', 'operandSegmentSizes']);
}

export const SwitchOp = defineOp(
  {
    name: 'cf.switch',
    operands: { flag: AnySignlessInteger, defaultOperands: Variadic(AnyType), caseOperands: Variadic(AnyType) },
    successors: { defaultDestination: AnySuccessor, caseDestinations: VariadicSuccessor },
    properties: { case_values: caseValuesProp, case_operand_segments: DenseI32ArrayProp },
    traits: [AttrSizedOperandSegments, Pure, Terminator],
    parse: parseSwitch,
    print: printSwitch,
  },
  {
    verify(v) {
      const op = v.op;
      const values = op.getAttr('case_values');
      const dests = op.successors.slice(1);
      if (values instanceof DenseElementsAttr) {
        const caseType: Type = values.type.elementType;
        if (caseType !== v.flag.type) return op.emitOpError(`'flag' type ('${v.flag.type}') should match case value type ('${caseType}')`), false;
        const n = elementCount(values);
        if (n !== dests.length) return op.emitOpError(`number of case values (${n}) should match number of case destinations (${dests.length})`), false;
      } else if (dests.length) {
        return op.emitOpError(`number of case values (0) should match number of case destinations (${dests.length})`), false;
      }
      if (v.case_operand_segments.length !== dests.length) {
        return op.emitOpError(`expected ${dests.length} case operand groups, but found ${v.case_operand_segments.length}`), false;
      }
      if (!verifyBranchSuccessorOperands(op, 0, v.defaultOperands)) return false;
      const groups = switchCaseOperands(op);
      return groups.every((g, i) => verifyBranchSuccessorOperands(op, i + 1, g));
    },
  },
);

let dialect: Dialect | undefined;

/** The cf dialect (built once: its op definitions are module-level). */
export function loadCfDialect(): Dialect {
  return (dialect ??= defineDialect({ name: 'cf', ops: [BranchOp, CondBranchOp, AssertOp, SwitchOp] }));
}
