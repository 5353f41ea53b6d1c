// CUDA C++ for scf: loops and conditionals as C statements, their results (and loop-carried
// values) as mutable C variables assigned where the region yields.
import { DenseArrayAttr, IndexType, type Block, type Operation, type Value } from '../../ir/index.js';
import { EmitError, registerEmitters, type FunctionEmitter, type OpEmitter } from './emitter.js';
import { unsignedView } from './types.js';

/** Declares a mutable variable for each of `values` that `keep` selects, initialised from `inits` when given. */
function declareVars(op: Operation, e: FunctionEmitter, values: readonly Value[], keep: (i: number) => boolean, inits?: readonly Value[]): (string | undefined)[] {
  return values.map((v, i) => {
    if (!keep(i)) return undefined;
    const name = e.fresh();
    e.line(`${e.typeOf(v, op)} ${name}${inits ? ` = ${e.get(inits[i])}` : ''};`);
    return name;
  });
}

/** Emits `block` and assigns what its terminator yields to `vars` (skipping undefined ones). */
function emitRegionBody(e: FunctionEmitter, block: Block, vars: readonly (string | undefined)[]): void {
  e.emitBlock(block);
  const yielded = block.terminator!;
  vars.forEach((name, i) => {
    if (name !== undefined) e.line(`${name} = ${e.get(yielded.operand(i))};`);
  });
}

/** Binds `results` to their variables. */
function bindResults(e: FunctionEmitter, results: readonly Value[], vars: readonly (string | undefined)[]): void {
  results.forEach((r, i) => {
    if (vars[i] !== undefined) e.bind(r, vars[i]!);
  });
}

const forOp: OpEmitter = (op, e) => {
  const [lb, ub, step] = [0, 1, 2].map((i) => e.get(op.operand(i)));
  const body = op.regions[0].entry!;
  const [iv, ...iterArgs] = body.arguments;
  const inits = op.operands.slice(3);
  const vars = declareVars(op, e, op.results, (i) => e.needed(op.result(i)) || e.needed(iterArgs[i]), inits);
  const name = e.fresh('i');
  const t = e.typeOf(iv, op);
  const unsigned = op.getProp('unsignedCmp') !== undefined && !(iv.type instanceof IndexType);
  const cond = unsigned ? `${unsignedView(name, iv.type)} < ${unsignedView(ub, iv.type)}` : `${name} < ${ub}`;
  e.open(`for (${t} ${name} = ${lb}; ${cond}; ${name} += ${step})`);
  e.bind(iv, name);
  iterArgs.forEach((a, i) => {
    if (!e.needed(a)) return;
    const copy = e.fresh();
    e.line(`const ${e.typeOf(a, op)} ${copy} = ${vars[i]};`);
    e.bind(a, copy);
  });
  emitRegionBody(e, body, vars);
  e.close();
  bindResults(e, op.results, vars);
};

const ifOp: OpEmitter = (op, e) => {
  const vars = declareVars(op, e, op.results, (i) => e.needed(op.result(i)));
  e.open(`if (${e.get(op.operand(0))})`);
  emitRegionBody(e, op.regions[0].entry!, vars);
  const otherwise = op.regions[1]?.entry;
  if (otherwise && (otherwise.size > 1 || vars.some((v) => v !== undefined))) {
    e.reopen('else');
    emitRegionBody(e, otherwise, vars);
  }
  e.close();
  bindResults(e, op.results, vars);
};

const indexSwitch: OpEmitter = (op, e) => {
  const cases = op.getProp('cases') ?? op.getAttr('cases');
  if (!(cases instanceof DenseArrayAttr)) throw new EmitError(op, "expected a dense array 'cases' property");
  const vars = declareVars(op, e, op.results, (i) => e.needed(op.result(i)));
  e.open(`switch (${e.get(op.operand(0))})`);
  const arm = (label: string, block: Block): void => {
    e.open(label);
    emitRegionBody(e, block, vars);
    e.line('break;');
    e.close();
  };
  cases.values.forEach((c, i) => arm(`case ${String(c)}:`, op.regions[i + 1].entry!));
  arm('default:', op.regions[0].entry!);
  e.close();
  bindResults(e, op.results, vars);
};

/** scf.while as `while (true)`: the before region computes the condition, a false one leaves with its arguments as results. */
const whileOp: OpEmitter = (op, e) => {
  const before = op.regions[0].entry!;
  const after = op.regions[1].entry!;
  const state = declareVars(op, e, before.arguments, () => true, op.operands);
  const results = declareVars(op, e, op.results, (i) => e.needed(op.result(i)));
  e.open('while (true)');
  before.arguments.forEach((a, i) => e.bind(a, state[i]!));
  e.emitBlock(before);
  const condition = before.terminator!;
  const passed = condition.operands.slice(1);
  e.open(`if (!${e.get(condition.operand(0))})`);
  results.forEach((name, i) => {
    if (name !== undefined) e.line(`${name} = ${e.get(passed[i])};`);
  });
  e.line('break;');
  e.close();
  after.arguments.forEach((a, i) => e.bind(a, e.get(passed[i])));
  // The after region may yield values of the before region: copy first, so that no assignment reads a clobbered variable.
  e.emitBlock(after);
  const yielded = after.terminator!.operands.map((v) => e.get(v));
  const copies = yielded.map((y, i) => {
    const c = e.fresh();
    e.line(`const ${e.typeOf(before.arguments[i], op)} ${c} = ${y};`);
    return c;
  });
  copies.forEach((c, i) => e.line(`${state[i]} = ${c};`));
  e.close();
  bindResults(e, op.results, results);
};

registerEmitters({ 'scf.for': forOp, 'scf.if': ifOp, 'scf.index_switch': indexSwitch, 'scf.while': whileOp });
