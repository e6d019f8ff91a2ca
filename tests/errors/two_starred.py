# Two starred expressions in one assignment.
*a, *b = [1, 2]
