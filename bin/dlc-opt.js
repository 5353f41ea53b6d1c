#!/usr/bin/env node
// Launcher: runs the bundled dlc-opt (built into dist/ by `npm install`).
import "../dist/dlc-opt.js";
