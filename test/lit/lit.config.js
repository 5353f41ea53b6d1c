// Adds to lit.config.json the features of this machine: which of dlc's and LLVM's tools are there to test with.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const LLVM_BIN = '/usr/lib/llvm-22/bin';

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

export default function dlcSuite(config, { root }) {
  const features = new Set(config.features ?? []);
  const substitutions = { ...config.substitutions };
  const have = (feature, present) => present && features.add(feature);
  have('mlir-opt', existsSync(join(LLVM_BIN, 'mlir-opt')));
  have('filecheck', existsSync(join(LLVM_BIN, 'FileCheck')) || onPath('FileCheck'));
  have('nvcc', onPath('nvcc'));
  // Our own tools are features too: a test of one tool should not fail because another is not built yet.
  for (const tool of ['dlc-opt', 'dlc-filecheck', 'dlc-lit', 'dlc-update-checks', 'dlc-run', 'dlc-import-onnx', 'dlc-translate']) {
    have(tool, existsSync(join(root, '../../dist', `${tool}.js`)));
  }
  if (features.has('mlir-opt')) substitutions['%mlir-opt'] = join(LLVM_BIN, 'mlir-opt');
  if (existsSync(join(LLVM_BIN, 'FileCheck'))) substitutions['%llvm-filecheck'] = join(LLVM_BIN, 'FileCheck');
  return { ...config, substitutions, features: [...features] };
}
