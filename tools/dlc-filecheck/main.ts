// dlc-filecheck: the command-line face of lib/testing/filecheck (LLVM FileCheck compatible).
import { runFileCheckCommand } from '../../lib/testing/filecheck/index.js';

try {
  const r = runFileCheckCommand(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderrBytes);
  process.exitCode = r.exitCode;
} catch (e) {
  // A bug in dlc-filecheck, not in the user's files: say so in one line, as a tool should.
  process.stderr.write(`dlc-filecheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
