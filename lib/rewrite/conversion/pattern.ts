// Conversion patterns: like rewrite patterns, but given the op's operands as converted so far.
import type { Operation } from '../../ir/operation.js';
import type { Value } from '../../ir/value.js';
import { FunctionType, type Type } from '../../ir/types.js';
import { TypeAttr } from '../../ir/attributes.js';
import type { ConversionPatternRewriter } from './rewriter.js';
import type { TypeConverter } from './type-converter.js';

/** A conversion of one op. `operands` are the op's operands after earlier replacements. */
export interface ConversionPattern {
  readonly root: string | null;
  readonly benefit: number;
  readonly name: string;
  /** When set, operands are materialised to their converted types before the pattern runs. */
  readonly typeConverter?: TypeConverter;
  matchAndRewrite(op: Operation, operands: readonly Value[], rewriter: ConversionPatternRewriter): boolean;
}

/** What `defineConversionPattern` takes. */
export interface ConversionPatternSpec {
  readonly name: string;
  readonly root?: string | null;
  readonly benefit?: number;
  readonly typeConverter?: TypeConverter;
  matchAndRewrite(op: Operation, operands: readonly Value[], rewriter: ConversionPatternRewriter): boolean;
}

/** Defines a conversion pattern (benefit 1 unless given). */
export function defineConversionPattern(spec: ConversionPatternSpec): ConversionPattern {
  return Object.freeze({ ...spec, root: spec.root ?? null, benefit: spec.benefit ?? 1 });
}

function functionTypeOf(op: Operation): FunctionType | undefined {
  const a = op.getAttr('function_type');
  return a instanceof TypeAttr && a.value instanceof FunctionType ? a.value : undefined;
}

/** True when the signature of a function-like op (one with `function_type`) is legal for `tc`. */
export function isFunctionSignatureLegal(op: Operation, tc: TypeConverter): boolean {
  const fn = functionTypeOf(op);
  if (!fn || !tc.isSignatureLegal(fn)) return false;
  const body = op.regions[0];
  return !body || body.empty || body.blocks.every((b) => b.arguments.every((a) => tc.isLegal(a.type)));
}

/**
 * Converts the signature of function-like ops named `root` (func.func by default): the
 * `function_type` attribute and the entry block's arguments (signature conversion).
 */
export function functionSignatureConversion(tc: TypeConverter, root = 'func.func'): ConversionPattern {
  return defineConversionPattern({
    name: `convert-signature(${root})`,
    root,
    typeConverter: tc,
    matchAndRewrite(op, _operands, rewriter) {
      const fn = functionTypeOf(op);
      if (!fn) return false;
      const sc = tc.convertSignature(fn.inputs);
      const results = tc.convertTypes(fn.results);
      if (!sc || !results) return false;
      rewriter.modifyOpInPlace(op, () => op.setAttrOrProp('function_type', TypeAttr.get(FunctionType.get(op.context, sc.converted, results))));
      const entry = op.regions[0]?.blocks[0];
      if (entry) rewriter.applySignatureConversion(entry, sc, tc);
      return true;
    },
  });
}

/**
 * Re-creates ops named `root` with converted operand and result types and the same
 * attributes, properties, regions and successors: the structural conversion of ops such
 * as func.return and func.call whose meaning does not depend on the types.
 */
export function typeConversionPattern(tc: TypeConverter, root: string): ConversionPattern {
  return defineConversionPattern({
    name: `convert-types(${root})`,
    root,
    typeConverter: tc,
    matchAndRewrite(op, operands, rewriter) {
      const resultTypes: Type[] | null = tc.convertTypes(op.resultTypes);
      if (!resultTypes || resultTypes.length !== op.numResults) return false;
      const created = rewriter.create({
        name: op.name,
        location: op.location,
        operands,
        resultTypes,
        properties: op.properties,
        attributes: op.attributes,
        regions: op.regions.length,
        successors: op.successors,
      });
      op.regions.forEach((r, i) => rewriter.inlineRegionBefore(r, created.regions[i]));
      rewriter.replaceOp(op, created.results);
      return true;
    },
  });
}
