// Interpreter implementations of the math dialect: each op's function from lib/interp/scalar,
// rounded to the operand's format, on scalars and element by element on tensors and vectors.
import type { InterpreterImpls, OpImpl } from '../../lib/interp/index.js';
import { absi, applyBinary, applyUnary, binaryMath, ctlz, ctpop, cttz, fma, ipowi, unaryMath, type BinaryMathName, type UnaryMathName } from '../../lib/interp/scalar/index.js';
import { elementwise, formatOf, widthOf, type Kernel } from '../arith/interp.js';
import { mathOps } from './ops.js';

/** Integer math ops: each maps canonical bigints of the operand width. */
const integerUnary: Record<string, (a: bigint, width: number) => bigint> = { absi, ctlz, cttz, ctpop };

/** The implementation of math op `mnemonic`, or undefined when the interpreter has none. */
function implementation(mnemonic: string): OpImpl | undefined {
  if (Object.hasOwn(unaryMath, mnemonic)) {
    const name = mnemonic as UnaryMathName;
    return elementwise((op, interp): Kernel => {
      const f = formatOf(op, op.operand(0).type, interp);
      return ([x]) => applyUnary(name, x as number, f);
    });
  }
  if (Object.hasOwn(binaryMath, mnemonic)) {
    const name = mnemonic as BinaryMathName;
    return elementwise((op, interp): Kernel => {
      const f = formatOf(op, op.operand(0).type, interp);
      return ([a, b]) => applyBinary(name, a as number, b as number, f);
    });
  }
  if (Object.hasOwn(integerUnary, mnemonic)) {
    const g = integerUnary[mnemonic];
    return elementwise((op, interp): Kernel => {
      const w = widthOf(op, op.operand(0).type, interp);
      return ([x]) => g(x as bigint, w);
    });
  }
  if (mnemonic === 'ipowi') {
    return elementwise((op, interp): Kernel => {
      const w = widthOf(op, op.operand(0).type, interp);
      return ([a, b]) => ipowi(a as bigint, b as bigint, w);
    });
  }
  if (mnemonic === 'fma') {
    return elementwise((op, interp): Kernel => {
      const f = formatOf(op, op.operand(0).type, interp);
      return ([a, b, c]) => fma(a as number, b as number, c as number, f);
    });
  }
  return undefined;
}

/** The implementations of every math op the dialect defines (all of them have one). */
export function mathInterpreter(): InterpreterImpls {
  const out: Record<string, OpImpl> = {};
  for (const def of mathOps) {
    const impl = implementation(def.name.slice('math.'.length));
    if (impl) out[def.name] = impl;
  }
  return out;
}
