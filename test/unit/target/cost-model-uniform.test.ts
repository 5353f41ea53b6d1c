// Unit tests of the lane-varying analysis the cost model uses to count warp-uniform accesses once
// per warp: thread ids and what is computed from them vary; block ids, loops from uniform bounds,
// and loads at uniform addresses do not; loads of private memory and values chosen by a varying
// condition do.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { laneVaryingValues } from '../../../lib/target/cost-model-uniform.js';
import type { Operation, Value } from '../../../lib/ir/index.js';
import { load } from '../dialects/tensor/passes/helpers.js';

const KERNEL = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%w: memref<256xf32>, %out: memref<256xf32>) private(%p: memref<4xf32, #gpu.address_space<private>>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %zero = arith.constant 0.0 : f32
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %u = memref.load %w[%b] : memref<256xf32>
      %v = memref.load %w[%t] : memref<256xf32>
      %q = memref.load %p[%c0] : memref<4xf32, #gpu.address_space<private>>
      %s = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> (f32) {
        %x = memref.load %w[%i] : memref<256xf32>
        %a = arith.addf %acc, %x : f32
        scf.yield %a : f32
      }
      %r = scf.for %i = %t to %c4 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = arith.addf %acc, %u : f32
        scf.yield %a : f32
      }
      %lt = arith.cmpi ult, %t, %c4 : index
      %c = scf.if %lt -> (f32) {
        scf.yield %zero : f32
      } else {
        scf.yield %u : f32
      }
      memref.store %s, %out[%b] : memref<256xf32>
      gpu.return
    }
  }
}`;

/** The results of the kernel's top-level loads, loops and ifs, by the names the IR gives them (%u, %v, %q, %s, %r, %c). */
function named(kernel: Operation): Map<string, Value> {
  const names = ['u', 'v', 'q', 's', 'r', 'c'];
  const m = new Map<string, Value>();
  const ops = kernel.regions[0].blocks[0].operations.filter((op) => /^(memref\.load|scf\.for|scf\.if)$/.test(op.name.name));
  ops.forEach((op, i) => m.set(names[i], op.result(0)));
  return m;
}

test('lane-varying values: thread ids and what they feed vary; block ids, uniform loops and uniform loads do not', () => {
  const module = load(KERNEL, 'kernel.mlir');
  const kernel = module.regions[0].blocks[0].operations[0].regions[0].blocks[0].operations[0];
  const varying = laneVaryingValues(kernel);
  const v = named(kernel);
  assert.not.ok(varying.has(v.get('u')!), 'w[block_id] is the same for every lane');
  assert.ok(varying.has(v.get('v')!), 'w[thread_id] differs');
  assert.ok(varying.has(v.get('q')!), 'private memory is per thread');
  assert.not.ok(varying.has(v.get('s')!), 'a loop from 0 over w[i] is uniform');
  assert.ok(varying.has(v.get('r')!), 'a loop from thread_id runs a different count per lane');
  assert.ok(varying.has(v.get('c')!), 'a value chosen by a varying condition');
});

test.run();
