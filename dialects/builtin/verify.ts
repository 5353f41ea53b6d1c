// Verifiers of the builtin dialect's ops.
import type { Operation } from '../../lib/ir/index.js';
import type { BuiltinOpMnemonic } from './parse.js';

/** Verify hooks by op mnemonic; each emits diagnostics and returns false on failure. */
export const builtinVerifyHooks: Partial<Record<BuiltinOpMnemonic, (op: Operation) => boolean>> = {};
