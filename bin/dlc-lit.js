#!/usr/bin/env node
// Launcher: runs the bundled dlc-lit (built into dist/ by `npm install`).
import "../dist/dlc-lit.js";
