# Dedent to a level that was never opened.
if True:
        x = 1
    y = 2
