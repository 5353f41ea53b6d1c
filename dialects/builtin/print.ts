// Custom (pretty) syntax printers of the builtin dialect's ops.
import type { OpAsmPrinter, Operation } from '../../lib/ir/index.js';
import type { BuiltinOpMnemonic } from './parse.js';

/** Print hooks by op mnemonic. */
export const builtinPrintHooks: Partial<Record<BuiltinOpMnemonic, (op: Operation, printer: OpAsmPrinter) => void>> = {};
