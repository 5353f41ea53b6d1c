// MLIRContext: owns the dialect registry, interned types and attributes, and operation names.
import type { Dialect, OpInfo } from './dialect.js';
import { DiagnosticEngine } from '../diag/diagnostic.js';
import { lastStartAtMost } from '../diag/source-manager.js';
import { ResourceBlobs } from './resource-blobs.js';
import type { Location, PositionSource } from './location.js';

/** An interned operation name; `info` is set when the op is registered by a loaded dialect. */
export class OperationName {
  /** The dialect prefix (`func` for `func.call`), empty for names without a dot. */
  readonly dialect: string;
  /**
   * @internal The verifier's checks of a registered op, compiled on its first verification
   * (lib/verify's checksOf). Kept here, not keyed by `info`: the verifier reads it per op.
   * Opaque to the IR, which does not depend on the verifier: only checksOf reads and sets it.
   */
  verifierChecks: unknown = null;
  /**
   * @internal Names are interned by their context: get one with `ctx.getOperationName`, so that
   * equal names are the same object (ops compare names with `===`) and registered names carry
   * their dialect's `info`.
   */
  constructor(
    /** The context that interned the name, and so the context of its ops. */
    readonly context: MLIRContext,
    readonly name: string,
    readonly info: OpInfo | null,
  ) {
    const dot = name.indexOf('.');
    this.dialect = dot < 0 ? '' : name.slice(0, dot);
  }
  /** True when the op's definition was found in a loaded dialect. */
  get isRegistered(): boolean {
    return this.info !== null;
  }
  /** True when the op is registered and declares the trait `name`. */
  hasTrait(trait: string): boolean {
    return this.info !== null && this.info.traits.has(trait);
  }
}

/** One past the last position `reservePositions` hands out: positions stay Smis (31 bits, with sign, in every V8 build). */
const MAX_POSITION = 2 ** 30;

/**
 * An element of an interning key: ids, sizes and numbers, bigints, or strings (attribute
 * payloads). A Map tells the kinds apart (1, 1n and '1' are three keys).
 */
export type TrieKey = number | bigint | string;

/** A node of the interning trie behind `MLIRContext.internSequence`. */
export interface TrieNode {
  next: Map<TrieKey, TrieNode> | null;
  value: unknown;
}

/** Creates a dialect on first use, so start-up only pays for the dialects a file uses. */
export type DialectLoader = (ctx: MLIRContext) => Dialect;

/**
 * The root object of every IR: types and attributes are uniqued here, so two equal types
 * are the same object and compare with `===`.
 */
export class MLIRContext {
  /** When false, ops of unknown dialects are rejected by the parser and verifier. */
  allowUnregisteredDialects = false;
  /** Attach `see current operation: ...` notes to op errors (off under --verify-diagnostics, as in MLIR). */
  printOpOnDiagnostic = true;
  readonly diagnostics = new DiagnosticEngine();
  /** `dense_resource` blobs of every file parsed or imported into this context (a handle two files define differently resolves to neither). */
  readonly resourceBlobs = new ResourceBlobs();
  private readonly interned = new Map<string, unknown>();
  private readonly tries = new Map<string, TrieNode>();
  private readonly nameIds = new Map<string, number>();
  private readonly loaders = new Map<string, DialectLoader>();
  private readonly dialects = new Map<string, Dialect>();
  private readonly opNames = new Map<string, OperationName>();
  private nextId = 1;
  /** @internal Interned dictionaries by the hash of their entries, each the head of a chain (DictionaryAttr.get). */
  readonly dictionaries = new Map<number, unknown>();
  /** @internal Interned plain FileLineColLocs by file name, in tables of lines (FileLineColLoc.get). */
  readonly fileLocations = new Map<string, unknown[]>();
  /** The first position of each source given positions by `reservePositions`, ascending, and the sources. */
  private readonly positionBases: number[] = [];
  private readonly positionSources: PositionSource[] = [];
  private nextPosition = 0;

  constructor(registry?: DialectRegistry) {
    registry?.appendTo(this);
  }

  /**
   * Returns the object interned under `kind` and the key sequence `seq` (ids, sizes, numbers,
   * bigints), creating it with `make` the first time. The hot constructors (types, locations,
   * dictionaries) use this rather than `intern`: walking a trie of small Maps allocates nothing,
   * where building a string key per call was a large part of parse time and garbage.
   * Sequences of one kind must be self-delimiting (encode lengths where two could share a prefix).
   */
  internSequence<T>(kind: string, seq: ArrayLike<number | bigint>, make: (id: number) => T): T {
    let node = this.tries.get(kind);
    if (!node) this.tries.set(kind, (node = { next: null, value: undefined }));
    for (let i = 0; i < seq.length; i++) {
      const next: Map<TrieKey, TrieNode> = (node.next ??= new Map());
      let child = next.get(seq[i]);
      if (!child) next.set(seq[i], (child = { next: null, value: undefined }));
      node = child;
    }
    if (node.value === undefined) node.value = make(this.nextId++);
    return node.value as T;
  }

  /**
   * The root of `kind`'s trie, for constructors that walk their key with `internNext` instead
   * of building it as an array for internSequence (the same trie: the two mix freely). The
   * object interned under a key is the `value` of its last node.
   */
  internRoot(kind: string): TrieNode {
    let node = this.tries.get(kind);
    if (!node) this.tries.set(kind, (node = { next: null, value: undefined }));
    return node;
  }

  /** The child of `node` under the key element `k` (see internRoot). */
  internNext(node: TrieNode, k: TrieKey): TrieNode {
    const next: Map<TrieKey, TrieNode> = (node.next ??= new Map());
    let child = next.get(k);
    if (!child) next.set(k, (child = { next: null, value: undefined }));
    return child;
  }

  /** A fresh id, for an object interned by its own table rather than `intern` or `internSequence`. */
  newId(): number {
    return this.nextId++;
  }

  /** A small number standing for `name`, for use in `internSequence` keys. */
  nameId(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) this.nameIds.set(name, (id = this.nameIds.size));
    return id;
  }

  /** Returns the object interned under `key`, creating it with `make` the first time. */
  intern<T>(key: string, make: (id: number) => T): T {
    let v = this.interned.get(key) as T | undefined;
    if (v === undefined) {
      v = make(this.nextId++);
      this.interned.set(key, v);
    }
    return v;
  }

  /**
   * @internal Numbers the offsets 0 to `length` of a source (a parsed text) as positions from
   * the returned base on, or returns -1 once the positions that are small integers (V8's Smis,
   * 31 bits) are used up. An op may hold the position of its source offset instead of a
   * location, which `locationOfPosition` makes when asked for: most parsed ops' locations
   * are never read, and the context keeps `source` (and so the text) to answer those that are.
   */
  reservePositions(length: number, source: PositionSource): number {
    const base = this.nextPosition;
    if (base + length >= MAX_POSITION) return -1;
    this.nextPosition = base + length + 1;
    this.positionBases.push(base);
    this.positionSources.push(source);
    return base;
  }

  /** @internal The location of a position numbered by `reservePositions`. */
  locationOfPosition(position: number): Location {
    const i = lastStartAtMost(this.positionBases, position);
    const source = this.positionSources[i];
    // A number that this context never handed out (an Operation built with one by hand).
    if (source === undefined || !(position >= 0 && position < this.nextPosition)) throw new Error(`no source text holds position ${position} in this context`);
    return source.locationAt(position - this.positionBases[i]);
  }

  /** Makes a dialect available under `name`; it is loaded when first referenced. */
  registerDialect(name: string, loader: DialectLoader): void {
    if (!this.dialects.has(name)) this.loaders.set(name, loader);
  }

  /** Names of every dialect that is registered (loaded or not). */
  get registeredDialects(): string[] {
    return [...new Set([...this.dialects.keys(), ...this.loaders.keys()])].sort();
  }

  /** The dialect `name`, loading it on first request; undefined when it is not registered. */
  getOrLoadDialect(name: string): Dialect | undefined {
    const loaded = this.dialects.get(name);
    if (loaded) return loaded;
    const loader = this.loaders.get(name);
    if (!loader) return undefined;
    this.loaders.delete(name);
    const dialect = loader(this);
    this.dialects.set(name, dialect);
    for (const info of dialect.ops.values()) {
      const existing = this.opNames.get(info.name);
      // Names looked up before the dialect loaded were unregistered; re-create them registered.
      if (!existing || existing.info !== info) this.opNames.set(info.name, new OperationName(this, info.name, info));
    }
    return dialect;
  }

  /** True when a dialect named `name` is registered, loaded or not. */
  isDialectRegistered(name: string): boolean {
    return this.dialects.has(name) || this.loaders.has(name);
  }

  /** The interned name for `name`, registered when its dialect defines it. */
  getOperationName(name: string): OperationName {
    let opName = this.opNames.get(name);
    if (opName) return opName;
    const dot = name.indexOf('.');
    const dialect = dot < 0 ? undefined : this.getOrLoadDialect(name.slice(0, dot));
    opName = this.opNames.get(name);
    if (opName) return opName;
    opName = new OperationName(this, name, dialect?.ops.get(name) ?? null);
    this.opNames.set(name, opName);
    return opName;
  }
}

/** A set of dialect loaders that can be installed into many contexts. */
export class DialectRegistry {
  private readonly loaders = new Map<string, DialectLoader>();
  /** Adds a dialect loader; a later insert of the same name wins. */
  insert(name: string, loader: DialectLoader): this {
    this.loaders.set(name, loader);
    return this;
  }
  /** Registers every dialect of this registry in `ctx`. */
  appendTo(ctx: MLIRContext): void {
    for (const [name, loader] of this.loaders) ctx.registerDialect(name, loader);
  }
  get names(): string[] {
    return [...this.loaders.keys()];
  }
}
