// Custom (pretty) syntax parsers of the func dialect's ops.
import type { OpAsmParser, OperationState } from '../../lib/ir/index.js';

/** The func ops that have a custom syntax. */
export type FuncOpMnemonic = 'func' | 'return' | 'call' | 'call_indirect' | 'constant';

/** Parse hooks by op mnemonic. */
export const funcParseHooks: Partial<Record<FuncOpMnemonic, (parser: OpAsmParser, state: OperationState) => void>> = {};
