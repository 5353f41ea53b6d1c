// Variable tables shared by all patterns of one FileCheck run: string variables
// (`[[VAR:re]]`), numeric variables (`[[#VAR:]]`), the @LINE pseudo variable, and the
// local/global split that --enable-var-scope clears at each CHECK-LABEL.
import type { Range } from './source.js';

/** How a numeric value is printed and matched: %u, %d, %x, %X, with precision and `#`. */
export interface ExpressionFormat {
  readonly kind: 'none' | 'u' | 'd' | 'x' | 'X';
  readonly precision: number;
  readonly alternate: boolean;
}

export const NO_FORMAT: ExpressionFormat = Object.freeze({ kind: 'none', precision: 0, alternate: false });
export const UNSIGNED: ExpressionFormat = Object.freeze({ kind: 'u', precision: 0, alternate: false });

export function sameFormat(a: ExpressionFormat, b: ExpressionFormat): boolean {
  return a.kind === b.kind && a.precision === b.precision && a.alternate === b.alternate;
}

/** A numeric variable; `value` is unset until defined (or after a scope reset). */
export class NumericVariable {
  value: bigint | undefined;
  /** Where the matched text of the value lies in the input, for `captured var` notes. */
  capture: Range | undefined;

  constructor(
    readonly name: string,
    readonly format: ExpressionFormat,
    readonly defLine?: number,
  ) {}

  setValue(value: bigint, capture?: Range): void {
    this.value = value;
    this.capture = capture;
  }

  clearValue(): void {
    this.value = undefined;
    this.capture = undefined;
  }
}

/** The value of a string variable and, when captured from the input, where it lies. */
export interface StringValue {
  readonly value: string;
  readonly capture?: Range;
}

/** All variables of a run (LLVM's FileCheckPatternContext). */
export class PatternContext {
  readonly stringVars = new Map<string, StringValue>();
  /** String variables defined anywhere, to catch string/numeric name collisions. */
  readonly definedStringVars = new Set<string>();
  readonly numericVars = new Map<string, NumericVariable>();
  readonly lineVariable = new NumericVariable('@LINE', UNSIGNED);

  constructor() {
    this.numericVars.set('@LINE', this.lineVariable);
  }

  /** Forgets every variable whose name does not start with '$'. */
  clearLocalVars(): void {
    for (const name of [...this.stringVars.keys()]) if (!name.startsWith('$')) this.stringVars.delete(name);
    for (const [name, v] of [...this.numericVars]) {
      if (name.startsWith('$')) continue;
      v.clearValue();
      this.numericVars.delete(name);
    }
  }
}
