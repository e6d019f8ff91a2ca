# Compile-time error: walrus_iter.
[i := 0 for i in range(3)]
