// scf.index_switch: a switch on an index over single-block case regions and a default region,
// with MLIR 22's syntax (`case 2 { ... }` lines, then `default { ... }`) and verifier.
import { DenseArrayAttr, IntegerType, Region, type Operation, type Value } from '../../lib/ir/index.js';
import {
  AnyType, DenseI64ArrayProp, Index, RecursiveMemoryEffects, SingleBlockImplicitTerminator, SizedRegion, Variadic, VariadicRegion, defineOp,
  type CustomDirective,
} from '../../lib/dialect/index.js';

/** MLIR's SwitchCases directive: `case <int> <region>` on a line each. */
export const switchCases: CustomDirective = {
  parse(p, { slots, context }) {
    const values: bigint[] = [];
    const regions: Region[] = [];
    while (p.parseOptionalKeyword('case')) {
      const negative = p.parseOptionalPunct('-');
      const v = p.parseInteger();
      values.push(negative ? -v : v);
      const r = new Region();
      p.parseRegion(r, []);
      regions.push(r);
    }
    slots[0].value = DenseArrayAttr.get(IntegerType.get(context, 64), values);
    slots[1].value = regions;
  },
  print(p, _op, [cases, regions]) {
    const values = cases instanceof DenseArrayAttr ? cases.values : [];
    values.forEach((v, i) => {
      p.printNewline();
      p.write(`case ${v} `);
      p.printRegion((regions as readonly Region[])[i], { printEntryBlockArgs: false });
    });
  },
};

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** Region `name` ends in an scf.yield of values of the op's result types (MLIR's verifyRegion). */
function verifyCaseRegion(op: Operation, region: Region, name: string): boolean {
  const yieldOp = region.entry?.last;
  if (!yieldOp || yieldOp.name.name !== 'scf.yield') return fail(op, `expected region to end with scf.yield, but got ${yieldOp?.name.name ?? 'nothing'}`);
  if (yieldOp.numOperands !== op.numResults) {
    op.emitOpError(`expected each region to return ${op.numResults} values, but ${name} returns ${yieldOp.numOperands}`).attachNote('see yield operation here', yieldOp.location);
    return false;
  }
  const types = yieldOp.operands.map((v: Value) => v.type);
  for (let i = 0; i < op.numResults; i++) {
    const want = op.result(i).type;
    if (types[i] === want) continue;
    op.emitOpError(`expected result #${i} of each region to be '${want}'`).attachNote(`${name} returns '${types[i]}' here`, yieldOp.location);
    return false;
  }
  return true;
}

export const IndexSwitchOp = defineOp(
  {
    name: 'scf.index_switch',
    operands: { arg: Index },
    results: { results: Variadic(AnyType) },
    properties: { cases: DenseI64ArrayProp },
    regions: { defaultRegion: SizedRegion(1), caseRegions: VariadicRegion(SizedRegion(1)) },
    traits: [RecursiveMemoryEffects, SingleBlockImplicitTerminator('scf.yield')],
    assemblyFormat: '$arg attr-dict (`->` type($results)^)? custom<SwitchCases>($cases, $caseRegions) `\\n` `` `default` $defaultRegion',
  },
  {
    verify(v) {
      const op = v.op;
      if (v.cases.length !== v.caseRegions.length) return fail(op, `has ${v.caseRegions.length} case regions but ${v.cases.length} case values`);
      const seen = new Set<number>();
      for (const c of v.cases) {
        if (seen.has(c)) return fail(op, `has duplicate case value: ${c}`);
        seen.add(c);
      }
      return verifyCaseRegion(op, v.defaultRegion, 'default region') && v.caseRegions.every((r, i) => verifyCaseRegion(op, r, `case region #${i}`));
    },
  },
);

/** The region an scf.index_switch runs for a constant `value` of its argument. */
export function indexSwitchRegionFor(op: Operation, value: bigint): Region {
  const v = IndexSwitchOp.view(op);
  const i = v.cases.findIndex((c) => BigInt(c) === value);
  return i < 0 ? v.defaultRegion : v.caseRegions[i];
}
