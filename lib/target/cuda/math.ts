// CUDA C++ for the math dialect: CUDA's math library (expf, tanhf, erff...), f16/bf16 computed in float.
import { type Operation } from '../../ir/index.js';
import { registerEmitters, type OpEmitter } from './emitter.js';
import { computeFloat, fromCompute, signedView, toCompute, wrapInt } from './types.js';

/** A float op calling CUDA's `name` (`namef` in float) on its operands, rounded once to the result type. */
const call = (name: string): OpEmitter => (op: Operation, e) => {
  const t = op.result(0).type;
  const fn = computeFloat(t) === 'float' ? `${name}f` : name;
  const args = op.operands.map((v) => toCompute(e.get(v), t)).join(', ');
  e.define(op, op.result(0), fromCompute(`${fn}(${args})`, t, computeFloat(t)));
};

registerEmitters({
  'math.exp': call('exp'),
  'math.exp2': call('exp2'),
  'math.log': call('log'),
  'math.log2': call('log2'),
  'math.log10': call('log10'),
  'math.sqrt': call('sqrt'),
  'math.rsqrt': call('rsqrt'),
  'math.tanh': call('tanh'),
  'math.erf': call('erf'),
  'math.absf': call('fabs'),
  'math.sin': call('sin'),
  'math.cos': call('cos'),
  'math.ceil': call('ceil'),
  'math.floor': call('floor'),
  'math.powf': call('pow'),
  'math.fma': call('fma'),
  'math.absi': (op, e) => {
    const t = op.result(0).type;
    const x = signedView(e.get(op.operand(0)), t);
    // The most negative value is its own absolute value, as MLIR's absi says: negate in unsigned.
    e.define(op, op.result(0), wrapInt(`${x} < 0 ? -(uint64_t)${x} : (uint64_t)${x}`, t));
  },
});
