// What convert-block-to-gpu accepts, checked before anything changes: each unsupported op or
// type is reported at its location with what to do instead.
import { FloatType, IndexType, IntegerType, RankedTensorType, type Block, type Operation, type Type } from '../../../lib/ir/index.js';
import { programTiles } from '../../block/tile.js';
import { tilePlan } from './lower-fused.js';

/** Dialects whose ops may appear in a TE body that becomes kernel code. */
const BODY_DIALECTS = new Set(['arith', 'math', 'scf']);
/** Ops of the host function the lowering converts (others must not touch tensors). */
const HOST_OPS = new Set(['block.program', 'arith.constant', 'tensor.empty', 'tensor.take', 'func.return']);

function isScalar(t: Type): boolean {
  return t instanceof FloatType || t instanceof IntegerType || t instanceof IndexType;
}

function staticTensor(t: Type): boolean {
  return t instanceof RankedTensorType && t.shape.every((d) => d >= 0) && isScalar(t.elementType);
}

/** Reports why `tile` cannot become kernel code; true when it can. */
function checkTile(tile: Operation): boolean {
  const body = tile.regions[0]?.entry;
  const tes = body?.operations.filter((o) => o.name.name === 'tensor.compute') ?? [];
  if (!tes.length || (tes.length > 1 && !tilePlan(tile))) {
    tile.emitError(`convert-block-to-gpu: a tile must compute one TE, or a fused chain of TEs as block-fuse makes them (see docs/design/block-dialect.md)`);
    return false;
  }
  let ok = true;
  for (const te of tes) {
    for (const v of [...te.operands, ...te.results]) {
      if (!staticTensor(v.type)) {
        te.emitError(`convert-block-to-gpu: a TE operand or result of type '${v.type}' cannot be a kernel buffer (static shapes of int, index or float elements only)`);
        ok = false;
      }
    }
    te.walk((op) => {
      const n = op.name.name;
      if (op === te) return;
      if (n === 'tensor.index' || n === 'tensor.yield' || BODY_DIALECTS.has(n.split('.')[0])) return;
      op.emitError(`convert-block-to-gpu: '${n}' in a TE body has no kernel lowering (arith, math, scf and tensor.index only)`);
      ok = false;
    });
  }
  return ok;
}

/** Reports (as errors at the ops) what in `fn` the lowering cannot handle; true when all of it lowers. */
export function checkLowerable(fn: Operation): boolean {
  let ok = true;
  const entry = fn.regions[0].entry!;
  for (const a of entry.arguments) {
    if (a.type instanceof RankedTensorType && !staticTensor(a.type)) {
      fn.emitError(`convert-block-to-gpu: argument of type '${a.type}' has no static shape`);
      ok = false;
    }
  }
  if (fn.regions[0].blocks.length > 1) {
    let tensors = false;
    fn.walk((op) => {
      if (op.results.some((r) => r.type instanceof RankedTensorType)) tensors = true;
    });
    if (tensors) {
      fn.emitError('convert-block-to-gpu: a function of several blocks is not lowered (its tensor code must be in the entry block)');
      return false;
    }
  }
  return checkHostBlock(entry) && ok;
}

/** Reports what in host block `block` (the entry, or a host scf.if's branch) the lowering cannot handle; true when all of it lowers. */
function checkHostBlock(block: Block): boolean {
  let ok = true;
  for (const op of block.operations) {
    const n = op.name.name;
    if (n === 'block.program') {
      for (const t of programTiles(op)) ok = checkTile(t) && ok;
      for (const r of op.results) {
        if (!staticTensor(r.type)) (op.emitError(`convert-block-to-gpu: result of type '${r.type}' has no static shape`), (ok = false));
      }
      continue;
    }
    if (HOST_OPS.has(n)) {
      if (n === 'tensor.empty' && !op.results.every((r) => staticTensor(r.type))) {
        op.emitError('convert-block-to-gpu: tensor.empty with dynamic sizes is not supported');
        ok = false;
      }
      continue;
    }
    if (n === 'tensor.extract' && staticTensor(op.operand(0).type)) continue;
    if (n === 'scf.if' && op.results.some((r) => r.type instanceof RankedTensorType)) {
      // A condition known only at run time: both branches stay host code, their results memrefs.
      for (const r of op.results) {
        if (!staticTensor(r.type)) (op.emitError(`convert-block-to-gpu: scf.if result of type '${r.type}' must be a tensor of static shape`), (ok = false));
      }
      for (const region of op.regions) if (region.entry) ok = checkHostBlock(region.entry) && ok;
      continue;
    }
    if (n === 'scf.yield' && block.parentOp?.name.name === 'scf.if') continue;
    let tensors = false;
    op.walk((inner) => {
      if ([...inner.operands, ...inner.results].some((v) => v.type instanceof RankedTensorType)) tensors = true;
    });
    if (tensors) {
      op.emitError(`convert-block-to-gpu: '${n}' on tensors outside a block.program cannot be lowered (run convert-tensor-to-block first; only TEs lower to kernels)`);
      ok = false;
    }
  }
  return ok;
}
