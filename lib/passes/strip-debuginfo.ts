// strip-debuginfo: replaces every location (ops and block arguments) with `loc(unknown)`.
import { definePass } from '../pass/pass.js';
import { UnknownLoc } from '../ir/location.js';

export const stripDebugInfoPass = definePass({
  name: 'strip-debuginfo',
  displayName: 'StripDebugInfo',
  summary: 'Strip debug info from all operations',
  run(ctx) {
    const unknown = UnknownLoc.get(ctx.op.context);
    ctx.op.walk((op) => {
      op.location = unknown;
      for (const r of op.regions) for (const b of r.blocks) for (const a of b.arguments) a.location = unknown;
    });
  },
});
