#!/usr/bin/env node
// Launcher: runs the bundled dlc-run (built into dist/ by `npm install`).
import "../dist/dlc-run.js";
