// The gpu dialect's ops: built from TypeScript with the builders, they print as MLIR writes them
// and verify; the corpus files print exactly as mlir-opt 22 prints them and give its diagnostics
// (those checks skip without mlir-opt).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import {
  BarrierOp, FlagWaitOp, GridSyncOp, LaunchFuncOp, ThreadIdOp, addressSpaceAttr, addressSpaceOf, attributions, createGpuFunc, createGpuModule,
  createLaunchFunc, isKernel, launchGroups, launchedKernel, workgroupBytes,
} from '../../../../dialects/gpu/index.js';
import { ConstantOp } from '../../../../dialects/arith/ops.js';
import { Block, IndexType, IntegerAttr, IntegerType, MemRefType, Operation, Region, StringAttr, TypeAttr, FunctionType, UnitAttr, UnknownLoc } from '../../../../lib/ir/index.js';
import { printOperation } from '../../../../lib/print/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { dlcOpt, haveMlirOpt, mlirOpt, repoRoot } from '../../compat/tools.js';

test('builders make a kernel and a launch that verify and print as MLIR does', () => {
  const ctx = createContext();
  const loc = UnknownLoc.get(ctx);
  const index = IndexType.get(ctx);
  const i32 = IntegerType.get(ctx, 32);
  const flags = MemRefType.get([4], i32);
  const shared = MemRefType.get([64], i32, undefined, addressSpaceAttr(ctx, 'workgroup'));
  const module = Operation.create({ name: 'builtin.module', location: loc, regions: [new Region()] });
  module.regions[0].push(new Block());
  module.setAttr('gpu.container_module', UnitAttr.get(ctx));
  const top = module.regions[0].entry!;

  const kernels = createGpuModule(loc, 'kernels');
  top.append(kernels);
  const k = createGpuFunc(loc, { name: 'k', inputs: [flags], workgroup: [shared], kernel: true, knownBlockSize: [64, 1, 1] });
  kernels.regions[0].entry!.append(k);
  const body = k.regions[0].entry!;
  const t = ThreadIdOp.create(loc, { properties: { dimension: 'x' } });
  body.append(t);
  const zero = ConstantOp.create(loc, { properties: { value: IntegerAttr.get(index, 0n) }, resultTypes: [index] });
  const one = ConstantOp.create(loc, { properties: { value: IntegerAttr.get(i32, 1n) }, resultTypes: [i32] });
  body.append(zero);
  body.append(one);
  body.append(FlagWaitOp.create(loc, { operands: { flags: body.arguments[0], index: zero.result(0), count: one.result(0) } }));
  body.append(BarrierOp.create(loc));
  body.append(GridSyncOp.create(loc));
  body.append(Operation.create({ name: 'gpu.return', location: loc }));

  const host = Operation.create({
    name: 'func.func', location: loc, regions: [new Region()],
    properties: [{ name: 'sym_name', value: StringAttr.get(ctx, 'host') }, { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, [flags], [])) }],
  });
  top.append(host);
  const hb = host.regions[0].push(new Block());
  const arg = hb.addArgument(flags, loc);
  const c1 = ConstantOp.create(loc, { properties: { value: IntegerAttr.get(index, 1n) }, resultTypes: [index] });
  const c64 = ConstantOp.create(loc, { properties: { value: IntegerAttr.get(index, 64n) }, resultTypes: [index] });
  hb.append(c1);
  hb.append(c64);
  const one1 = c1.result(0);
  const launch = createLaunchFunc(loc, { module: 'kernels', kernel: 'k', grid: [one1, one1, one1], block: [c64.result(0), one1, one1], args: [arg], cooperative: true });
  hb.append(launch);
  hb.append(Operation.create({ name: 'func.return', location: loc }));

  assert.ok(verify(module), 'the built module verifies');
  assert.is(launchedKernel(launch), k);
  assert.ok(isKernel(k));
  assert.is(attributions(k).workgroup.length, 1);
  assert.is(addressSpaceOf(attributions(k).workgroup[0].type), 'workgroup');
  assert.is(workgroupBytes(k), 256);
  assert.equal(LaunchFuncOp.view(launch).kernelOperands, [arg]);
  assert.is(launchGroups(launch).blockSizeX[0], c64.result(0));
  const text = printOperation(module);
  assert.match(text, 'gpu.func @k(%arg0: memref<4xi32>) workgroup(%arg1 : memref<64xi32, #gpu.address_space<workgroup>>) kernel attributes {known_block_size = array<i32: 64, 1, 1>} {');
  assert.match(text, '%thread_id_x = gpu.thread_id  x');
  assert.match(text, 'gpu.flag_wait %arg0[%c0], %c1_i32 : memref<4xi32>');
  assert.match(text, 'gpu.launch_func  @kernels::@k blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1)  args(%arg0 : memref<4xi32>) {cooperative}');
  if (haveMlirOpt) {
    // Without the dlc-only ops, mlir-opt reads what we print.
    const mlirText = text.replace(/.*gpu\.(flag_wait|grid_sync).*\n/g, '');
    const r = mlirOpt(['-'], mlirText);
    assert.is(r.status, 0, r.stderr);
    assert.fixture(r.stdout, `${mlirText}\n`);
  }
});

test('the gpu corpus prints exactly as mlir-opt prints it (pretty, generic, with locations)', () => {
  if (!haveMlirOpt) return;
  const file = `${repoRoot}test/corpus/ir/gpu.mlir`;
  for (const flags of [[], ['--mlir-print-op-generic'], ['--mlir-print-debuginfo']]) {
    const ours = dlcOpt([...flags, file]);
    assert.is(ours.status, 0, ours.stderr);
    const theirs = mlirOpt([...flags, file]);
    assert.fixture(ours.stdout, theirs.stdout);
  }
});

test('canonicalize and cse remove and keep the gpu ops mlir-opt removes and keeps (barriers, reductions, atomics stay)', () => {
  if (!haveMlirOpt) return;
  const args = ['--canonicalize', '--cse', `${repoRoot}test/corpus/ir/gpu.mlir`];
  const ours = dlcOpt(args);
  assert.is(ours.status, 0, ours.stderr);
  assert.fixture(ours.stdout, mlirOpt(args).stdout);
});

test("gpu verifier errors are MLIR's (mlir-opt agrees with the annotations)", () => {
  const args = ['--verify-diagnostics', '--split-input-file', `${repoRoot}test/corpus/invalid/gpu-errors.mlir`];
  const ours = dlcOpt(args);
  assert.is(ours.status, 0, ours.stderr);
  if (!haveMlirOpt) return;
  const theirs = mlirOpt(args);
  assert.is(theirs.status, 0, theirs.stderr);
});

test.run();
