// The custom syntax of the block dialect, written so a reader sees grid, tile and footprints:
//   %t = block.tile @mm tile [32, 32, 64] grid [4, 2, 1] reads [[32, 64], [64, 32]] smem 16384 regs 8192
//        -> tensor<128x64xf32> { %0 = tensor.compute ...  block.yield %0 : tensor<128x64xf32> }
//   %r = block.program deps [@mm -> @relu barrier] -> tensor<128x64xf32> { ... }
// See docs/design/block-dialect.md.
import {
  ArrayAttr, DenseArrayAttr, IntegerAttr, IntegerType, Region, StringAttr,
  type OpAsmParser, type OpAsmPrinter, type Operation, type OperationState,
} from '../../lib/ir/index.js';
import { parseOptionalLaunches, printLaunches } from './schedule.js';
import { SYNC_KINDS, depsAttr, programDeps, tileGrid, tileName, tileReads, tileRegisters, tileSharedMemory, tileSizes, type DepEdge, type SyncKind } from './tile.js';

const TILE_PROPS = Object.freeze(['sym_name', 'tile', 'grid', 'reads', 'smem', 'regs']);

function parseIntList(p: OpAsmParser): bigint[] {
  const values: bigint[] = [];
  p.parsePunct('[');
  if (p.parseOptionalPunct(']')) return values;
  do values.push(p.parseInteger());
  while (p.parseOptionalPunct(','));
  p.parsePunct(']');
  return values;
}

const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;

/** The result types and the region, common to both ops: `-> types {region} attributes {...}`. */
function parseTail(p: OpAsmParser, state: OperationState): void {
  state.resultTypes.push(...(p.parseOptionalArrowTypeList() ?? []));
  const body = new Region();
  p.parseRegion(body);
  state.regions.push(body);
  state.attributes.push(...p.parseOptionalAttrDictWithKeyword());
}

function printTail(op: Operation, p: OpAsmPrinter, elided: readonly string[]): void {
  if (op.numResults) p.printArrowTypeList(op.resultTypes);
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false, printBlockTerminators: true });
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), elided);
}

/** Parses `@name tile [..] grid [..] reads [[..], ..] smem N regs N -> types {body}`. */
export function parseTile(p: OpAsmParser, state: OperationState): void {
  const ctx = p.context;
  const i64 = IntegerType.get(ctx, 64);
  const props = state.properties;
  props.push({ name: 'sym_name', value: StringAttr.get(ctx, p.parseSymbolName()) });
  p.parseKeyword('tile');
  props.push({ name: 'tile', value: DenseArrayAttr.get(i64, parseIntList(p)) });
  p.parseKeyword('grid');
  props.push({ name: 'grid', value: DenseArrayAttr.get(i64, parseIntList(p)) });
  p.parseKeyword('reads');
  const reads: DenseArrayAttr[] = [];
  p.parsePunct('[');
  if (!p.parseOptionalPunct(']')) {
    do reads.push(DenseArrayAttr.get(i64, parseIntList(p)));
    while (p.parseOptionalPunct(','));
    p.parsePunct(']');
  }
  props.push({ name: 'reads', value: ArrayAttr.get(ctx, reads) });
  p.parseKeyword('smem');
  props.push({ name: 'smem', value: IntegerAttr.get(i64, p.parseInteger()) });
  p.parseKeyword('regs');
  props.push({ name: 'regs', value: IntegerAttr.get(i64, p.parseInteger()) });
  parseTail(p, state);
}

/** Prints the custom form of block.tile (see the file comment). */
export function printTile(op: Operation, p: OpAsmPrinter): void {
  p.write(' ');
  p.printSymbolName(tileName(op));
  p.write(` tile ${list(tileSizes(op))} grid ${list(tileGrid(op))} reads [${tileReads(op).map(list).join(', ')}]`);
  p.write(` smem ${tileSharedMemory(op)} regs ${tileRegisters(op)}`);
  printTail(op, p, TILE_PROPS);
}

/** Parses `deps [@a -> @b sync, ...] launches [[[@a], ...], ...]? -> types {body}`. */
export function parseProgram(p: OpAsmParser, state: OperationState): void {
  p.parseKeyword('deps');
  const edges: DepEdge[] = [];
  p.parsePunct('[');
  if (!p.parseOptionalPunct(']')) {
    do {
      const producer = p.parseSymbolName();
      p.parsePunct('->');
      const consumer = p.parseSymbolName();
      const at = p.currentOffset();
      const sync = p.parseOptionalKeyword(SYNC_KINDS);
      if (!sync) throw p.error(at, `expected a synchronisation (${SYNC_KINDS.join(', ')}) after '@${producer} -> @${consumer}'`);
      edges.push({ producer, consumer, sync: sync as SyncKind });
    } while (p.parseOptionalPunct(','));
    p.parsePunct(']');
  }
  state.properties.push({ name: 'deps', value: depsAttr(p.context, edges) });
  const launches = parseOptionalLaunches(p);
  if (launches) state.properties.push({ name: 'launches', value: launches });
  parseTail(p, state);
}

/** Prints the custom form of block.program (see the file comment). */
export function printProgram(op: Operation, p: OpAsmPrinter): void {
  p.write(' deps [');
  programDeps(op).forEach((e, i) => {
    if (i) p.write(', ');
    p.printSymbolName(e.producer);
    p.write(' -> ');
    p.printSymbolName(e.consumer);
    p.write(` ${e.sync}`);
  });
  p.write(']');
  printLaunches(op, p);
  printTail(op, p, ['deps', 'launches']);
}
