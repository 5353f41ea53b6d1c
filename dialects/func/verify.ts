// Verifiers of the func dialect's ops, with MLIR's messages: definition constraints, op checks, symbol uses.
import { FunctionType, SymbolRefAttr, TypeAttr } from '../../lib/ir/index.js';
import type { Operation, StringAttr, SymbolLookup } from '../../lib/ir/index.js';
import { functionTypeOf, isDictArray, isFlatSymbolRef, isStringAttr, isUnitAttr, quoteType, quoteTypes, verifyAttrConstraints, type AttrConstraint } from '../../lib/verify/index.js';
import type { FuncOpMnemonic } from './parse.js';

type Hook = (op: Operation) => boolean;
type SymbolUseHook = (op: Operation, lookup: SymbolLookup) => boolean;

const FUNC_ATTRS: readonly AttrConstraint[] = [
  { name: 'sym_name', required: true, holds: isStringAttr, summary: 'string attribute' },
  {
    name: 'function_type',
    required: true,
    holds: (a) => a instanceof TypeAttr && a.value instanceof FunctionType,
    summary: 'type attribute of function type',
  },
  { name: 'sym_visibility', required: false, holds: isStringAttr, summary: 'string attribute' },
  { name: 'arg_attrs', required: false, holds: isDictArray, summary: 'Array of dictionary attributes' },
  { name: 'res_attrs', required: false, holds: isDictArray, summary: 'Array of dictionary attributes' },
  { name: 'no_inline', required: false, holds: isUnitAttr, summary: 'unit attribute' },
];

const CALL_ATTRS: readonly AttrConstraint[] = [
  { name: 'callee', required: true, holds: isFlatSymbolRef, summary: 'flat symbol reference attribute' },
  { name: 'arg_attrs', required: false, holds: isDictArray, summary: 'Array of dictionary attributes' },
  { name: 'res_attrs', required: false, holds: isDictArray, summary: 'Array of dictionary attributes' },
  { name: 'no_inline', required: false, holds: isUnitAttr, summary: 'unit attribute' },
];

const CONSTANT_ATTRS: readonly AttrConstraint[] = [
  { name: 'value', required: true, holds: isFlatSymbolRef, summary: 'flat symbol reference attribute' },
];

/** func.call_indirect: the callee is a function value whose signature matches the arguments and results. */
function verifyCallIndirectInvariants(op: Operation): boolean {
  const callee = op.operand(0).type;
  if (!(callee instanceof FunctionType)) {
    op.emitOpError(`operand #0 must be function type, but got ${quoteType(callee)}`);
    return false;
  }
  const args = op.operandTypes.slice(1);
  if (callee.inputs.length !== args.length || callee.inputs.some((t, i) => t !== args[i])) {
    op.emitOpError('failed to verify that callee input types match argument types');
    return false;
  }
  const results = op.resultTypes;
  if (callee.results.length !== results.length || callee.results.some((t, i) => t !== results[i])) {
    op.emitOpError('failed to verify that callee result types match result types');
    return false;
  }
  return true;
}

/** Checks from the op definitions (MLIR's ODS-generated verifiers), by op mnemonic. */
export const funcInvariantHooks: Partial<Record<FuncOpMnemonic, Hook>> = {
  func: (op) => verifyAttrConstraints(op, FUNC_ATTRS),
  call: (op) => verifyAttrConstraints(op, CALL_ATTRS),
  call_indirect: (op) => verifyAttrConstraints(op, CALL_ATTRS.slice(1)) && verifyCallIndirectInvariants(op),
  constant: (op) => verifyAttrConstraints(op, CONSTANT_ATTRS),
};

/** func.return: operands match the results of the enclosing function. */
function verifyReturn(op: Operation): boolean {
  const fn = op.parentOp!;
  const name = (fn.getAttr('sym_name') as StringAttr | undefined)?.value ?? '';
  const results = functionTypeOf(fn)?.results ?? [];
  if (op.numOperands !== results.length) {
    op.emitOpError(`has ${op.numOperands} operands, but enclosing function (@${name}) returns ${results.length}`);
    return false;
  }
  for (let i = 0; i < results.length; i++) {
    const t = op.operand(i).type;
    if (t === results[i]) continue;
    op.emitError(`type of return operand ${i} (${quoteType(t)}) doesn't match function result type (${quoteType(results[i])}) in function @${name}`);
    return false;
  }
  return true;
}

/** Op checks (MLIR's `verify()`), by op mnemonic; each emits diagnostics and returns false on failure. */
export const funcVerifyHooks: Partial<Record<FuncOpMnemonic, Hook>> = {
  return: verifyReturn,
};

/** The function `ref` names from `op`, or undefined when it names nothing or not a func.func. */
function lookupFunction(op: Operation, ref: SymbolRefAttr, lookup: SymbolLookup): Operation | undefined {
  const fn = lookup(op, ref);
  return fn && fn.name.name === 'func.func' ? fn : undefined;
}

/** func.call: the callee exists and its signature matches the call's operands and results. */
function verifyCallSymbolUses(op: Operation, lookup: SymbolLookup): boolean {
  const callee = op.getAttr('callee');
  if (!(callee instanceof SymbolRefAttr) || !callee.isFlat) {
    op.emitOpError("requires a 'callee' symbol reference attribute");
    return false;
  }
  const fn = lookupFunction(op, callee, lookup);
  if (!fn) {
    op.emitOpError(`'${callee.root}' does not reference a valid function`);
    return false;
  }
  const type = functionTypeOf(fn);
  const inputs = type?.inputs ?? [];
  const results = type?.results ?? [];
  if (inputs.length !== op.numOperands) {
    op.emitOpError('incorrect number of operands for callee');
    return false;
  }
  for (let i = 0; i < inputs.length; i++) {
    const t = op.operand(i).type;
    if (t === inputs[i]) continue;
    op.emitOpError(`operand type mismatch: expected operand type ${quoteType(inputs[i])}, but provided ${quoteType(t)} for operand number ${i}`);
    return false;
  }
  if (results.length !== op.numResults) {
    op.emitOpError('incorrect number of results for callee');
    return false;
  }
  for (let i = 0; i < results.length; i++) {
    if (op.result(i).type === results[i]) continue;
    op.emitOpError(`result type mismatch at index ${i}`)
      .attachNote(`      op result types: ${quoteTypes(op.resultTypes)}`)
      .attachNote(`function result types: ${quoteTypes(results)}`);
    return false;
  }
  return true;
}

/** func.constant: the referenced function exists and has the constant's type. */
function verifyConstantSymbolUses(op: Operation, lookup: SymbolLookup): boolean {
  const value = op.getAttr('value') as SymbolRefAttr;
  const fn = lookupFunction(op, value, lookup);
  if (!fn) {
    op.emitOpError(`reference to undefined function '${value.root}'`);
    return false;
  }
  if (functionTypeOf(fn) !== op.result(0).type) {
    op.emitOpError('reference to function with mismatched type');
    return false;
  }
  return true;
}

/** Symbol-use checks, run by the enclosing symbol table's verifier, by op mnemonic. */
export const funcSymbolUseHooks: Partial<Record<FuncOpMnemonic, SymbolUseHook>> = {
  call: verifyCallSymbolUses,
  constant: verifyConstantSymbolUses,
};
