#!/usr/bin/env node
// Launcher: runs the bundled dlc-update-checks (built into dist/ by `npm install`).
import "../dist/dlc-update-checks.js";
