// Interpreter implementations of the cf dialect: branches (br, cond_br, switch) and cf.assert.
import { DenseArrayAttr, DenseElementsAttr, StringAttr } from '../../lib/ir/index.js';
import { BranchTo, intWidth, operandGroups, wrapInt, type InterpreterImpls } from '../../lib/interp/index.js';

/** The implementations of cf ops. */
export function cfInterpreter(): InterpreterImpls {
  return {
    'cf.br': (op, args) => new BranchTo(op.successorSlots[0].block, args),
    'cf.cond_br': (op, args) => {
      const [[condition], onTrue, onFalse] = operandGroups(op, args);
      return condition !== 0n ? new BranchTo(op.successorSlots[0].block, onTrue) : new BranchTo(op.successorSlots[1].block, onFalse);
    },
    'cf.switch': (op, args) => {
      const [[flag], defaults, cases] = operandGroups(op, args);
      const values = op.getProp('case_values');
      const segments = op.getProp('case_operand_segments');
      const sizes = segments instanceof DenseArrayAttr ? segments.values.map(Number) : [];
      const width = intWidth(op.operand(0).type) ?? 64;
      let at = 0;
      for (let i = 0; i < sizes.length; i++) {
        if (values instanceof DenseElementsAttr && wrapInt(BigInt(values.at(i) as bigint), width) === flag) return new BranchTo(op.successorSlots[i + 1].block, cases.slice(at, at + sizes[i]));
        at += sizes[i];
      }
      return new BranchTo(op.successorSlots[0].block, defaults);
    },
    'cf.assert': (op, args, interp) => {
      const msg = op.getAttr('msg');
      if (args[0] === 0n) interp.error(op, `assertion failed: ${msg instanceof StringAttr ? msg.value : ''}`);
      return [];
    },
  };
}
