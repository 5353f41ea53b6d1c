// Custom (pretty) syntax parsers of the builtin dialect's ops.
import type { OpAsmParser, OperationState } from '../../lib/ir/index.js';

/** The builtin ops that have a custom syntax. */
export type BuiltinOpMnemonic = 'module' | 'unrealized_conversion_cast';

/** Parse hooks by op mnemonic. */
export const builtinParseHooks: Partial<Record<BuiltinOpMnemonic, (parser: OpAsmParser, state: OperationState) => void>> = {};
