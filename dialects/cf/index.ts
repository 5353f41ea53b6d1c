// The cf dialect: unstructured control flow (br, cond_br, switch) and cf.assert, as in MLIR 22.
import { DenseElementsAttr, IntegerType, type Dialect, type Operation, type Type, type Value } from '../../lib/ir/index.js';
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
  VariadicOfVariadic,
  VariadicSuccessor,
  defineDialect,
  defineOp,
} from '../../lib/dialect/index.js';
import { caseValuesOf, switchOpCases } from './switch-syntax.js';
import { cfCanonicalization } from './canonicalize.js';

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
  return SwitchOp.view(op).caseOperands;
}

/** The case values of a cf.switch as bigints (empty without cases). */
export function switchCaseValues(op: Operation): bigint[] {
  return caseValuesOf(op.getAttr('case_values'));
}

export const SwitchOp = defineOp(
  {
    name: 'cf.switch',
    operands: { flag: AnySignlessInteger, defaultOperands: Variadic(AnyType), caseOperands: VariadicOfVariadic(AnyType, 'case_operand_segments') },
    successors: { defaultDestination: AnySuccessor, caseDestinations: VariadicSuccessor },
    properties: { case_values: caseValuesProp, case_operand_segments: DenseI32ArrayProp },
    traits: [AttrSizedOperandSegments, Pure, Terminator],
    interfaces: { branch: { successorOperands: { defaultDestination: 'defaultOperands', caseDestinations: 'caseOperands' } } },
    assemblyFormat:
      '$flag `:` type($flag) `,` `[` `\\n` custom<SwitchOpCases>(ref(type($flag)), $defaultDestination, $defaultOperands, ' +
      'type($defaultOperands), $case_values, $caseDestinations, $caseOperands, type($caseOperands)) `]` attr-dict',
  },
  {
    verify(v) {
      const op = v.op;
      const values = op.getAttr('case_values');
      const dests = v.caseDestinations;
      if (values instanceof DenseElementsAttr) {
        const caseType: Type = values.type.elementType;
        if (caseType !== v.flag.type) return op.emitOpError(`'flag' type ('${v.flag.type}') should match case value type ('${caseType}')`), false;
        const n = caseValuesOf(values).length;
        if (n !== dests.length) return op.emitOpError(`number of case values (${n}) should match number of case destinations (${dests.length})`), false;
      } else if (dests.length) {
        return op.emitOpError(`number of case values (0) should match number of case destinations (${dests.length})`), false;
      }
      if (v.case_operand_segments.length !== dests.length) {
        return op.emitOpError(`expected ${dests.length} case operand groups, but found ${v.case_operand_segments.length}`), false;
      }
      return true;
    },
  },
);

let dialect: Dialect | undefined;

/** The cf dialect (built once: its op definitions are module-level). */
export function loadCfDialect(): Dialect {
  return (dialect ??= defineDialect({ name: 'cf', ops: [BranchOp, CondBranchOp, AssertOp, SwitchOp], customDirectives: { SwitchOpCases: switchOpCases }, canonicalization: cfCanonicalization }));
}
