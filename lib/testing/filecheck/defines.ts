// Command-line variable definitions (-D VAR=VALUE, -D#VAR=EXPR), parsed from a synthetic
// "Global defines" buffer so that errors point at the offending definition, as in FileCheck.
import { errorAt, isFailure, type Failure, type PatternError } from './errors.js';
import { evaluate, parseNumericBlock, parseVariable } from './numeric.js';
import { SourceBuffer } from './source.js';
import { StrRef } from './strref.js';
import type { PatternContext } from './variables.js';

/** Defines every -D variable in `ctx`; returns all errors found, or undefined. */
export function defineCmdlineVariables(defines: readonly string[], ctx: PatternContext): Failure | undefined {
  if (defines.length === 0) return undefined;
  let diagText = '';
  const spans: { start: number; length: number }[] = [];
  defines.forEach((def, i) => {
    const label = `Global define #${i + 1}: `;
    const eq = def.indexOf('=');
    if (eq === -1) {
      spans.push({ start: diagText.length, length: 0 });
      return;
    }
    if (def.startsWith('#')) {
      diagText += `${label}${def} (parsed as: [[`;
      const subst = `${def.slice(0, eq)}:${def.slice(eq + 1)}`;
      spans.push({ start: diagText.length, length: subst.length });
      diagText += `${subst}]])\n`;
    } else {
      diagText += label;
      spans.push({ start: diagText.length, length: def.length });
      diagText += `${def}\n`;
    }
  });
  const buf = new SourceBuffer('Global defines', diagText);
  const errors: PatternError[] = [];
  for (const span of spans) {
    const def = new StrRef(buf, span.start, span.start + span.length);
    if (def.empty) {
      errors.push(...errorAt(def, 'missing equal sign in global definition').errors);
      continue;
    }
    if (def.at(0) === '#') {
      const block = parseNumericBlock(def.dropFront(1), false, undefined, ctx);
      if (isFailure(block)) {
        errors.push(...block.errors);
        continue;
      }
      // FileCheck 22 crashes on `-D#VAR=`; an empty expression is reported instead.
      if (!block.expression.ast) {
        errors.push(...errorAt(def, 'missing numeric expression in global definition').errors);
        continue;
      }
      const value = evaluate(block.expression.ast);
      if (isFailure(value)) {
        errors.push(...value.errors);
        continue;
      }
      block.defined!.setValue(value);
      ctx.numericVars.set(block.defined!.name, block.defined!);
      continue;
    }
    const eq = def.find('=');
    const nameRef = def.takeFront(eq);
    const cur = { s: nameRef };
    const v = parseVariable(cur);
    if (isFailure(v)) {
      errors.push(...v.errors);
      continue;
    }
    if (v.isPseudo || !cur.s.empty) {
      errors.push(...errorAt(nameRef, `invalid name in string variable definition '${nameRef.str}'`).errors);
      continue;
    }
    const name = v.name.str;
    if (ctx.numericVars.has(name)) {
      errors.push(...errorAt(v.name, `numeric variable with name '${name}' already exists`).errors);
      continue;
    }
    if (!ctx.stringVars.has(name)) ctx.stringVars.set(name, { value: def.dropFront(eq + 1).str });
    ctx.definedStringVars.add(name);
  }
  return errors.length ? { errors } : undefined;
}
