# Compile-time error: starred_load.
x = *a
