// Directive kinds (CHECK, -NEXT, -SAME, -NOT, -DAG, -LABEL, -EMPTY, -COUNT-n, COM) and how
// FileCheck names them in messages (`CHECK-NEXT`) and in input-dump labels (`next:12`).

export type CheckKind =
  | 'none'
  | 'plain'
  | 'next'
  | 'same'
  | 'not'
  | 'dag'
  | 'label'
  | 'empty'
  | 'comment'
  | 'eof'
  | 'bad-not'
  | 'bad-count'
  | 'misspelled';

/** A directive kind with its repeat count (CHECK-COUNT-n) and {LITERAL} modifier. */
export interface CheckType {
  readonly kind: CheckKind;
  readonly count: number;
  readonly literal: boolean;
}

/** A check type with count 1 and no modifiers. */
export function checkType(kind: CheckKind): CheckType {
  return { kind, count: 1, literal: false };
}

const SUFFIX: Partial<Record<CheckKind, string>> = {
  next: '-NEXT',
  same: '-SAME',
  not: '-NOT',
  dag: '-DAG',
  label: '-LABEL',
  empty: '-EMPTY',
};

/** The directive as messages spell it, e.g. `CHECK-NEXT`, `CHECK-COUNT`, `CHECK{LITERAL}`. */
export function describeCheck(t: CheckType, prefix: string): string {
  const mods = t.literal ? '{LITERAL}' : '';
  switch (t.kind) {
    case 'none':
      return 'invalid';
    case 'misspelled':
      return 'misspelled';
    case 'plain':
      return `${prefix}${t.count > 1 ? '-COUNT' : ''}${mods}`;
    case 'comment':
      return prefix;
    case 'eof':
      return 'implicit EOF';
    case 'bad-not':
      return 'bad NOT';
    case 'bad-count':
      return 'bad COUNT';
    default:
      return `${prefix}${SUFFIX[t.kind]}${mods}`;
  }
}

/** The short name used in --dump-input labels. */
export function abbreviateCheck(t: CheckType): string {
  switch (t.kind) {
    case 'plain':
      return t.count > 1 ? 'count' : 'check';
    case 'comment':
      return 'com';
    default:
      return t.kind;
  }
}
