// Every dialect's interpreter implementations, one line per dialect, each loaded when one of its ops first runs.
import { registerInterpreterLoader } from '../lib/interp/registry.js';
import { builtinInterpreter } from './builtin/interp.js';
import { funcInterpreter } from './func/interp.js';
import { cfInterpreter } from './cf/interp.js';
import { scfInterpreter } from './scf/interp.js';
import { memrefInterpreter } from './memref/interp.js';
import { arithInterpreter } from './arith/interp.js';
import { mathInterpreter } from './math/interp.js';
import { tensorInterpreter } from './tensor/interp.js';
import { graphInterpreter } from './graph/interp.js';
import { blockInterpreter } from './block/interp.js';
import { gpuInterpreter } from './gpu/interp.js';

let registered = false;

/** Registers the loaders of all of dlc's dialects' implementations (once; later calls do nothing). */
export function registerAllInterpreters(): void {
  if (registered) return;
  registered = true;
  registerInterpreterLoader('builtin', builtinInterpreter);
  registerInterpreterLoader('func', funcInterpreter);
  registerInterpreterLoader('cf', cfInterpreter);
  registerInterpreterLoader('scf', scfInterpreter);
  registerInterpreterLoader('memref', memrefInterpreter);
  registerInterpreterLoader('arith', arithInterpreter);
  registerInterpreterLoader('math', mathInterpreter);
  registerInterpreterLoader('tensor', tensorInterpreter);
  registerInterpreterLoader('graph', graphInterpreter);
  registerInterpreterLoader('block', blockInterpreter);
  registerInterpreterLoader('gpu', gpuInterpreter);
}
