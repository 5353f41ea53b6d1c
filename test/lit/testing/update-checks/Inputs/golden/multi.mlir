# Two RUN lines with their own prefixes; the output has no functions, so the checks go where the old ones were.
# RUN: cat %S/Inputs/a.out | %filecheck %s --check-prefix=A
# RUN: not cat %S/Inputs/b.out %S/Inputs/missing.out 2>/dev/null | %filecheck %s --check-prefixes=B,UNUSED --allow-unused-prefixes

# A: stale
# B-NOT: stale

# Text after the checks is kept.
