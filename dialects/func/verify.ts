// Verifiers of the func dialect's ops.
import type { Operation } from '../../lib/ir/index.js';
import type { FuncOpMnemonic } from './parse.js';

/** Verify hooks by op mnemonic; each emits diagnostics and returns false on failure. */
export const funcVerifyHooks: Partial<Record<FuncOpMnemonic, (op: Operation) => boolean>> = {};
