# Compile-time error: return_outside.
return 1
