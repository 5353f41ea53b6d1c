// TypeConverter: rules that map types (1:1, 1:N or to nothing), and materialisations between old and new types.
import type { Builder } from '../../ir/builder.js';
import { FunctionType, type Type } from '../../ir/types.js';
import type { Location } from '../../ir/location.js';
import type { Operation } from '../../ir/operation.js';
import type { Value } from '../../ir/value.js';

/**
 * A conversion rule: a type, a list of types (1:N; empty drops the value), null when the
 * type cannot be converted, or undefined to let the next rule decide.
 */
export type TypeConversionRule = (t: Type) => Type | readonly Type[] | null | undefined;

/** Builds a value of `type` from `inputs` at the builder's insertion point, or returns undefined. */
export type Materialization = (builder: Builder, type: Type, inputs: readonly Value[], loc: Location) => Value | undefined;

/** How a signature's inputs map to the converted ones: input i becomes `converted` slice [start, start+count). */
export class SignatureConversion {
  readonly converted: Type[] = [];
  readonly mapping: { start: number; count: number }[] = [];
  /** Records input `index` as converted to `types`. */
  addInputs(index: number, types: readonly Type[]): void {
    this.mapping[index] = { start: this.converted.length, count: types.length };
    this.converted.push(...types);
  }
}

/** Maps types; later rules are tried first, as in MLIR. */
export class TypeConverter {
  private readonly rules: TypeConversionRule[] = [];
  private readonly sourceMaterializations: Materialization[] = [];
  private readonly targetMaterializations: Materialization[] = [];
  private readonly cache = new Map<Type, readonly Type[] | null>();

  addConversion(rule: TypeConversionRule): this {
    this.rules.push(rule);
    this.cache.clear();
    return this;
  }
  /** Converts a new-typed value back to an old type, for users not converted (yet). */
  addSourceMaterialization(m: Materialization): this {
    this.sourceMaterializations.push(m);
    return this;
  }
  /** Converts an old-typed value to the converted type a pattern expects. */
  addTargetMaterialization(m: Materialization): this {
    this.targetMaterializations.push(m);
    return this;
  }

  /** The converted types of `t` (empty when it is dropped), or null when no rule converts it. */
  convertTypeToList(t: Type): readonly Type[] | null {
    const cached = this.cache.get(t);
    if (cached !== undefined) return cached;
    let result: readonly Type[] | null = null;
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const r = this.rules[i](t);
      if (r === undefined) continue;
      result = r === null ? null : Array.isArray(r) ? (r as readonly Type[]) : [r as Type];
      break;
    }
    this.cache.set(t, result);
    return result;
  }

  /** The converted type of `t` when it converts 1:1, else undefined. */
  convertType(t: Type): Type | undefined {
    const r = this.convertTypeToList(t);
    return r && r.length === 1 ? r[0] : undefined;
  }

  /** The converted types of every element of `types`, or null when one does not convert. */
  convertTypes(types: readonly Type[]): Type[] | null {
    const out: Type[] = [];
    for (const t of types) {
      const r = this.convertTypeToList(t);
      if (!r) return null;
      out.push(...r);
    }
    return out;
  }

  isLegal(t: Type): boolean {
    return this.convertType(t) === t;
  }
  /** True when every operand and result type of `op` is legal. */
  isLegalOp(op: Operation): boolean {
    return op.operandTypes.every((t) => this.isLegal(t)) && op.resultTypes.every((t) => this.isLegal(t));
  }
  /** True when a function type's inputs and results are legal. */
  isSignatureLegal(fn: FunctionType): boolean {
    return fn.inputs.every((t) => this.isLegal(t)) && fn.results.every((t) => this.isLegal(t));
  }

  /** The conversion of a signature's inputs, or null when one does not convert. */
  convertSignature(inputs: readonly Type[]): SignatureConversion | null {
    const sc = new SignatureConversion();
    for (let i = 0; i < inputs.length; i++) {
      const r = this.convertTypeToList(inputs[i]);
      if (!r) return null;
      sc.addInputs(i, r);
    }
    return sc;
  }

  /** The converted function type, or null. */
  convertFunctionType(fn: FunctionType): FunctionType | null {
    const inputs = this.convertTypes(fn.inputs);
    const results = this.convertTypes(fn.results);
    return inputs && results ? FunctionType.get(fn.context, inputs, results) : null;
  }

  /** @internal */
  materializeSource(b: Builder, type: Type, inputs: readonly Value[], loc: Location): Value | undefined {
    for (let i = this.sourceMaterializations.length - 1; i >= 0; i--) {
      const v = this.sourceMaterializations[i](b, type, inputs, loc);
      if (v) return v;
    }
    return undefined;
  }
  /** @internal */
  materializeTarget(b: Builder, type: Type, inputs: readonly Value[], loc: Location): Value | undefined {
    for (let i = this.targetMaterializations.length - 1; i >= 0; i--) {
      const v = this.targetMaterializations[i](b, type, inputs, loc);
      if (v) return v;
    }
    return undefined;
  }
}
