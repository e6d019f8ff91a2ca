# Compile-time error: nonlocal_module.
nonlocal x
