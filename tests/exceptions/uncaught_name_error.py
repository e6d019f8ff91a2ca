# NameError from a typo: CPython 3.11 adds a suggestion.
values = [1, 2]
print(len(valuse))
