# A closing bracket without an opener.
x = 1)
