# A lone starred assignment target.
*a = [1, 2]
