# Compile-time error: starred_alone.
*a = 1
