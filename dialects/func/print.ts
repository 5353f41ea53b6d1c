// Custom (pretty) syntax printers of the func dialect's ops, as mlir-opt prints them
// (MLIR's function_interface_impl::printFunctionOp and the ops' assembly formats).
import {
  ArrayAttr, DictionaryAttr, FunctionType, type OpAsmPrinter, type Operation, type StringAttr,
  type SymbolRefAttr, type Type, TypeAttr,
} from '../../lib/ir/index.js';
import { registerAsmResultNames } from '../../lib/print/asm-names.js';
import type { FuncOpMnemonic } from './parse.js';

const FUNC_ELIDED = ['sym_name', 'sym_visibility', 'function_type', 'arg_attrs', 'res_attrs'];

/** The dictionary at `i` of an `arg_attrs`/`res_attrs` array, or null. */
function attrsAt(list: ArrayAttr | undefined, i: number): DictionaryAttr | null {
  const d = list?.elements[i];
  return d instanceof DictionaryAttr ? d : null;
}

/** `-> t`, `-> (t1, t2)`, `-> (t {attrs})`, `-> (() -> ())`. */
function printResultList(p: OpAsmPrinter, types: readonly Type[], attrs: ArrayAttr | undefined): void {
  const parens = types.length > 1 || types[0] instanceof FunctionType || (attrsAt(attrs, 0)?.size ?? 0) > 0;
  p.write(parens ? ' -> (' : ' -> ');
  types.forEach((t, i) => {
    if (i) p.write(', ');
    p.printType(t);
    const d = attrsAt(attrs, i);
    if (d) p.printOptionalAttrDict(d.entries);
  });
  if (parens) p.write(')');
}

/** `func.func [visibility] @name(args) -> results attributes {...} {body}`. */
function printFunc(op: Operation, p: OpAsmPrinter): void {
  const name = op.getProp('sym_name') as StringAttr | undefined;
  const visibility = op.getProp('sym_visibility') as StringAttr | undefined;
  const typeAttr = op.getProp('function_type');
  const fnType = typeAttr instanceof TypeAttr && typeAttr.value instanceof FunctionType ? typeAttr.value : null;
  const argAttrs = op.getProp('arg_attrs') as ArrayAttr | undefined;
  const resAttrs = op.getProp('res_attrs') as ArrayAttr | undefined;
  p.write(' ');
  if (visibility) p.write(`${visibility.value} `);
  p.printSymbolName(name?.value ?? '');
  const body = op.regions[0];
  const entry = body.blocks[0];
  const inputs = fnType?.inputs ?? [];
  p.write('(');
  inputs.forEach((t, i) => {
    if (i) p.write(', ');
    if (entry?.arguments[i]) {
      p.printRegionArgument(entry.arguments[i], attrsAt(argAttrs, i));
    } else {
      p.printType(t);
      const d = attrsAt(argAttrs, i);
      if (d) p.printOptionalAttrDict(d.entries);
    }
  });
  p.write(')');
  const results = fnType?.results ?? [];
  if (results.length) printResultList(p, results, resAttrs);
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), FUNC_ELIDED);
  if (entry) {
    p.write(' ');
    p.printRegion(body, { printEntryBlockArgs: false, printBlockTerminators: true });
  }
}

/** `return`, `return {attrs} %a, %b : i32, f32`. */
function printReturn(op: Operation, p: OpAsmPrinter): void {
  p.printOptionalAttrDict(p.attributesOf(op));
  const operands = op.operands;
  if (operands.length) {
    p.write(' ');
    p.printOperands(operands);
    p.write(' : ');
    p.printTypes(operands.map((v) => v.type));
  }
}

/** `call @f(%a) {attrs} : (i32) -> i32`. */
function printCall(op: Operation, p: OpAsmPrinter): void {
  p.write(' ');
  p.printAttributeWithoutType(op.getProp('callee') as SymbolRefAttr);
  p.write('(');
  p.printOperands(op.operands);
  p.write(')');
  p.printOptionalAttrDict(p.attributesOf(op), ['callee']);
  p.write(' : ');
  p.printFunctionalType(op.operandTypes, op.resultTypes);
}

/** `call_indirect %f(%a) {attrs} : (i32) -> i32`. */
function printCallIndirect(op: Operation, p: OpAsmPrinter): void {
  const operands = op.operands;
  p.write(' ');
  p.printOperand(operands[0]);
  p.write('(');
  p.printOperands(operands.slice(1));
  p.write(')');
  p.printOptionalAttrDict(p.attributesOf(op));
  p.write(' : ');
  p.printType(operands[0].type);
}

/** `constant {attrs} @f : (i32) -> i32`. */
function printConstant(op: Operation, p: OpAsmPrinter): void {
  p.printOptionalAttrDict(p.attributesOf(op), ['value']);
  p.write(' ');
  p.printAttributeWithoutType(op.getProp('value') as SymbolRefAttr);
  p.write(' : ');
  p.printTypes(op.resultTypes);
}

// func.constant results are named `%f` (MLIR's getAsmResultNames), made unique as `%f_0`...
registerAsmResultNames('func.constant', (op, setName) => setName(op.results[0], 'f'));

/** Print hooks by op mnemonic. */
export const funcPrintHooks: Partial<Record<FuncOpMnemonic, (op: Operation, printer: OpAsmPrinter) => void>> = {
  func: printFunc,
  return: printReturn,
  call: printCall,
  call_indirect: printCallIndirect,
  constant: printConstant,
};
