// The names of dlc's prelude functors (dlc::op_add...) for gpu reduction kinds and memref atomic kinds.
import type { Operation } from '../../ir/index.js';
import { EmitError } from './emitter.js';

/** The reduction functor of dlc's prelude for a gpu reduction or memref atomic kind. */
export function functorOf(kind: string, op: Operation): string {
  const names: Record<string, string> = {
    add: 'add', addf: 'add', addi: 'add', mul: 'mul', mulf: 'mul', muli: 'mul', and: 'and', andi: 'and', or: 'or', ori: 'or',
    xor: 'xor', xori: 'xor', minsi: 'mins', mins: 'mins', minui: 'minu', minu: 'minu', maxsi: 'maxs', maxs: 'maxs', maxui: 'maxu',
    maxu: 'maxu', minnumf: 'minnumf', maxnumf: 'maxnumf', minimumf: 'minimumf', maximumf: 'maximumf', assign: 'assign',
  };
  const f = names[kind];
  if (!f) throw new EmitError(op, `reduction kind '${kind}' has no CUDA C++ translation`);
  return `dlc::op_${f}()`;
}
