# A closing bracket that does not match its opener.
x = [1, 2)
