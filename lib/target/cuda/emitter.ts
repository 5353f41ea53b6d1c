// The state of emitting one C++ function: the lines written so far, C names of SSA values,
// memref descriptors, which values are needed (liveness), and dispatch of ops to their emitters.
import { MemRefType, type Block, type Operation, type Type, type Value } from '../../ir/index.js';
import { UnsupportedType, cType } from './types.js';
import type { LiveSet } from './liveness.js';
import type { KernelInfo } from './kernel.js';

/** Where a function runs: kernels and device functions, or host code. */
export type Side = 'device' | 'host';

/**
 * A memref as C expressions: the element pointer, one size and one stride per dimension
 * (literals where static) and the element offset; an element is `ptr[offset + sum idx*stride]`.
 */
export interface MemRefDesc {
  readonly ptr: string;
  readonly sizes: readonly string[];
  readonly strides: readonly string[];
  readonly offset: string;
}

/** Emits one op; reports problems through `e.fail` (which marks the translation failed). */
export type OpEmitter = (op: Operation, e: FunctionEmitter) => void;

/** An op has no emitter, or an emitter gave up on it: reported at the op, and the translation writes nothing. */
export class EmitError extends Error {
  constructor(readonly op: Operation, message: string) {
    super(message);
  }
}

/** The emitters of every supported op, by op name, with the side they are for (filled by the per-dialect files through `registerEmitters`). */
const emitters = new Map<string, { emit: OpEmitter; side?: Side }>();

/** Adds emitters for ops by name; `side` restricts them to kernels or to host code. */
export function registerEmitters(table: Readonly<Record<string, OpEmitter>>, side?: Side): void {
  for (const [name, emit] of Object.entries(table)) emitters.set(name, { emit, side });
}

/** Text of one C++ function body under construction. */
export class FunctionEmitter {
  readonly lines: string[] = [];
  private depth: number;
  private readonly names = new Map<Value, string>();
  private readonly descs = new Map<Value, MemRefDesc>();
  private counter = 0;

  constructor(
    readonly side: Side,
    readonly live: LiveSet,
    /** The module's kernels by name, for launches in host code. */
    readonly kernels: ReadonlyMap<string, KernelInfo> = new Map(),
    indent = 1,
  ) {
    this.depth = indent;
  }

  /** Writes one line at the current indentation. */
  line(text: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${text}`);
  }

  /** Writes `head {` and indents what follows until `close`. */
  open(head: string): void {
    this.line(head ? `${head} {` : '{');
    this.depth++;
  }

  /** Ends a block opened by `open`; `tail` continues the closing line (`} else {`). */
  close(tail = ''): void {
    this.depth--;
    this.line(`}${tail}`);
  }

  /** Ends a block and opens the next one: `} else {`. */
  reopen(head: string): void {
    this.depth--;
    this.line(`} ${head} {`);
    this.depth++;
  }

  /** A fresh C identifier with `prefix`. */
  fresh(prefix = 'v'): string {
    return `${prefix}${this.counter++}`;
  }

  /** Gives value `v` the C name (or expression) `name`. */
  bind(v: Value, name: string): void {
    this.names.set(v, name);
  }

  /** The C expression of scalar value `v`; a value of a memref type is its pointer. */
  get(v: Value): string {
    const name = this.names.get(v) ?? this.descs.get(v)?.ptr;
    if (name === undefined) throw new EmitError(this.ownerOf(v), `value of type '${String(v.type)}' used before the CUDA translation defined it`);
    return name;
  }

  /** The descriptor of memref value `v`. */
  desc(v: Value): MemRefDesc {
    const d = this.descs.get(v);
    if (!d) throw new EmitError(this.ownerOf(v), `memref of type '${String(v.type)}' has no CUDA descriptor`);
    return d;
  }

  /** Records the descriptor of memref value `v`. */
  bindDesc(v: Value, d: MemRefDesc): void {
    this.descs.set(v, d);
  }

  /** The C++ type of `v`'s values, or a failure at `op`. */
  typeOf(v: Value, op: Operation): string {
    return this.typeName(v.type, op);
  }

  /** The C++ type of values of `type`, or a failure at `op`. */
  typeName(type: Type, op: Operation): string {
    try {
      return cType(type);
    } catch (e) {
      if (e instanceof UnsupportedType) throw new EmitError(op, e.message);
      throw e;
    }
  }

  /** Whether the translation needs `v` (some live op reads it). */
  needed(v: Value): boolean {
    return this.live.needed(v);
  }

  /** Declares result `v` of `op` as `const T name = expr;` when it is needed. */
  define(op: Operation, v: Value, expr: string): void {
    if (!this.needed(v)) return;
    const name = this.fresh();
    this.line(`const ${this.typeOf(v, op)} ${name} = ${expr};`);
    this.bind(v, name);
  }

  /** Emits the ops of `block`; the terminator too unless `withTerminator` is false (scf.yield: the region's owner handles it). */
  emitBlock(block: Block, withTerminator = false): void {
    const last = block.terminator;
    for (const op of block) {
      if (op === last && !withTerminator && op.hasTrait('Terminator')) continue;
      this.emitOp(op);
    }
  }

  /** Emits `op` when it is live. */
  emitOp(op: Operation): void {
    if (!this.live.isLive(op)) return;
    const entry = emitters.get(op.name.name);
    if (!entry || (entry.side && entry.side !== this.side)) {
      throw new EmitError(op, `'${op.name.name}' op has no CUDA C++ translation${this.side === 'host' ? ' in host code' : ' in kernels'}`);
    }
    entry.emit(op, this);
  }

  private ownerOf(v: Value): Operation {
    const def = v.definingOp;
    if (def) return def;
    const parent = (v as { owner?: Block }).owner?.parentOp;
    if (!parent) throw new Error('a value without an owner');
    return parent;
  }
}

/** Fails at `op` when `v`'s type is not a memref. */
export function memrefType(v: Value, op: Operation): MemRefType {
  if (!(v.type instanceof MemRefType)) throw new EmitError(op, `expected a ranked memref, got '${String(v.type)}'`);
  return v.type;
}
