// The scf dialect: structured control flow (for, if, while, parallel, execute_region) and
// its terminators, as in MLIR 22.
import type { Dialect, Operation, Value } from '../../lib/ir/index.js';
import {
  AnySignlessIntegerOrIndex, AnyType, AttrSizedOperandSegments, AutomaticAllocationScope, HasParent, I1, Index,
  MaxSizedRegion, MinSizedRegion, NoRegionArguments, Pure, RecursiveMemoryEffects, ReturnLike, SameTypeAs, SingleBlockImplicitTerminator,
  SizedRegion, Terminator, UnitProp, Variadic, VariadicRegion, defineDialect, defineOp,
} from '../../lib/dialect/index.js';
import { verifyWhileEdges, verifyYieldsToParent } from './region-branch.js';
import { IndexSwitchOp, switchCases } from './index-switch.js';
import { scfCanonicalization } from './canonicalize.js';

export { IndexSwitchOp, indexSwitchRegionFor } from './index-switch.js';
import { parseExecuteRegion, parseFor, parseIf, parseParallel, parseWhile, printExecuteRegion, printFor, printIf, printParallel, printWhile } from './syntax.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** MLIR's verifyLoopLikeOpInterface: inits, region iter_args, yielded values and results agree. */
function verifyLoopLike(op: Operation, inits: readonly Value[], iterArgs: readonly Value[], results: readonly Value[]): boolean {
  const yielded = op.regions[0].entry?.last?.name.name === 'scf.yield' ? op.regions[0].entry!.last!.operands : undefined;
  if (inits.length !== iterArgs.length) return fail(op, `different number of inits and region iter_args: ${inits.length} != ${iterArgs.length}`);
  if (yielded && yielded.length !== iterArgs.length) return fail(op, `different number of region iter_args and yielded values: ${iterArgs.length} != ${yielded.length}`);
  if (results.length !== iterArgs.length) return fail(op, `different number of loop results and region iter_args: ${results.length} != ${iterArgs.length}`);
  const pairs: [readonly Value[], readonly Value[], string][] = [
    [inits, iterArgs, '-th init and %-th region iter_arg'],
    [iterArgs, yielded ?? [], '-th region iter_arg and %-th yielded value'],
    [iterArgs, results, '-th region iter_arg and %-th loop result'],
  ];
  for (const [a, b, what] of pairs) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i].type !== b[i].type) return fail(op, `${i}${what.replace('%', String(i))} have different type: '${a[i].type}' != '${b[i].type}'`);
    }
  }
  return true;
}

export const ForOp = defineOp(
  {
    name: 'scf.for',
    operands: { lowerBound: AnySignlessIntegerOrIndex, upperBound: SameTypeAs('lowerBound'), step: SameTypeAs('lowerBound'), initArgs: Variadic(AnyType) },
    results: { results: Variadic(AnyType) },
    properties: { unsignedCmp: UnitProp },
    regions: { region: SizedRegion(1) },
    traits: [AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlockImplicitTerminator('scf.yield')],
    interfaces: {
      loopLike: { body: (op) => op.regions[0], inductionVars: (op) => [op.regions[0].entry!.arguments[0]] },
    },
    parse: parseFor,
    print: printFor,
  },
  {
    verify(v) {
      if (v.initArgs.length !== v.results.length) return fail(v.op, 'mismatch in number of loop-carried values and defined values');
      return verifyLoopLike(v.op, v.initArgs, v.region.entry!.arguments.slice(1), v.results);
    },
    verifyRegions(v) {
      const args = v.region.entry!.arguments;
      if (!args.length || args[0].type !== v.lowerBound.type) return fail(v.op, 'expected induction variable to be same type as bounds and step');
      if (args.length - 1 !== v.results.length) return fail(v.op, 'mismatch in number of loop-carried values and defined values');
      return true;
    },
  },
);

export const IfOp = defineOp(
  {
    name: 'scf.if',
    operands: { condition: I1 },
    results: { results: Variadic(AnyType) },
    regions: { thenRegion: SizedRegion(1), elseRegion: MaxSizedRegion(1) },
    traits: [RecursiveMemoryEffects, NoRegionArguments, SingleBlockImplicitTerminator('scf.yield')],
    parse: parseIf,
    print: printIf,
  },
  {
    verify(v) {
      if (v.results.length && v.elseRegion.empty) return fail(v.op, 'must have an else block if defining values');
      return true;
    },
    verifyRegions: (v) => verifyYieldsToParent(v.op),
  },
);

export const YieldOp = defineOp({
  name: 'scf.yield',
  operands: { results: Variadic(AnyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent('scf.execute_region', 'scf.for', 'scf.if', 'scf.index_switch', 'scf.while')],
  assemblyFormat: 'attr-dict ($results^ `:` type($results))?',
});

export const ConditionOp = defineOp({
  name: 'scf.condition',
  operands: { condition: I1, args: Variadic(AnyType) },
  traits: [Pure, Terminator, HasParent('scf.while')],
  assemblyFormat: '`(` $condition `)` attr-dict ($args^ `:` type($args))?',
});

/** The terminator of a region, reporting MLIR's message (with a note at the wrong one) when it is not `name`. */
function expectTerminator(op: Operation, region: number, name: string, message: string): boolean {
  const last = op.regions[region].entry?.last;
  if (last?.name.name === name) return true;
  const d = op.emitOpError(message);
  if (last) d.attachNote('terminator here', last.location);
  return false;
}

export const WhileOp = defineOp(
  {
    name: 'scf.while',
    operands: { inits: Variadic(AnyType) },
    results: { results: Variadic(AnyType) },
    regions: { before: SizedRegion(1), after: SizedRegion(1) },
    traits: [RecursiveMemoryEffects],
    parse: parseWhile,
    print: printWhile,
  },
  {
    verify: (v) =>
      expectTerminator(v.op, 0, 'scf.condition', "expects the 'before' region to terminate with 'scf.condition'") &&
      expectTerminator(v.op, 1, 'scf.yield', "expects the 'after' region to terminate with 'scf.yield'"),
    verifyRegions: (v) => verifyWhileEdges(v.op),
  },
);

export const ParallelOp = defineOp(
  {
    name: 'scf.parallel',
    operands: { lowerBound: Variadic(Index), upperBound: Variadic(Index), step: Variadic(Index), initVals: Variadic(AnyType) },
    results: { results: Variadic(AnyType) },
    regions: { region: SizedRegion(1) },
    traits: [AttrSizedOperandSegments, AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlockImplicitTerminator('scf.reduce')],
    interfaces: { loopLike: { body: (op) => op.regions[0], inductionVars: (op) => [...op.regions[0].entry!.arguments] } },
    parse: parseParallel,
    print: printParallel,
  },
  {
    verify(v) {
      const n = v.step.length;
      if (!n) return fail(v.op, 'needs at least one tuple element for lowerBound, upperBound and step');
      if (v.lowerBound.length !== n || v.upperBound.length !== n) {
        return fail(v.op, `expects the same number of induction variables: ${v.lowerBound.length} as bound and step values: ${n}`);
      }
      return true;
    },
    verifyRegions(v) {
      const args = v.region.entry!.arguments;
      if (args.length !== v.step.length) {
        return fail(v.op, `expects the same number of induction variables: ${args.length} as bound and step values: ${v.step.length}`);
      }
      if (args.some((a) => a.type.toString() !== 'index')) return fail(v.op, 'expects arguments for the induction variable to be of index type');
      const reduce = v.region.entry!.last;
      if (reduce?.name.name !== 'scf.reduce') return true;
      if (reduce.numOperands !== v.results.length) {
        return fail(v.op, `expects number of results: ${v.results.length} to be the same as number of reductions: ${reduce.numOperands}`);
      }
      for (let i = 0; i < v.results.length; i++) {
        const t = reduce.operand(i).type;
        if (t !== v.results[i].type) return fail(v.op, `expects type of ${i}-th reduction operand: '${t}' to be the same as the ${i}-th result type: '${v.results[i].type}'`);
      }
      return true;
    },
  },
);

export const ReduceOp = defineOp(
  {
    name: 'scf.reduce',
    operands: { operands: Variadic(AnyType) },
    regions: { reductions: VariadicRegion(SizedRegion(1)) },
    traits: [RecursiveMemoryEffects, Terminator, HasParent('scf.parallel')],
    assemblyFormat: '(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict',
  },
  {
    verifyRegions(v) {
      const reductions = v.reductions;
      if (reductions.length !== v.operands.length) {
        return fail(v.op, `expects number of reduction regions: ${reductions.length} to be the same as number of reduction operands: ${v.operands.length}`);
      }
      for (let i = 0; i < v.operands.length; i++) {
        const type = v.operands[i].type;
        const block = reductions[i].entry!;
        if (!block.first) return fail(v.op, `${i}-th reduction has an empty body`);
        if (block.arguments.length !== 2 || block.arguments.some((a) => a.type !== type)) {
          return fail(v.op, `expected two block arguments with type '${type}' in the ${i}-th reduction region`);
        }
        if (block.last?.name.name !== 'scf.reduce.return') return fail(v.op, "reduction bodies must be terminated with an 'scf.reduce.return' op");
      }
      return true;
    },
  },
);

export const ReduceReturnOp = defineOp({
  name: 'scf.reduce.return',
  operands: { result: AnyType },
  traits: [Pure, Terminator, HasParent('scf.reduce')],
  assemblyFormat: '$result attr-dict `:` type($result)',
});

export const ExecuteRegionOp = defineOp(
  {
    name: 'scf.execute_region',
    results: { results: Variadic(AnyType) },
    properties: { no_inline: UnitProp },
    regions: { region: MinSizedRegion(1) },
    traits: [RecursiveMemoryEffects],
    parse: parseExecuteRegion,
    print: printExecuteRegion,
  },
  {
    verify(v) {
      if (v.region.entry!.arguments.length) return fail(v.op, 'region cannot have any arguments');
      return true;
    },
    verifyRegions: (v) => verifyYieldsToParent(v.op),
  },
);

let dialect: Dialect | undefined;

/** The scf dialect (built once: its op definitions are module-level). */
export function loadScfDialect(): Dialect {
  return (dialect ??= defineDialect({
    name: 'scf',
    ops: [ForOp, IfOp, YieldOp, ConditionOp, WhileOp, ParallelOp, ReduceOp, ReduceReturnOp, ExecuteRegionOp, IndexSwitchOp],
    customDirectives: { SwitchCases: switchCases },
    canonicalization: scfCanonicalization,
  }));
}

