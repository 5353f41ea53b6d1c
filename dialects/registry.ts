// Every dialect dlc ships, registered lazily: a dialect is built when a file first uses it.
import { DialectRegistry, MLIRContext } from '../lib/ir/index.js';
import { loadBuiltinDialect } from './builtin/index.js';
import { loadFuncDialect } from './func/index.js';
import { loadArithDialect } from './arith/index.js';
import { loadMathDialect } from './math/index.js';
import { loadCfDialect } from './cf/index.js';
import { loadScfDialect } from './scf/index.js';
import { loadMemrefDialect } from './memref/index.js';
import { loadTensorDialect } from './tensor/index.js';
import { loadGraphDialect } from './graph/index.js';
import { loadBlockDialect } from './block/index.js';
import { loadGpuDialect } from './gpu/index.js';

/** A registry with all of dlc's dialects. */
export function allDialects(): DialectRegistry {
  return new DialectRegistry().insert('builtin', loadBuiltinDialect).insert('func', loadFuncDialect)
    .insert('cf', loadCfDialect).insert('scf', loadScfDialect).insert('memref', loadMemrefDialect)
    .insert('arith', loadArithDialect).insert('math', loadMathDialect)
    .insert('graph', loadGraphDialect).insert('tensor', loadTensorDialect)
    .insert('block', loadBlockDialect).insert('gpu', loadGpuDialect);
}

/** A context with every dialect registered (and builtin loaded, as MLIR always does). */
export function createContext(): MLIRContext {
  const ctx = new MLIRContext(allDialects());
  ctx.getOrLoadDialect('builtin');
  return ctx;
}
