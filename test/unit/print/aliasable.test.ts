// The printer skips looking for aliases while nothing aliasable was ever made (a flag for the
// process): plain IR leaves the flag down, and each kind of aliasable object raises it, so
// that its alias is still printed. Each case runs in a worker of its own, with a fresh flag.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../../../dialects/registry.js';
import { IntegerType, MemRefType, NameLoc, Operation, UnknownLoc, UnrankedMemRefType, type Type } from '../../../lib/ir/index.js';
import { aliasableMade } from '../../../lib/ir/aliasable.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import { printOperation } from '../../../lib/print/index.js';

const tuple17 = `tuple<${Array.from({ length: 17 }, () => 'i1').join(', ')}>`;

/** Cases by name: the module text, parsed (or built, for what the parser rejects) in a fresh worker. */
const texts: Record<string, string> = {
  'plain IR': 'func.func @f(%a: i32) -> i32 {\n  %0 = arith.addi %a, %a : i32\n  return %0 : i32\n}',
  'a location in an array attribute': '"x.a"() {a = [loc("p")]} : () -> ()',
  'a location in a dictionary': '"x.b"() {b = loc("q")} : () -> ()',
  'a location as a tensor encoding': '"x.c"() : () -> tensor<4xi32, loc("r")>',
  'a big tuple type': `"x.f"() : () -> ${tuple17}`,
  'an affine map': '"x.g"() {m = affine_map<(d0) -> (d0)>} : () -> ()',
  'an integer set': '"x.g"() {s = affine_set<(d0) : (d0 >= 0)>} : () -> ()',
};
const built: Record<string, (i32: Type) => Type> = {
  'a location as a memref memory space': (i32) => MemRefType.get([4], i32, null, NameLoc.get(i32.context, 's')),
  'a location as an unranked memref memory space': (i32) => UnrankedMemRefType.get(i32, NameLoc.get(i32.context, 't')),
};

interface Outcome {
  readonly before: boolean;
  readonly after: boolean;
  readonly text: string;
}

/** In a worker: makes the case's IR and prints it. */
function runCase(name: string): Outcome {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = true;
  const before = aliasableMade();
  let top: Operation;
  if (name in texts) {
    top = parseSourceString(texts[name], { context: ctx, filename: 'case.mlir', implicitModule: true })!;
  } else {
    const loc = UnknownLoc.get(ctx);
    top = Operation.create({ name: 'x.op', location: loc, resultTypes: [built[name](IntegerType.get(ctx, 32))] });
  }
  return { before, after: aliasableMade(), text: printOperation(top) };
}

function inWorker(name: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: name });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (!isMainThread) {
  parentPort!.postMessage(runCase(workerData as string));
} else {
  test('plain IR leaves the flag down and prints no aliases', async () => {
    const o = await inWorker('plain IR');
    assert.not.ok(o.before);
    assert.not.ok(o.after);
    assert.match(o.text, '%0 = arith.addi %arg0, %arg0 : i32');
    assert.not.match(o.text, ' = #');
  });

  const aliases: Record<string, string> = {
    'a location in an array attribute': '#loc = loc("p")',
    'a location in a dictionary': '#loc = loc("q")',
    'a location as a tensor encoding': '#loc = loc("r")',
    'a location as a memref memory space': '#loc = loc("s")',
    'a location as an unranked memref memory space': '#loc = loc("t")',
    'a big tuple type': `!tuple = ${tuple17}`,
    'an affine map': '#map = affine_map<(d0) -> (d0)>',
    'an integer set': '#set = affine_set<(d0) : (d0 >= 0)>',
  };
  test('each kind of aliasable object raises the flag, and its alias is printed', async () => {
    for (const [name, alias] of Object.entries(aliases)) {
      const o = await inWorker(name);
      assert.not.ok(o.before, name);
      assert.ok(o.after, name);
      assert.match(o.text, alias, name);
    }
  });

  test.run();
}
