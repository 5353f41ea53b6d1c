// Comparisons, logical operators, Where and If on runtime values against ONNX Runtime: imported as graph ops and scf.if (not folded), after import,
// after convert-graph-to-tensor and after dlc-gpu (If's branches launched under a host scf.if).
import { test } from 'uvu';
import { single, testCases, type Case } from './ort-cases.js';
import type { NodeSpec } from './model-builder.js';

const BOOL = 9;

/** A model of `nodes` over float inputs of `shapes` (x0, x1, ...) with one output `y` of `dataType`. */
function chain(shapes: number[][], nodes: NodeSpec[], dataType = 1): Case['model'] {
  return { inputs: shapes.map((dims, i) => ({ name: `x${i}`, dims })), outputs: [{ name: 'y', dataType }], nodes };
}

const boolOut = (op: string, shapes: number[][]): Case['model'] => ({ ...single(op, shapes), outputs: [{ name: 'y', dataType: BOOL }] });

const cases: Case[] = [
  ...['Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual'].map((op) => ({ name: `${op} (broadcast)`, model: boolOut(op, [[2, 3], [3]]) })),
  {
    name: 'Equal (floats, some equal)',
    model: chain([[2, 3], [3]], [{ op: 'Max', inputs: ['x0', 'x1'], outputs: ['m'] }, { op: 'Equal', inputs: ['x0', 'm'], outputs: ['y'] }], BOOL),
  },
  {
    name: 'Equal (int64)',
    model: { inputs: [{ name: 'a', dims: [2, 4], dataType: 7 }, { name: 'b', dims: [4], dataType: 7 }], outputs: [{ name: 'y', dataType: BOOL }], nodes: [{ op: 'Equal', inputs: ['a', 'b'], outputs: ['y'] }] },
    intInputs: { a: 3, b: 3 },
  },
  {
    name: 'Where (condition and values broadcast)',
    model: chain(
      [[2, 1], [3], [2, 3]],
      [{ op: 'Greater', inputs: ['x0', 'x1'], outputs: ['c'] }, { op: 'Where', inputs: ['c', 'x1', 'x2'], outputs: ['y'] }],
    ),
  },
  {
    name: 'Where (int64 values)',
    model: {
      inputs: [{ name: 'x0', dims: [4] }, { name: 'a', dims: [4], dataType: 7 }, { name: 'b', dims: [1], dataType: 7 }],
      outputs: [{ name: 'y', dataType: 7 }],
      initializers: [{ name: 'zero', dims: [], values: [0] }],
      nodes: [{ op: 'Less', inputs: ['x0', 'zero'], outputs: ['c'] }, { op: 'Where', inputs: ['c', 'a', 'b'], outputs: ['y'] }],
    },
    intInputs: { a: 9, b: 9 },
  },
  ...['And', 'Or', 'Xor'].map((op) => ({
    name: `${op} and Not`,
    model: chain(
      [[2, 3], [3], [2, 1]],
      [
        { op: 'Less', inputs: ['x0', 'x1'], outputs: ['p'] },
        { op: 'Greater', inputs: ['x0', 'x2'], outputs: ['q'] },
        { op: 'Not', inputs: ['q'], outputs: ['nq'] },
        { op, inputs: ['p', 'nq'], outputs: ['y'] },
      ],
      BOOL,
    ),
  })),
  {
    name: 'Cast of a comparison to float (a mask)',
    model: chain([[2, 3]], [{ op: 'Relu', inputs: ['x0'], outputs: ['r'] }, { op: 'Equal', inputs: ['r', 'x0'], outputs: ['c'] }, { op: 'Cast', inputs: ['c'], outputs: ['y'], attrs: { to: 1 } }]),
  },
  // A weight used in both branches and after the If: each place materialises its own constant.
  ...([['then', [0.1, 1]], ['else', [-1, -0.1]]] as const).map(([taken, range]): Case => ({
    name: `If on a runtime condition (${taken} taken)`,
    model: {
      inputs: [{ name: 'x0', dims: [2, 3] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'k', dims: [], values: [2] }, { name: 'zero', dims: [], values: [0] }],
      nodes: [
        { op: 'ReduceSum', inputs: ['x0'], outputs: ['s'], attrs: { keepdims: 0 } },
        { op: 'Greater', inputs: ['s', 'zero'], outputs: ['c'] },
        {
          op: 'If',
          inputs: ['c'],
          outputs: ['r'],
          attrs: {
            then_branch: { graph: { nodes: [{ op: 'Mul', inputs: ['x0', 'k'], outputs: ['t'] }], outputs: [{ name: 't' }] } },
            else_branch: { graph: { nodes: [{ op: 'Sub', inputs: ['x0', 'k'], outputs: ['e1'] }, { op: 'Mul', inputs: ['e1', 'half'], outputs: ['e'] }], outputs: [{ name: 'e' }], initializers: [{ name: 'half', dims: [1], values: [0.5] }] } },
          },
        },
        { op: 'Add', inputs: ['r', 'k'], outputs: ['y'] },
      ],
    },
    range: [range[0], range[1]],
  })),
];

await testCases(cases);

test.run();
