// tensor-print-classes: prints Souffle's classification of every TE and edge as remarks.
import { definePass } from '../../../lib/pass/pass.js';
import { TensorClassification, describeEdge, describeNode } from '../analysis/classify.js';

export const printClassesPass = definePass({
  name: 'tensor-print-classes',
  summary: "Print Souffle's classification of each TE and producer→consumer edge as remarks",
  description: 'A remark on each TE gives its kind and domain; one on each consumer per edge gives the combined kind, data reuse and synchronisation.',
  anchor: 'func.func',
  run(ctx) {
    const classes = ctx.getAnalysis(TensorClassification);
    for (const n of classes.nodes) n.te.op.emitRemark(describeNode(n));
    for (const e of classes.edges) e.consumer.te.op.emitRemark(describeEdge(e));
    ctx.markAllAnalysesPreserved();
  },
});
