// Verifiers of the builtin dialect's ops, with MLIR's messages.
import type { Operation } from '../../lib/ir/index.js';
import { isStringAttr, verifyAttrConstraints } from '../../lib/verify/index.js';
import type { BuiltinOpMnemonic } from './parse.js';

type Hook = (op: Operation) => boolean;

/** builtin.module's definition: optional string name and visibility, a body of exactly one block. */
function verifyModuleInvariants(op: Operation): boolean {
  const attrs = [
    { name: 'sym_name', required: false, holds: isStringAttr, summary: 'string attribute' },
    { name: 'sym_visibility', required: false, holds: isStringAttr, summary: 'string attribute' },
  ];
  if (!verifyAttrConstraints(op, attrs)) return false;
  if (op.regions[0].blocks.length !== 1) {
    op.emitOpError("region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks");
    return false;
  }
  return true;
}

/** builtin.module: only dialect attributes (names with a dot) besides its symbol name and visibility. */
function verifyModule(op: Operation): boolean {
  for (const { name } of op.attributes.entries) {
    if (name.includes('.') || name === 'sym_name' || name === 'sym_visibility') continue;
    op.emitOpError(`can only contain attributes with dialect-prefixed names, found: '${name}'`);
    return false;
  }
  return true;
}

/** builtin.unrealized_conversion_cast: a cast has at least one result (any types convert). */
function verifyCast(op: Operation): boolean {
  if (op.numResults !== 0) return true;
  op.emitOpError('expected at least one result for cast operation');
  return false;
}

/** Checks from the op definitions (MLIR's ODS-generated verifiers), by op mnemonic. */
export const builtinInvariantHooks: Partial<Record<BuiltinOpMnemonic, Hook>> = {
  module: verifyModuleInvariants,
};

/** Op checks (MLIR's `verify()`), by op mnemonic; each emits diagnostics and returns false on failure. */
export const builtinVerifyHooks: Partial<Record<BuiltinOpMnemonic, Hook>> = {
  module: verifyModule,
  unrealized_conversion_cast: verifyCast,
};
