// The FunctionOpInterface verifier: argument/result attribute arrays and the entry block against `function_type`.
import { ArrayAttr, DictionaryAttr, TypeAttr } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { FunctionType } from '../ir/types.js';
import { quoteType } from './emit.js';

/** The `function_type` of a function-like op, when it is a FunctionType. */
export function functionTypeOf(op: Operation): FunctionType | undefined {
  const attr = op.getAttr('function_type');
  return attr instanceof TypeAttr && attr.value instanceof FunctionType ? attr.value : undefined;
}

/** Checks one of `arg_attrs`/`res_attrs` against the number of arguments/results. */
function verifyAttrArray(op: Operation, name: 'arg_attrs' | 'res_attrs', expected: number): boolean {
  const all = op.getAttr(name);
  if (!(all instanceof ArrayAttr)) return true;
  const what = name === 'arg_attrs' ? ['argument', 'arguments'] : ['result', 'results'];
  if (all.elements.length !== expected) {
    op.emitOpError(
      `expects ${what[0]} attribute array to have the same number of elements as the number of function ${what[1]}, got ${all.elements.length}, but expected ${expected}`,
    );
    return false;
  }
  for (const dict of all.elements) {
    if (!(dict instanceof DictionaryAttr)) {
      op.emitOpError(`expects ${what[0]} attribute dictionary to be a DictionaryAttr, but got \`${String(dict)}\``);
      return false;
    }
    for (const entry of dict.entries) {
      if (entry.name.includes('.')) continue;
      op.emitOpError(`${what[1]} may only have dialect attributes`);
      return false;
    }
  }
  return true;
}

/** MLIR's function_interface_impl::verifyTrait followed by verifyBody. */
export function verifyFunctionOpInterface(op: Operation): boolean {
  const type = functionTypeOf(op);
  if (!type) return true;
  if (!verifyAttrArray(op, 'arg_attrs', type.inputs.length)) return false;
  if (!verifyAttrArray(op, 'res_attrs', type.results.length)) return false;
  if (op.regions.length !== 1) {
    op.emitOpError('expects one region');
    return false;
  }
  const entry = op.regions[0].entry;
  if (!entry) return true;
  if (entry.arguments.length !== type.inputs.length) {
    op.emitOpError(`entry block must have ${type.inputs.length} arguments to match function signature`);
    return false;
  }
  for (let i = 0; i < type.inputs.length; i++) {
    const argType = entry.arguments[i].type;
    if (argType === type.inputs[i]) continue;
    op.emitOpError(
      `type of entry block argument #${i}(${quoteType(argType)}) must match the type of the corresponding argument in function signature(${quoteType(type.inputs[i])})`,
    );
    return false;
  }
  return true;
}
