# Position markers: an error inside an f-string replacement field.
items = {"a": 1}
key = "b"
print(f"{key}: {items[key]:>4}")
