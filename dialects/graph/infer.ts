// How the graph ops' shape rules meet the op definitions: one rule per op gives both the
// inferred result types (InferTypeOpInterface, so the custom form leaves them out) and the
// verifier's precise message when operand shapes or attributes do not fit.
//
// A rule that fails while the custom form is parsed must not stop the parser with an opaque
// error, so inference then answers a placeholder (the first operand's type) and the op is
// built; verification reruns the rule as a trait, which runs before the generic "inferred
// type(s) ... are incompatible" check, and reports the rule's own message on the op.
import {
  FloatType,
  IntegerType,
  RankedTensorType,
  type Attribute,
  type MLIRContext,
  type NamedAttribute,
  type Operation,
  type Type,
} from '../../lib/ir/index.js';
import { typeConstraint, type InferInput, type PropDef, type Trait } from '../../lib/dialect/index.js';
import { ShapeError, fail, type Shape } from './shapes.js';

/** What a shape rule reads: operand types and property values. */
export interface RuleInput {
  readonly context: MLIRContext;
  readonly types: readonly Type[];
  /** A property's value decoded by `def` (its default when absent); fails on an ill-typed attribute. */
  prop<T>(name: string, def: PropDef<T, unknown>): T;
  /** A property's value, or undefined when absent. */
  optionalProp<T>(name: string, def: PropDef<T, unknown>): T | undefined;
}

/** A shape rule: result types from operand types and properties; throws ShapeError (via `fail`). */
export type ShapeRule = (x: RuleInput) => Type[];

function ruleInput(context: MLIRContext, types: readonly Type[], attr: (name: string) => Attribute | undefined): RuleInput {
  const optionalProp = <T>(name: string, def: PropDef<T, unknown>): T | undefined => {
    const a = attr(name);
    if (a === undefined) return def.defaultValue;
    if (!def.check(a)) fail(`attribute '${name}' must be ${def.summary}`);
    return def.decode(a);
  };
  return {
    context,
    types,
    optionalProp,
    prop<T>(name: string, def: PropDef<T, unknown>): T {
      const v = optionalProp(name, def);
      if (v === undefined) fail(`requires attribute '${name}'`);
      return v;
    },
  };
}

const fromProperties = (props: readonly NamedAttribute[]) => (name: string) => props.find((p) => p.name === name)?.value;

/** The rule's types, or its message. */
function runRule(rule: ShapeRule, x: RuleInput): Type[] | string {
  try {
    return rule(x);
  } catch (e) {
    if (e instanceof ShapeError) return e.message;
    throw e;
  }
}

/** The spec pieces of a shape-inferred op: `inferResultTypes` and the trait that verifies the rule. */
export interface Inference {
  readonly inferResultTypes: (input: InferInput) => Type[];
  readonly trait: Trait;
}

/**
 * Makes the inference hook and verifier trait of `rule`. `placeholders` gives the result
 * types to build with while the rule fails (one per result); by default the first operand's type.
 */
export function shapeInference(rule: ShapeRule, placeholders?: (x: RuleInput) => Type[]): Inference {
  return {
    inferResultTypes(input) {
      const x = ruleInput(input.context, input.operands.map((v) => v.type), fromProperties(input.properties));
      const r = runRule(rule, x);
      if (typeof r !== 'string') return r;
      const fallback = placeholders ? runRule(placeholders, x) : undefined;
      return Array.isArray(fallback) ? fallback : input.operands.slice(0, 1).map((v) => v.type);
    },
    trait: Object.freeze({
      name: 'GraphShapeInference',
      verify(op: Operation): boolean {
        const r = runRule(rule, ruleInput(op.context, op.operandTypes, (name) => op.getAttr(name)));
        if (typeof r !== 'string') return true;
        op.emitOpError(r);
        return false;
      },
    }),
  };
}

/** Element types the graph ops compute in. */
export const isGraphFloat = (t: Type): boolean => t instanceof FloatType && (t.name === 'f16' || t.name === 'f32' || t.name === 'bf16' || t.name === 'f64');

const isStatic = (t: Type): t is RankedTensorType => t instanceof RankedTensorType && t.shape.every((d) => d >= 0);

/** A statically shaped tensor of f16, bf16, f32 or f64: what the computing graph ops take. */
export const FloatTensor = typeConstraint('statically shaped tensor of 16-bit, bfloat16, 32-bit or 64-bit float values', (t) => isStatic(t) && isGraphFloat(t.elementType));
/** A statically shaped tensor of signless integers: gather's indices. */
export const IntTensor = typeConstraint('statically shaped tensor of signless integer values', (t) => isStatic(t) && t.elementType instanceof IntegerType && t.elementType.isSignless);
/** A statically shaped tensor of floats or signless integers: what constants, casts and layout ops move. */
export const AnyStaticTensor = typeConstraint(
  'statically shaped tensor of float or signless integer values',
  (t) => isStatic(t) && (t.elementType instanceof FloatType || (t.elementType instanceof IntegerType && t.elementType.isSignless)),
);

/** The shape of operand type `t` (a static ranked tensor, as the op's constraints ensure). */
export function shapeOf(t: Type | undefined): Shape {
  if (!isStatic(t as Type)) fail(`expects statically shaped tensor operands, but got '${String(t)}'`);
  return (t as RankedTensorType).shape;
}

/** The element type of tensor type `t`. */
export function elementOf(t: Type): Type {
  return (t as RankedTensorType).elementType;
}

/** `tensor<shape x element>`. */
export function tensorOf(shape: Shape, element: Type): RankedTensorType {
  return RankedTensorType.get(shape, element);
}

/** The common element type of `types`, or the message naming the first that differs. */
export function sameElement(types: readonly Type[], names: readonly string[] = []): Type {
  const e = elementOf(types[0]);
  types.forEach((t, i) => {
    if (elementOf(t) !== e) {
      fail(`${names[i] ?? `operand #${i}`} has element type '${String(elementOf(t))}', but ${names[0] ?? 'operand #0'} has '${String(e)}' (insert a graph.cast)`);
    }
  });
  return e;
}
