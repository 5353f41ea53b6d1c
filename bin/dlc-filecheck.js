#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node
// Launcher: runs the bundled dlc-filecheck (built into dist/ by `npm install`), an ES module, from this
// CommonJS file (bin/package.json). The shebang drops NODE_EXTRA_CA_CERTS: see bin/dlc-opt.js.
import('../dist/dlc-filecheck.js');
