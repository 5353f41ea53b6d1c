#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node
// Launcher: runs the bundled dlc-opt (built into dist/ by `npm install`). The shebang drops
// NODE_EXTRA_CA_CERTS: dlc's tools open no TLS connection, and Node 20 reads and parses the CA
// bundle it names at every start (about 55 ms, a third of a trivial run, for a system bundle).
// CommonJS (bin/package.json), so that Node starts without its ES module loader.
require('../dist/dlc-opt.cjs');
