// Custom directives of the memref dialect: MLIR's DynamicIndexList (`[0, %i, 4]`, static
// values and `%operands` interleaved) and GlobalMemrefOpTypeAndInitialValue.
import {
  DenseArrayAttr, IntegerType, MemRefType, RankedTensorType, TypeAttr, UnitAttr,
  type Attribute, type UnresolvedOperand, type Value,
} from '../../lib/ir/index.js';
import type { CustomDirective } from '../../lib/dialect/index.js';

/** int64's minimum: the dynamic marker in static offset/size/stride arrays (ShapedType::kDynamic). */
export const DYNAMIC = -(2n ** 63n);

/** The entries of a static index array as bigints (DYNAMIC where an operand stands). */
export function staticValues(a: Attribute | undefined): bigint[] {
  return a instanceof DenseArrayAttr ? a.values.map((v) => BigInt(v)) : [];
}

/** `[0, %i, 4]`: the dynamic operands in order, and the static array with DYNAMIC in their places. */
export const dynamicIndexList: CustomDirective = {
  parse(p, { slots, context }) {
    const operands: UnresolvedOperand[] = [];
    const values: bigint[] = [];
    p.parsePunct('[');
    if (!p.parseOptionalPunct(']')) {
      do {
        const operand = p.parseOptionalOperand();
        if (operand) {
          operands.push(operand);
          values.push(DYNAMIC);
        } else {
          const negative = p.parseOptionalPunct('-');
          const v = p.parseInteger();
          values.push(negative ? -v : v);
        }
      } while (p.parseOptionalPunct(','));
      p.parsePunct(']');
    }
    slots[0].value = operands;
    slots[1].value = DenseArrayAttr.get(IntegerType.get(context, 64), values);
  },
  print(p, _op, [operands, statics]) {
    const dynamic = operands as readonly Value[];
    let next = 0;
    p.write('[');
    staticValues(statics as Attribute).forEach((v, i) => {
      if (i) p.write(', ');
      if (v === DYNAMIC) p.printOperand(dynamic[next++]);
      else p.write(String(v));
    });
    p.write(']');
  },
};

/** `memref<2xf32> = dense<...>`, `= uninitialized`, or the type alone (an external global). */
export const globalTypeAndValue: CustomDirective = {
  parse(p, { slots }) {
    const type = p.parseType();
    slots[0].value = TypeAttr.get(type);
    if (!p.parseOptionalPunct('=')) return;
    if (p.parseOptionalKeyword('uninitialized')) {
      slots[1].value = UnitAttr.get(p.context);
      return;
    }
    const tensor = type instanceof MemRefType ? RankedTensorType.get(type.shape, type.elementType) : undefined;
    slots[1].value = p.parseAttribute(tensor);
  },
  print(p, _op, [type, value]) {
    p.printType((type as TypeAttr).value);
    if (!value) return;
    p.write(' = ');
    if ((value as Attribute).kind === 'unit') p.write('uninitialized');
    else p.printAttributeWithoutType(value as Attribute);
  },
};
