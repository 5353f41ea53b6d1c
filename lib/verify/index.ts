// The verifier: structure, traits, op hooks, symbols and dominance, with MLIR's messages.
export { verify, type VerifyOptions } from './verifier.js';
export { DominanceInfo, blockSuccessors, mayBeGraphRegion } from './dominance.js';
export { verifyBranchSuccessorOperands } from './branch.js';
export { SymbolResolver, isSymbolDeclaration } from './symbols.js';
export { functionTypeOf } from './function-interface.js';
export { parseTrait } from './traits.js';
export { emitErrorAt, quoteType, quoteTypes } from './emit.js';
export { verifyAttrConstraints, isStringAttr, isFlatSymbolRef, isDictArray, isUnitAttr, type AttrConstraint } from './constraints.js';
