// Every supported ONNX operator, in a generated one-node (or few-node) model, against ONNX Runtime: after import and after convert-graph-to-tensor.
import { test } from 'uvu';
import { ints, single, testCases, weight, type Case } from './ort-cases.js';

const cases: Case[] = [
  ...['Add', 'Sub', 'Mul', 'Div', 'Max', 'Min'].map((op) => ({ name: op, model: single(op, [[2, 3, 4], [3, 1]]), range: [0.5, 2] as [number, number] })),
  { name: 'Pow', model: single('Pow', [[2, 3], [3]]), range: [0.5, 2] },
  { name: 'Sum (3 inputs)', model: single('Sum', [[2, 3], [3], [2, 1]]) },
  { name: 'Mean', model: single('Mean', [[2, 3], [2, 3]]) },
  ...['Relu', 'Sigmoid', 'Tanh', 'Exp', 'Neg', 'Erf', 'Abs', 'Reciprocal', 'Softplus', 'HardSigmoid', 'HardSwish', 'Elu', 'Selu', 'Identity'].map((op) => ({ name: op, model: single(op, [[2, 5]]), range: [-3, 3] as [number, number] })),
  { name: 'Mish (opset 18)', model: single('Mish', [[2, 5]], {}, [], 18), range: [-3, 3] },
  { name: 'Log', model: single('Log', [[2, 5]]), range: [0.1, 4] },
  { name: 'Sqrt', model: single('Sqrt', [[2, 5]]), range: [0.1, 4] },
  { name: 'Gelu (opset 20)', model: single('Gelu', [[2, 5]], {}, [], 20), range: [-3, 3] },
  { name: 'LeakyRelu', model: single('LeakyRelu', [[2, 5]], { alpha: { float: 0.1 } }) },
  { name: 'Clip', model: single('Clip', [[2, 5]], {}, [{ name: 'lo', dims: [], values: [-0.5] }, { name: 'hi', dims: [], values: [0.25] }]) },
  { name: 'MatMul (batched)', model: single('MatMul', [[2, 3, 4], [4, 5]]) },
  { name: 'MatMul (1-D lhs)', model: single('MatMul', [[4], [2, 4, 5]]) },
  { name: 'MatMul (1-D rhs)', model: single('MatMul', [[3, 4], [4]]) },
  { name: 'MatMul (1-D both)', model: single('MatMul', [[4], [4]]) },
  { name: 'Gemm (transB, alpha, beta)', model: single('Gemm', [[3, 4]], { transB: 1, alpha: { float: 0.5 }, beta: { float: 2 } }, [weight('w', [5, 4], 1), weight('c', [5], 2)]) },
  { name: 'Gemm (transA, no C)', model: single('Gemm', [[4, 3]], { transA: 1 }, [weight('w', [4, 5], 3)]) },
  { name: 'Conv (pads, strides, bias)', model: single('Conv', [[1, 2, 6, 6]], { pads: [1, 1, 1, 1], strides: [2, 2] }, [weight('w', [3, 2, 3, 3], 4), weight('b', [3], 5)]) },
  // ONNX Runtime rejects dilations with SAME padding, so they are checked with explicit pads.
  { name: 'Conv (auto_pad SAME_UPPER)', model: single('Conv', [[1, 2, 7, 7]], { auto_pad: 'SAME_UPPER' }, [weight('w', [4, 2, 2, 2], 6)]) },
  { name: 'Conv (dilations)', model: single('Conv', [[1, 2, 7, 7]], { dilations: [2, 2], pads: [1, 0, 2, 1] }, [weight('w', [4, 2, 2, 3], 6)]) },
  { name: 'Conv (auto_pad VALID)', model: single('Conv', [[1, 2, 6, 5]], { auto_pad: 'VALID', strides: [2, 1] }, [weight('w', [2, 2, 3, 3], 16)]) },
  { name: 'Conv (auto_pad SAME_LOWER, strides)', model: single('Conv', [[1, 2, 7, 7]], { auto_pad: 'SAME_LOWER', strides: [2, 2] }, [weight('w', [2, 2, 2, 2], 7)]) },
  { name: 'Conv (groups)', model: single('Conv', [[1, 4, 5, 5]], { group: 2 }, [weight('w', [4, 2, 3, 3], 8)]) },
  { name: 'MaxPool', model: single('MaxPool', [[1, 2, 6, 6]], { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] }) },
  { name: 'AveragePool', model: single('AveragePool', [[1, 2, 6, 6]], { kernel_shape: [2, 2], strides: [2, 2] }) },
  { name: 'AveragePool (count_include_pad)', model: single('AveragePool', [[1, 2, 5, 5]], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], count_include_pad: 1 }) },
  { name: 'AveragePool (pads, excluded)', model: single('AveragePool', [[1, 2, 5, 5]], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }) },
  { name: 'GlobalAveragePool', model: single('GlobalAveragePool', [[1, 3, 4, 5]]) },
  { name: 'GlobalMaxPool', model: single('GlobalMaxPool', [[1, 3, 4, 5]]) },
  {
    name: 'BatchNormalization',
    model: single('BatchNormalization', [[1, 3, 4, 4]], { epsilon: { float: 1e-3 } }, [weight('s', [3], 9), weight('b', [3], 10), weight('m', [3], 11), { name: 'v', dims: [3], values: [0.5, 1, 2] }]),
  },
  { name: 'LayerNormalization', model: single('LayerNormalization', [[2, 3, 8]], { axis: -1 }, [weight('s', [8], 12), weight('b', [8], 13)]) },
  { name: 'LayerNormalization (axis 1, no bias)', model: single('LayerNormalization', [[2, 3, 4]], { axis: 1, epsilon: { float: 1e-3 } }, [weight('s', [3, 4], 14)]) },
  { name: 'Softmax', model: single('Softmax', [[2, 3, 5]], { axis: 1 }), range: [-4, 4] },
  { name: 'Softmax (opset 11, flattening)', model: single('Softmax', [[2, 3, 5]], { axis: 1 }, [], 11), range: [-4, 4] },
  { name: 'LogSoftmax', model: single('LogSoftmax', [[2, 5]], { axis: -1 }) },
  { name: 'ReduceSum (axes input)', model: single('ReduceSum', [[2, 3, 4]], { keepdims: 0 }, [ints('axes', [1])]) },
  { name: 'ReduceMean (axes attribute)', model: single('ReduceMean', [[2, 3, 4]], { axes: [-1] }) },
  { name: 'ReduceMax (all)', model: single('ReduceMax', [[2, 3, 4]], { keepdims: 0 }) },
  { name: 'ReduceMin', model: single('ReduceMin', [[2, 3, 4]], { axes: [0, 2] }) },
  { name: 'ReduceSumSquare', model: single('ReduceSumSquare', [[2, 3, 4]], { axes: [1] }) },
  { name: 'ReduceL2 (opset 18 axes input)', model: single('ReduceL2', [[2, 3, 4]], { keepdims: 0 }, [ints('axes', [0, -1])], 18) },
  { name: 'Reshape (0 and -1)', model: single('Reshape', [[2, 3, 4]], {}, [ints('s', [0, -1])]) },
  { name: 'Flatten', model: single('Flatten', [[2, 3, 4]], { axis: 2 }) },
  { name: 'Squeeze', model: single('Squeeze', [[2, 1, 4, 1]], {}, [ints('a', [1, -1])]) },
  { name: 'Squeeze (opset 11, all)', model: single('Squeeze', [[2, 1, 4, 1]], {}, [], 11) },
  { name: 'Unsqueeze', model: single('Unsqueeze', [[2, 4]], {}, [ints('a', [0, -1])]) },
  { name: 'Transpose', model: single('Transpose', [[2, 3, 4]], { perm: [2, 0, 1] }) },
  { name: 'Transpose (default perm)', model: single('Transpose', [[2, 3, 4]]) },
  { name: 'Concat', model: single('Concat', [[2, 3], [2, 2]], { axis: -1 }) },
  { name: 'Slice (axes, steps)', model: single('Slice', [[5, 6]], {}, [ints('st', [1, -1]), ints('en', [4, -7]), ints('ax', [0, 1]), ints('sp', [2, -2])]) },
  { name: 'Slice (INT64_MAX end)', model: single('Slice', [[5, 6]], {}, [ints('st', [2]), ints('en', [Number.MAX_SAFE_INTEGER]), ints('ax', [1])]) },
  { name: 'Gather (constant indices)', model: single('Gather', [[4, 3]], { axis: 1 }, [{ name: 'i', dims: [2, 2], values: [2, 0, 1, 1], dataType: 7 }]) },
  {
    name: 'Gather (index input)',
    model: { inputs: [{ name: 'x0', dims: [5, 3] }, { name: 'i', dims: [4], dataType: 7 }], outputs: [{ name: 'y' }], nodes: [{ op: 'Gather', inputs: ['x0', 'i'], outputs: ['y'] }] },
    intInputs: { i: 5 },
  },
  {
    name: 'Split (sizes input)',
    model: { inputs: [{ name: 'x0', dims: [2, 7] }], outputs: [{ name: 'a' }, { name: 'b' }], initializers: [ints('s', [3, 4])], nodes: [{ op: 'Split', inputs: ['x0', 's'], outputs: ['a', 'b'], attrs: { axis: 1 } }] },
  },
  { name: 'Split (equal parts, opset 11)', model: { inputs: [{ name: 'x0', dims: [6, 2] }], outputs: [{ name: 'a' }, { name: 'b' }, { name: 'c' }], nodes: [{ op: 'Split', inputs: ['x0'], outputs: ['a', 'b', 'c'] }], opset: 11 } },
  { name: 'Expand', model: single('Expand', [[3, 1]], {}, [ints('s', [2, 3, 4])]) },
  { name: 'Cast (f32 -> f64 -> f32)', model: { inputs: [{ name: 'x0', dims: [4] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Cast', inputs: ['x0'], outputs: ['d'], attrs: { to: 11 } }, { op: 'Cast', inputs: ['d'], outputs: ['y'], attrs: { to: 1 } }] } },
  {
    name: 'Shape -> Gather -> Concat -> Reshape (folded)',
    model: {
      inputs: [{ name: 'x0', dims: [2, 3, 4] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'zero', dims: [], values: [0], dataType: 7 }, ints('minus1', [-1])],
      nodes: [
        { op: 'Shape', inputs: ['x0'], outputs: ['s'] },
        { op: 'Gather', inputs: ['s', 'zero'], outputs: ['b'] },
        { op: 'Unsqueeze', inputs: ['b', 'ax'], outputs: ['b1'] },
        { op: 'Constant', inputs: [], outputs: ['ax'], attrs: { value: { tensor: { dims: [1], values: [0], dataType: 7 } } } },
        { op: 'Concat', inputs: ['b1', 'minus1'], outputs: ['shape'], attrs: { axis: 0 } },
        { op: 'Reshape', inputs: ['x0', 'shape'], outputs: ['y'] },
      ],
    },
  },
  {
    name: 'ConstantOfShape + Add',
    model: {
      inputs: [{ name: 'x0', dims: [2, 3] }],
      outputs: [{ name: 'y' }],
      initializers: [ints('s', [2, 3])],
      nodes: [
        { op: 'ConstantOfShape', inputs: ['s'], outputs: ['c'], attrs: { value: { tensor: { dims: [1], values: [1.5] } } } },
        { op: 'Add', inputs: ['x0', 'c'], outputs: ['y'] },
      ],
    },
  },
  { name: 'Pad (constant value)', model: single('Pad', [[2, 3]], {}, [ints('p', [1, 0, 2, 1]), { name: 'v', dims: [], values: [0.5] }]) },
  { name: 'Pad (negative, opset 18 axes)', model: single('Pad', [[1, 2, 4, 4]], {}, [ints('p', [1, -1, 2, 0]), { name: 'v', dims: [], values: [0] }, ints('ax', [2, 3])], 18) },
  {
    name: 'Where/Equal/Range/Mod folded into an Expand shape',
    model: {
      inputs: [{ name: 'x0', dims: [3, 1] }],
      outputs: [{ name: 'y' }],
      initializers: [ints('target', [2, -1, 4]), ints('minus', [-1, -1, -1]), ints('ones', [1, 1, 1]), { name: 's', dims: [], values: [0], dataType: 7 }, { name: 'l', dims: [], values: [7], dataType: 7 }, { name: 'd', dims: [], values: [3], dataType: 7 }],
      nodes: [
        { op: 'Equal', inputs: ['target', 'minus'], outputs: ['eq'] },
        { op: 'Where', inputs: ['eq', 'ones', 'target'], outputs: ['shape'] },
        { op: 'Range', inputs: ['s', 'l', 'd'], outputs: ['r'] },
        { op: 'Mod', inputs: ['r', 'd'], outputs: ['zeros'] },
        { op: 'Add', inputs: ['shape', 'zeros'], outputs: ['shape2'] },
        { op: 'Expand', inputs: ['x0', 'shape2'], outputs: ['y'] },
      ],
    },
  },
  ...[8000, 16000].map((sr) => ({
    name: `If on a bound input (sr = ${sr})`,
    model: {
      inputs: [{ name: 'x0', dims: [2, 3] }, { name: 'sr', dims: [], dataType: 7 }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'k', dims: [], values: [16000], dataType: 7 }],
      nodes: [
        { op: 'Equal', inputs: ['sr', 'k'], outputs: ['is16k'] },
        {
          op: 'If',
          inputs: ['is16k'],
          outputs: ['y'],
          attrs: {
            then_branch: { graph: { nodes: [{ op: 'Relu', inputs: ['x0'], outputs: ['t'] }], outputs: [{ name: 't' }] } },
            else_branch: { graph: { nodes: [{ op: 'Mul', inputs: ['x0', 'two'], outputs: ['e'] }], outputs: [{ name: 'e' }], initializers: [{ name: 'two', dims: [], values: [2] }] } },
          },
        },
      ],
    },
    bind: { sr: [sr] },
  })),
  ...(['forward', 'reverse'] as const).map((direction) => ({
    name: `LSTM (${direction}, bias, initial state)`,
    model: {
      inputs: [{ name: 'x0', dims: [5, 2, 3] }, { name: 'h0', dims: [1, 2, 4] }, { name: 'c0', dims: [1, 2, 4] }],
      outputs: [{ name: 'y' }, { name: 'yh' }, { name: 'yc' }],
      initializers: [weight('W', [1, 16, 3], 20), weight('R', [1, 16, 4], 21), weight('B', [1, 32], 22)],
      nodes: [{ op: 'LSTM', inputs: ['x0', 'W', 'R', 'B', '', 'h0', 'c0'], outputs: ['y', 'yh', 'yc'], attrs: { hidden_size: 4, direction } }],
    },
  })),
  {
    name: 'LSTM (no bias, zero state, Y_h only)',
    model: {
      inputs: [{ name: 'x0', dims: [3, 1, 2] }],
      outputs: [{ name: 'yh' }],
      initializers: [weight('W', [1, 12, 2], 23), weight('R', [1, 12, 3], 24)],
      nodes: [{ op: 'LSTM', inputs: ['x0', 'W', 'R'], outputs: ['', 'yh'], attrs: { hidden_size: 3 } }],
    },
  },
  { name: 'raw_data initializer', model: single('Mul', [[2, 3]], {}, [{ name: 'w', dims: [3], values: [1, -2, 0.5], raw: true }]) },
];

await testCases(cases);

test.run();
