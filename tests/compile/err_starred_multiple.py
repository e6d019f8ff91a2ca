# Compile-time error: starred_multiple.
a, *b, *c = 1
