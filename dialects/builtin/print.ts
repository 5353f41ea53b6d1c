// Custom (pretty) syntax printers of the builtin dialect's ops, as mlir-opt prints them.
import type { OpAsmPrinter, Operation, StringAttr } from '../../lib/ir/index.js';
import type { BuiltinOpMnemonic } from './parse.js';

/** `module @name attributes {...} {...}`: name and attributes are optional. */
function printModule(op: Operation, p: OpAsmPrinter): void {
  const name = op.getProp('sym_name') as StringAttr | undefined;
  if (name) {
    p.write(' ');
    p.printSymbolName(name.value);
  }
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), ['sym_name']);
  p.write(' ');
  p.printRegion(op.regions[0]);
}

/** `%inputs : types to types attr-dict`; the inputs part is absent when there are none. */
function printUnrealizedConversionCast(op: Operation, p: OpAsmPrinter): void {
  const inputs = op.operands;
  if (inputs.length) {
    p.write(' ');
    p.printOperands(inputs);
    p.write(' : ');
    p.printTypes(inputs.map((v) => v.type));
  }
  p.write(' to ');
  p.printTypes(op.resultTypes);
  p.printOptionalAttrDict(p.attributesOf(op));
}

/** Print hooks by op mnemonic. */
export const builtinPrintHooks: Partial<Record<BuiltinOpMnemonic, (op: Operation, printer: OpAsmPrinter) => void>> = {
  module: printModule,
  unrealized_conversion_cast: printUnrealizedConversionCast,
};
