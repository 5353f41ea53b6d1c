// dlc-filecheck: the command-line face of lib/testing/filecheck (LLVM FileCheck compatible).
import { parseArgs, runFileCheck, splitEnvOptions, USAGE } from '../../lib/testing/filecheck/index.js';

function main(argv: readonly string[]): number {
  // As in FileCheck, FILECHECK_OPTS is read before the command line itself.
  const env = process.env.FILECHECK_OPTS;
  const parsed = parseArgs([...(env ? splitEnvOptions(env) : []), ...argv]);
  if (!parsed.ok) {
    process.stderr.write(parsed.stderr);
    return parsed.exitCode;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const r = runFileCheck({ ...parsed.options, commandLine: ['dlc-filecheck', ...argv] });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderrBytes);
  return r.exitCode;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug in dlc-filecheck, not in the user's files: say so in one line, as a tool should.
  process.stderr.write(`dlc-filecheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
