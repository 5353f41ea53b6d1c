#!/usr/bin/env node
// Launcher: runs the bundled dlc-import-onnx (built into dist/ by `npm install`).
import "../dist/dlc-import-onnx.js";
