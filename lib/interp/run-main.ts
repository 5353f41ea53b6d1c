// What dlc-run does, as a library: parse the file, make or read the inputs, run, print or save the results.
import { join } from 'node:path';
import { createContext } from '../../dialects/registry.js';
import { parseSourceString } from '../parse/index.js';
import { verify } from '../verify/index.js';
import { renderDiagnostics } from '../diag/index.js';
import { ArrayAttr, DictionaryAttr, StringAttr } from '../ir/attributes.js';
import { MemRefType, RankedTensorType, VectorType, type Type } from '../ir/types.js';
import type { Operation } from '../ir/operation.js';
import { Rng, makeValue } from './inputs.js';
import { findFunction, functionSignature, runFunction } from './run.js';
import { formatValue, elementsOf } from './format.js';
import { npyToBuffer, readNpy, writeNpy } from './npy.js';
import { allocateMemRef } from './memory.js';
import { MemRefValue, TensorValue, forEachIndex, type RtValue } from './values.js';
import { RUN_HELP, parseRunArgs, type RunCliOptions } from './run-options.js';

/** Where dlc-run reads and writes; the CLI passes the file system and the process's streams. */
export interface RunIO {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  makeDir(path: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** An input problem, reported as an error at the function. */
class InputError extends Error {}

/** The `dlc.name` of each argument of `fn` (undefined where it has none). */
function argumentNames(fn: Operation): (string | undefined)[] {
  const attrs = fn.getAttr('arg_attrs');
  if (!(attrs instanceof ArrayAttr)) return [];
  return attrs.elements.map((d) => {
    const name = d instanceof DictionaryAttr ? d.get('dlc.name') : undefined;
    return name instanceof StringAttr ? name.value : undefined;
  });
}

/** The argument position `name` designates: a position, or a `dlc.name`. */
function argumentIndex(name: string, names: readonly (string | undefined)[], count: number): number {
  const byName = names.indexOf(name);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(name) && Number(name) < count) return Number(name);
  const known = names.filter((n) => n !== undefined);
  throw new InputError(`no argument '${name}' (arguments are 0 to ${count - 1}${known.length ? `, or named ${known.join(', ')}` : ''})`);
}

/** The value of a parameter of `type` read from the .npy file `path`, checked against the type. */
function npyValue(path: string, type: Type, io: RunIO): RtValue {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    throw new InputError(`cannot read '${path}': ${(e as Error).message}`);
  }
  const where = (message: string) => new InputError(`'${path}': ${message}`);
  try {
    const array = readNpy(bytes);
    const shaped = type instanceof RankedTensorType || type instanceof VectorType || type instanceof MemRefType;
    const expected = shaped ? type.shape : [];
    const data = npyToBuffer(array, shaped ? type.elementType : type);
    const fits = array.shape.length === expected.length && expected.every((d, i) => d < 0 || d === array.shape[i]);
    if (!fits) throw where(`expected shape [${expected.map((d) => (d < 0 ? '?' : d)).join(', ')}] for '${type}', got [${array.shape.join(', ')}]`);
    if (!shaped) return data.get(0);
    if (!(type instanceof MemRefType)) return new TensorValue(type, array.shape, data);
    const m = allocateMemRef(type, array.shape);
    forEachIndex(m.shape, (idx, i) => m.allocation.data.set(m.position(idx)!, data.get(i)));
    return m;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw where((e as Error).message);
  }
}

/** The arguments of `fn`: random unless `--input` says otherwise; one PRNG serves the random ones in order. */
function makeArguments(fn: Operation, o: RunCliOptions, io: RunIO): RtValue[] {
  const types = functionSignature(fn).inputs;
  const names = argumentNames(fn);
  const specs = new Map<number, string>();
  for (const { name, spec } of o.inputs) specs.set(argumentIndex(name, names, types.length), spec);
  const rng = new Rng(o.seed);
  return types.map((type, i) => {
    const spec = specs.get(i) ?? 'random';
    try {
      if (spec === 'random' || spec === 'zeros') return makeValue(type, rng, { mode: spec });
    } catch (e) {
      throw new InputError(`argument #${i}: ${(e as Error).message}`);
    }
    try {
      return npyValue(spec, type, io);
    } catch (e) {
      throw new InputError(`argument #${i}${names[i] ? ` ('${names[i]}')` : ''}: ${(e as Error).message}`);
    }
  });
}

/** Writes result `i` to `dir/result<i>.npy`. */
function saveResult(dir: string, i: number, value: RtValue, type: Type, io: RunIO): string {
  const path = join(dir, `result${i}.npy`);
  if (value instanceof TensorValue || value instanceof MemRefValue) {
    const values = elementsOf(value);
    io.writeFile(path, writeNpy(value.elementType, value.shape, (k) => values[k]));
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    io.writeFile(path, writeNpy(type, [], () => value));
  } else {
    throw new Error(`result #${i} (a ${value.kind}) cannot be saved as .npy`);
  }
  return path;
}

/** Runs dlc-run with `argv` (without node and script); returns the exit code. Never throws. */
export function runMain(argv: readonly string[], io: RunIO): number {
  try {
    return runOrFail(argv, io);
  } catch (e) {
    // Failures outside the program (a result directory that cannot be written) end with a message, not a stack trace.
    io.stderr(`dlc-run: error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function runOrFail(argv: readonly string[], io: RunIO): number {
  const o = parseRunArgs(argv);
  if (o === 'help') {
    io.stdout(RUN_HELP);
    return 0;
  }
  if ('error' in o) {
    io.stderr(`dlc-run: error: ${o.error}\n`);
    return 1;
  }
  let source: string;
  try {
    source = Buffer.from(io.readFile(o.file)).toString('utf8');
  } catch (e) {
    io.stderr(`dlc-run: error: cannot read '${o.file}': ${(e as Error).message}\n`);
    return 1;
  }
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  // Standard input is named as mlir-opt names it in diagnostics.
  const filename = o.file === '-' ? '<stdin>' : o.file;
  const buffers = { [filename]: source };
  const { result: lines, diagnostics } = ctx.diagnostics.collect((): string[] | undefined => {
    const module = parseSourceString(source, { context: ctx, filename });
    if (!module || !verify(module)) return undefined;
    const fn = findFunction(module, o.entry);
    if (!fn) {
      module.emitError(`no function named '@${o.entry}' to run`);
      return undefined;
    }
    let args: RtValue[];
    try {
      args = makeArguments(fn, o, io);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fn.emitError(`bad input for '@${o.entry}': ${e.message}`);
      return undefined;
    }
    const results = runFunction(module, o.entry, args);
    if (!results) return undefined;
    const types = functionSignature(fn).results;
    const out: string[] = [];
    if (o.print.kind === 'npy') io.makeDir(o.print.dir);
    results.forEach((value, i) => {
      const type = types[i] ?? fn.regions[0].entry!.last!.operand(i).type;
      out.push(`result #${i}: ${formatValue(value, type, o.print.kind === 'full')}`);
      if (o.print.kind === 'npy') out.push(`  saved to ${saveResult(o.print.dir, i, value, type, io)}`);
    });
    return out;
  });
  if (diagnostics.length) io.stderr(renderDiagnostics(diagnostics, buffers));
  if (!lines) return 1;
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  return 0;
}
