# Compile-time error: yield_outside.
yield 1
