# Compile-time error: break_outside.
x = 1
break
