// Op definitions of the block dialect: block.tile (a TE split into a grid of tiles), block.program
// (the tiled TEs of a partition with their dependency edges) and block.yield.
import {
  AnyType, ArrayProp, AttrProp, DenseI64ArrayProp, HasParent, I64Prop, Pure, RecursiveMemoryEffects, ReturnLike, SizedRegion, StrProp,
  Terminator, Variadic, defineOp, NoRegionArguments,
} from '../../lib/dialect/index.js';
import { isDepEntry } from './tile.js';
import { isLaunchesAttr } from './schedule.js';
import { parseProgram, parseTile, printProgram, printTile } from './syntax.js';
import { verifyProgram, verifyTile } from './verify.js';

export const TileOp = defineOp(
  {
    name: 'block.tile',
    summary: "a TE split into a grid of tiles: its body's tensor.compute, computed one tile at a time",
    results: { results: Variadic(AnyType) },
    properties: {
      sym_name: StrProp,
      tile: DenseI64ArrayProp,
      grid: DenseI64ArrayProp,
      reads: ArrayProp(DenseI64ArrayProp),
      smem: I64Prop,
      regs: I64Prop,
    },
    regions: { body: SizedRegion(1) },
    traits: [RecursiveMemoryEffects, NoRegionArguments, HasParent('block.program')],
    parse: parseTile,
    print: printTile,
  },
  { verifyRegions: (v) => verifyTile(v.op) },
);

export const ProgramOp = defineOp(
  {
    name: 'block.program',
    summary: 'the tiled TEs of a partition, the dependency edges between them and the synchronisation of each',
    results: { results: Variadic(AnyType) },
    properties: {
      deps: ArrayProp(AttrProp('dependency ["producer", "consumer", "sync"]', isDepEntry)),
      launches: AttrProp('schedule [[["tile", ...], ...], ...] (launches of phases of tile names)', isLaunchesAttr).optional(),
    },
    regions: { body: SizedRegion(1) },
    traits: [RecursiveMemoryEffects, NoRegionArguments],
    parse: parseProgram,
    print: printProgram,
  },
  { verifyRegions: (v) => verifyProgram(v.op) },
);

export const YieldOp = defineOp({
  name: 'block.yield',
  summary: 'the values a block.tile or block.program produces',
  operands: { values: Variadic(AnyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent('block.tile', 'block.program')],
  assemblyFormat: 'attr-dict ($values^ `:` type($values))?',
});
