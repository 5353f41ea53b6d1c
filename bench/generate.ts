// Generates the round-trip benchmark inputs: arith chains (generic and pretty) and
// unregistered ops with regions and attributes, at a given number of operations.

/** The kinds of generated benchmark file. */
export type BenchKind = 'generic' | 'pretty' | 'unregistered';

const OPS_PER_FUNC = 1000;

/** MLIR text with about `numOps` operations of the given kind. */
export function generateBenchFile(kind: BenchKind, numOps: number): string {
  const parts: string[] = [];
  const funcs = Math.max(1, Math.round(numOps / OPS_PER_FUNC));
  const perFunc = Math.max(1, Math.floor(numOps / funcs));
  for (let f = 0; f < funcs; f++) {
    if (kind === 'unregistered') parts.push(unregisteredFunc(f, perFunc));
    else parts.push(arithFunc(f, perFunc, kind === 'generic'));
  }
  return kind === 'generic' ? `"builtin.module"() ({\n${parts.join('')}}) : () -> ()\n` : `module {\n${parts.join('')}}\n`;
}

function arithFunc(index: number, numOps: number, generic: boolean): string {
  const lines: string[] = [];
  const binOps = ['addi', 'muli', 'subi', 'xori'];
  if (generic) {
    lines.push(`  "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "f${index}"}> ({\n  ^bb0(%arg0: i32, %arg1: i32):`);
    lines.push(`    %0 = "arith.constant"() <{value = ${index % 97} : i32}> : () -> i32`);
    for (let i = 1; i < numOps - 1; i++) {
      const op = binOps[i % binOps.length];
      // xori has no overflow flags; the others carry MLIR 22's default property.
      const props = op === 'xori' ? '' : ' <{overflowFlags = #arith.overflow<none>}>';
      lines.push(`    %${i} = "arith.${op}"(%${i - 1}, %arg${i % 2})${props} : (i32, i32) -> i32`);
    }
    lines.push(`    "func.return"(%${numOps - 2}) : (i32) -> ()\n  }) : () -> ()`);
  } else {
    lines.push(`  func.func @f${index}(%arg0: i32, %arg1: i32) -> i32 {`);
    lines.push(`    %c${index % 97}_i32 = arith.constant ${index % 97} : i32`);
    let prev = `%c${index % 97}_i32`;
    for (let i = 0; i < numOps - 2; i++) {
      const op = binOps[(i + 1) % binOps.length];
      lines.push(`    %${i} = arith.${op} ${prev}, %arg${(i + 1) % 2} : i32`);
      prev = `%${i}`;
    }
    lines.push(`    return ${prev} : i32\n  }`);
  }
  return `${lines.join('\n')}\n`;
}

function unregisteredFunc(index: number, numOps: number): string {
  const lines: string[] = [`  "test.graph"() ({`, `  ^bb0(%arg0: tensor<4x8xf32>):`];
  let prev = '%arg0';
  // Each nested region holds one op; a region op plus its body counts as two operations.
  for (let i = 0; i < numOps - 2; i += 2) {
    lines.push(
      `    %${i} = "test.op"(${prev}) ({\n      "test.yield"(${prev}) {note = "r${i}"} : (tensor<4x8xf32>) -> ()\n    }) {count = ${i} : i64, names = ["a", "b"], scale = 1.500000e+00 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>`,
    );
    prev = `%${i}`;
  }
  lines.push(`    "test.yield"(${prev}) : (tensor<4x8xf32>) -> ()\n  }) {id = ${index} : i64} : () -> ()`);
  return `${lines.join('\n')}\n`;
}
