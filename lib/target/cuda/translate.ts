// Translates a gpu-level module to one CUDA C++ file: the prelude, every kernel of its
// gpu.modules, every host func.func, and the harness `main` for the entry function.
import type { Operation } from '../../ir/index.js';
import { EmitError } from './emitter.js';
import { emitKernel, symbolName, type KernelInfo } from './kernel.js';
import { emitHostFunction, launchThreads, launchedKernel } from './host.js';
import { emitHarness } from './harness.js';
import { prelude } from './prelude.js';
import './arith.js';
import './math.js';
import './scf.js';
import './memref.js';
import './gpu-device.js';
import { emitGlobal } from './globals.js';
import { DEFAULT_INLINE_LIMIT, WeightsPlan } from './weights.js';

/** Options of the CUDA translation. */
export interface CudaOptions {
  /** The host function the harness runs; default `main`, else the last host function. */
  readonly entry?: string;
  /** Whether to emit the harness `main` (it is still left out when compiling with -DDLC_NO_MAIN). */
  readonly harness?: boolean;
  /** The largest dense_resource blob (bytes) written into the .cu file (default DEFAULT_INLINE_LIMIT). */
  readonly inlineLimit?: number;
  /** The side weights file's name, for larger blobs (the harness looks for it beside the executable); without one they are an error. */
  readonly weightsFile?: string;
}

/** What a translation writes: the .cu text, and the side weights file's bytes when some blob went there. */
export interface CudaFiles {
  readonly cuda: string;
  readonly weights?: Buffer;
}

/** Runs `fn`, turning an EmitError into a diagnostic at its op; returns undefined then. */
function reporting<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof EmitError)) throw e;
    e.op.emitError(e.message);
    return undefined;
  }
}

/** The threads per block of each kernel's launches, undefined where launches disagree or are not constant. */
function launchBlockSizes(module: Operation): Map<string, number | undefined> {
  const sizes = new Map<string, number | undefined>();
  module.walk((op) => {
    if (op.name.name !== 'gpu.launch_func') return;
    const name = reporting(() => launchedKernel(op));
    const threads = reporting(() => launchThreads(op));
    if (name === undefined) return;
    sizes.set(name, sizes.has(name) && sizes.get(name) !== threads ? undefined : threads);
  });
  return sizes;
}

/**
 * The CUDA C++ text of `module` (a builtin.module with gpu.modules and host func.funcs), or
 * undefined after reporting each problem as an error at its op.
 */
export function translateToCuda(module: Operation, options: CudaOptions = {}): string | undefined {
  return translateToCudaFiles(module, options)?.cuda;
}

/** Like translateToCuda, with the side weights file for the dense_resource blobs above `options.inlineLimit`. */
export function translateToCudaFiles(module: Operation, options: CudaOptions = {}): CudaFiles | undefined {
  const body = module.regions[0]?.entry;
  if (!body) return { cuda: '' };
  const weights = new WeightsPlan(options.inlineLimit ?? DEFAULT_INLINE_LIMIT, options.weightsFile);
  const kernels = new Map<string, KernelInfo>();
  const kernelTexts: string[] = [];
  const globals: string[] = [];
  const hostFunctions: Operation[] = [];
  let ok = true;
  const blockSizes = launchBlockSizes(module);
  for (const op of body) {
    if (op.name.name === 'gpu.module') {
      for (const fn of op.regions[0].entry ?? []) {
        if (fn.name.name === 'memref.global') {
          const text = reporting(() => emitGlobal(fn, weights));
          if (text === undefined) ok = false;
          else globals.push(text);
          continue;
        }
        if (fn.name.name !== 'gpu.func') continue;
        const k = reporting(() => emitKernel(fn, blockSizes));
        if (!k) ok = false;
        else {
          kernels.set(k.info.name, k.info);
          kernelTexts.push(k.text);
        }
      }
    } else if (op.name.name === 'func.func') {
      hostFunctions.push(op);
    } else if (op.name.name === 'memref.global') {
      const text = reporting(() => emitGlobal(op, weights));
      if (text === undefined) ok = false;
      else globals.push(text);
    } else {
      op.emitError(`'${op.name.name}' op has no CUDA C++ translation at module level`);
      ok = false;
    }
  }
  const hostTexts = hostFunctions.map((fn) => reporting(() => emitHostFunction(fn, kernels)));
  if (hostTexts.some((t) => t === undefined)) ok = false;
  let harness = '';
  if (options.harness !== false && hostFunctions.length) {
    const wanted = options.entry ?? 'main';
    const entry = hostFunctions.find((fn) => symbolName(fn) === wanted) ?? (options.entry ? undefined : hostFunctions[hostFunctions.length - 1]);
    const text = entry ? reporting(() => emitHarness(entry, weights.hasSideFile ? options.weightsFile : undefined)) : (module.emitError(`no host function '@${wanted}' for the harness`), undefined);
    if (text === undefined) ok = false;
    else harness = `\n${text}`;
  }
  if (!ok) return undefined;
  const cooperative = [...kernels.values()].some((k) => k.gridSync);
  const header = '// Generated by dlc-translate --mlir-to-cuda. Compile: nvcc -arch=sm_90 -std=c++17 FILE.cu (-DDLC_NO_MAIN for no harness).\n';
  const loader = weights.hasSideFile ? [weights.loaderText()] : [];
  const cuda = [header + prelude(cooperative), ...globals, ...loader, ...kernelTexts, ...hostTexts].join('\n') + harness;
  return { cuda, weights: weights.hasSideFile ? weights.fileBytes() : undefined };
}
