// The subgroup mma ops and !gpu.mma_matrix: the corpus prints exactly as mlir-opt 22 prints it
// (pretty, generic, with locations, after canonicalize and cse) and the invalid corpus gives its
// diagnostics (the mlir-opt sides skip without it); the type's parts read back.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { MmaMatrixType } from '../../../../dialects/gpu/index.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { dlcOpt, haveMlirOpt, mlirOpt, repoRoot } from '../../compat/tools.js';

const corpus = `${repoRoot}test/corpus/ir/gpu-mma.mlir`;

test('the mma corpus prints as mlir-opt prints it, also after canonicalize and cse', () => {
  for (const flags of [[], ['--mlir-print-op-generic'], ['--mlir-print-debuginfo'], ['--canonicalize', '--cse']]) {
    const ours = dlcOpt([...flags, corpus]);
    assert.is(ours.status, 0, ours.stderr);
    if (haveMlirOpt) assert.fixture(ours.stdout, mlirOpt([...flags, corpus]).stdout);
  }
});

test("mma verifier errors are MLIR's (mlir-opt agrees with the annotations)", () => {
  const args = ['--verify-diagnostics', '--split-input-file', `${repoRoot}test/corpus/invalid/gpu-mma-errors.mlir`];
  const ours = dlcOpt(args);
  assert.is(ours.status, 0, ours.stderr);
  if (!haveMlirOpt) return;
  const theirs = mlirOpt(args);
  assert.is(theirs.status, 0, theirs.stderr);
});

test('an mma_matrix type is interned from its shape, element type and operand', () => {
  const ctx = createContext();
  const m = parseSourceString('func.func private @f(!gpu.mma_matrix<16x8xf16, "BOp">, !gpu.mma_matrix< 16x8xf16 , "BOp" >)', { context: ctx, filename: 'types.mlir' })!;
  const fn = m.regions[0].entry!.first!;
  const [a, b] = (fn.getAttr('function_type') as unknown as { value: { inputs: MmaMatrixType[] } }).value.inputs;
  assert.is(a, b);
  assert.equal([a.shape, String(a.elementType), a.operand], [[16, 8], 'f16', 'BOp']);
});

test.run();
