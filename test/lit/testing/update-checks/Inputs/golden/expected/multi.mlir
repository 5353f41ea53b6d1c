# Two RUN lines with their own prefixes; the output has no functions, so the checks go where the old ones were.
# RUN: cat %S/Inputs/a.out | %filecheck %s --check-prefix=A
# RUN: not cat %S/Inputs/b.out %S/Inputs/missing.out 2>/dev/null | %filecheck %s --check-prefixes=B,UNUSED --allow-unused-prefixes

# A: [[VAL_0:%.*]] = "a.op"([[X:%.*]]) : (i32) -> i32
# A-NEXT: "a.use"([[VAL_0]], [[VAL_0]]) : (i32, i32) -> ()

# B: error: something went wrong at [[VALUE:%.*]]
# B: note: see [[VALUE]]

# Text after the checks is kept.
