// dlc-filecheck: the command-line face of lib/testing/filecheck (LLVM FileCheck compatible).
import { parseArgs, runFileCheck, splitEnvOptions, USAGE } from '../../lib/testing/filecheck/index.js';

const argv = process.argv.slice(2);
// As in FileCheck, FILECHECK_OPTS is read before the command line itself.
const env = process.env.FILECHECK_OPTS;
const parsed = parseArgs([...(env ? splitEnvOptions(env) : []), ...argv]);
if (!parsed.ok) {
  process.stderr.write(parsed.stderr);
  process.exitCode = parsed.exitCode;
} else if (parsed.help) {
  process.stdout.write(USAGE);
} else {
  const r = runFileCheck({ ...parsed.options, commandLine: ['dlc-filecheck', ...argv] });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderrBytes);
  process.exitCode = r.exitCode;
}
