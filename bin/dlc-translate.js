#!/usr/bin/env node
// Launcher: runs the bundled dlc-translate (built into dist/ by `npm install`).
import "../dist/dlc-translate.js";
