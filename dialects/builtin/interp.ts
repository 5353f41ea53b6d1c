// Interpreter implementations of builtin ops: unrealized_conversion_cast between same-representation types.
import { FloatType, MemRefType, RankedTensorType, UnrankedMemRefType, VectorType, type Type } from '../../lib/ir/index.js';
import { intWidth, type InterpreterImpls } from '../../lib/interp/index.js';

/** How values of `t` are represented at run time, or undefined for types the interpreter has no values of. */
function representation(t: Type): string | undefined {
  if (t instanceof RankedTensorType || t instanceof VectorType) return `tensor:${t.elementType.id}`;
  if (t instanceof MemRefType || t instanceof UnrankedMemRefType) return `memref:${t.elementType.id}`;
  if (t instanceof FloatType) return t.name;
  const w = intWidth(t);
  return w === undefined ? undefined : `i${w}`;
}

/** The implementations of builtin ops. */
export function builtinInterpreter(): InterpreterImpls {
  return {
    // Casts left by partial conversions: the identity when each value keeps its representation.
    'builtin.unrealized_conversion_cast': (op, args, interp) => {
      if (args.length !== op.numResults) return interp.error(op, 'only 1:1 casts can be interpreted');
      for (let i = 0; i < args.length; i++) {
        const from = op.operand(i).type;
        const to = op.result(i).type;
        if (from !== to && (representation(from) === undefined || representation(from) !== representation(to))) {
          interp.error(op, `cannot interpret a cast from '${from}' to '${to}'`);
        }
      }
      return args;
    },
  };
}
