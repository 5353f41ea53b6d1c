#!/usr/bin/env node
// Launcher: runs the bundled dlc-filecheck (built into dist/ by `npm install`).
import "../dist/dlc-filecheck.js";
