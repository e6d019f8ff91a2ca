# Compile-time error: continue_outside.
continue
