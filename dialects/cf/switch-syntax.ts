// MLIR's SwitchOpCases custom directive for cf.switch: `default: ^bb(%a : i32), 42: ^bb2, ...`,
// with case values read as int64 and truncated to the flag's width, printed unsigned.
import { DenseElementsAttr, IntegerType, VectorType, type Attribute, type Block, type OpAsmParser, type Type, type UnresolvedOperand, type Value } from '../../lib/ir/index.js';
import type { CustomDirective } from '../../lib/dialect/index.js';

/** `(%a, %b : i32, i32)` after a successor, or nothing. */
function parseUseList(p: OpAsmParser): { operands: UnresolvedOperand[]; types: Type[] } {
  if (!p.parseOptionalPunct('(')) return { operands: [], types: [] };
  const operands = p.parseOperandList();
  const types = p.parseColonTypeList();
  p.parsePunct(')');
  return { operands, types };
}

/** The case values of a `case_values` attribute as bigints (none when absent). */
export function caseValuesOf(a: Attribute | undefined): bigint[] {
  if (!(a instanceof DenseElementsAttr)) return [];
  const n = 'shape' in a.type ? a.type.shape.reduce((x: number, y: number) => x * y, 1) : 0;
  return Array.from({ length: n }, (_, i) => BigInt(a.at(i) as bigint | number));
}

/** Arguments (after `ref(type($flag))`): default dest, its operands and types, case values, case dests, case operands and types. */
export const switchOpCases: CustomDirective = {
  parse(p, { slots }) {
    const flagType = slots[0].value as Type;
    p.parseKeyword('default');
    p.parsePunct(':');
    slots[1].value = p.parseSuccessor();
    const dflt = parseUseList(p);
    slots[2].value = dflt.operands;
    slots[3].value = dflt.types;
    const width = flagType instanceof IntegerType ? flagType.width : 64;
    const values: bigint[] = [];
    const dests: Block[] = [];
    const operands: UnresolvedOperand[][] = [];
    const types: Type[][] = [];
    while (p.parseOptionalPunct(',')) {
      const negative = p.parseOptionalPunct('-');
      const value = p.parseInteger();
      // MLIR reads an int64 and truncates it to the flag's width, as a signed value.
      values.push(BigInt.asIntN(width, negative ? -value : value));
      p.parsePunct(':');
      dests.push(p.parseSuccessor());
      const use = parseUseList(p);
      operands.push(use.operands);
      types.push(use.types);
    }
    if (values.length) slots[4].value = DenseElementsAttr.get(VectorType.get([values.length], flagType), values);
    slots[5].value = dests;
    slots[6].value = operands;
    slots[7].value = types;
  },
  print(p, _op, [flagType, dflt, dfltOperands, , caseValues, caseDests, caseOperands]) {
    p.write('  default: ');
    p.printSuccessorAndUseList(dflt as Block, dfltOperands as readonly Value[]);
    if (!caseValues) return;
    const width = flagType instanceof IntegerType ? flagType.width : 64;
    const groups = caseOperands as readonly (readonly Value[])[];
    caseValuesOf(caseValues as Attribute).forEach((value, i) => {
      p.write(',');
      p.printNewline();
      // MLIR prints APInt::getLimitedValue: the value read as unsigned.
      p.write(`  ${BigInt.asUintN(width, value)}: `);
      p.printSuccessorAndUseList((caseDests as readonly Block[])[i], groups[i] ?? []);
    });
    p.printNewline();
  },
};
