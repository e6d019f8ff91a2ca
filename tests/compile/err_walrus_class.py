# Compile-time error: walrus_class.
class C:
    [x := 1 for y in z]
