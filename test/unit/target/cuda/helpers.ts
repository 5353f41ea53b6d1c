// Helpers of the CUDA emitter tests: parse into one context, lower the test models to the gpu
// level, merge modules into one (so that one nvcc run compiles them all), and run nvcc.
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext } from '../../../../dialects/registry.js';
import { registerDialectPasses } from '../../../../dialects/passes.js';
import { registerGenericPasses } from '../../../../lib/passes/index.js';
import { PassManager, parsePassPipeline } from '../../../../lib/pass/index.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { StringAttr, SymbolRefAttr, type MLIRContext, type Operation } from '../../../../lib/ir/index.js';
import { translateToCuda, type CudaOptions } from '../../../../lib/target/cuda/translate.js';

registerGenericPasses();
registerDialectPasses();

export const root = fileURLToPath(new URL('../../../../../', import.meta.url));
export const MODELS = ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell'];
/** The pipeline of the brief: graph to gpu. */
export const TO_GPU = 'func.func(convert-graph-to-tensor,convert-tensor-to-block,block-sync),convert-block-to-gpu';

/** A fresh context for one test's modules. */
export function context(): MLIRContext {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  return ctx;
}

/** Parses and verifies `text` in `ctx`, asserting that it does. */
export function parse(ctx: MLIRContext, text: string, file: string): Operation {
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: file });
    return m && verify(m) ? m : undefined;
  });
  assert.ok(result, `${file}: ${diagnostics.map((d) => d.message).join('\n')}`);
  return result!;
}

/** A file of the repository, read and parsed. */
export function parseFile(ctx: MLIRContext, path: string): Operation {
  return parse(ctx, readFileSync(`${root}${path}`, 'utf8'), path);
}

/** Test model `name` lowered to the gpu level. */
export function gpuModel(ctx: MLIRContext, name: string): Operation {
  const module = parseFile(ctx, `test/models/${name}.mlir`);
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const pm = parsePassPipeline(`builtin.module(${TO_GPU})`, (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    return pm.run(module);
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.ok(result && errors.length === 0, `${name}: ${errors.map((d) => d.message).join('\n')}`);
  return module;
}

/** Translates `module`, asserting success; returns the CUDA text. */
export function translate(module: Operation, options: CudaOptions = {}): string {
  const { result, diagnostics } = module.context.diagnostics.collect(() => translateToCuda(module, options));
  assert.ok(result !== undefined, diagnostics.map((d) => d.message).join('\n'));
  return result!;
}

const symbol = (op: Operation): string => (op.getAttr('sym_name') as StringAttr).value;

/**
 * Moves the kernels, host functions and globals of `from` into `into` (both of one context), their
 * names prefixed with `prefix` so that modules that reuse names (every model has `@main`) can share
 * one C++ file.
 */
export function mergeInto(into: Operation, from: Operation, prefix: string): void {
  const ctx = into.context;
  const body = into.regions[0].entry!;
  const target = body.operations.find((op) => op.name.name === 'gpu.module')!;
  const targetName = symbol(target);
  const rename = (op: Operation) => op.setAttrOrProp('sym_name', StringAttr.get(ctx, `${prefix}${symbol(op)}`));
  from.walk((op) => {
    if (op.name.name === 'gpu.launch_func') {
      const ref = op.getProp('kernel') as SymbolRefAttr;
      op.setProp('kernel', SymbolRefAttr.get(ctx, targetName, [`${prefix}${ref.leaf}`]));
    } else if (op.name.name === 'memref.get_global') {
      op.setProp('name', SymbolRefAttr.get(ctx, `${prefix}${(op.getProp('name') as SymbolRefAttr).leaf}`));
    }
  });
  for (const op of [...from.regions[0].entry!.operations]) {
    if (op.name.name === 'gpu.module') {
      for (const fn of [...op.regions[0].entry!.operations]) {
        if (fn.name.name !== 'gpu.func' && fn.name.name !== 'memref.global') continue;
        rename(fn);
        fn.remove();
        target.regions[0].entry!.insertBefore(fn, target.regions[0].entry!.terminator);
      }
    } else {
      rename(op);
      op.remove();
      body.append(op);
    }
  }
}

/** Whether nvcc is on the PATH. */
export function haveNvcc(): boolean {
  return spawnSync('nvcc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs nvcc with `args`; resolves with its exit code and output. */
export function nvcc(args: readonly string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvcc', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** nvcc's flags for the emitted code: sm_90, C++17, every warning (device and host compiler) an error. */
export const NVCC_FLAGS = ['-arch=sm_90', '-std=c++17', '-Werror', 'all-warnings', '-Xcompiler', '-Wall,-Wextra,-Werror'];
