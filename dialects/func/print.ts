// Custom (pretty) syntax printers of the func dialect's ops.
import type { OpAsmPrinter, Operation } from '../../lib/ir/index.js';
import type { FuncOpMnemonic } from './parse.js';

/** Print hooks by op mnemonic. */
export const funcPrintHooks: Partial<Record<FuncOpMnemonic, (op: Operation, printer: OpAsmPrinter) => void>> = {};
