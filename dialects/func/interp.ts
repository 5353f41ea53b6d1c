// Interpreter implementations of the func dialect: calls (direct and indirect), function constants, return.
import { SymbolRefAttr, type Operation } from '../../lib/ir/index.js';
import { FunctionRef, type InterpreterImpls, type Interpreter } from '../../lib/interp/index.js';

/** The function op `ref` names, seen from `op`; reports a runtime error when there is none or it has no body. */
function callee(op: Operation, ref: unknown, interp: Interpreter): Operation {
  if (!(ref instanceof SymbolRefAttr)) interp.error(op, 'expected a symbol reference to the callee');
  const fn = interp.lookupSymbol(op, ref);
  if (!fn) interp.error(op, `no function named '@${ref.root}'`);
  if (!fn.regions[0]?.entry) interp.error(op, `cannot call '@${ref.root}': it is a declaration without a body`);
  return fn;
}

/** The implementations of func ops (func.return passes its operands on, as every terminator without one). */
export function funcInterpreter(): InterpreterImpls {
  return {
    'func.call': (op, args, interp) => interp.call(callee(op, op.getAttr('callee'), interp), args, op),
    'func.call_indirect': (op, args, interp) => {
      const ref = args[0];
      if (!(ref instanceof FunctionRef)) return interp.error(op, 'callee is not a function reference');
      return interp.call(ref.callee, args.slice(1), op);
    },
    'func.constant': (op, _args, interp) => [new FunctionRef(callee(op, op.getAttr('value'), interp))],
  };
}
