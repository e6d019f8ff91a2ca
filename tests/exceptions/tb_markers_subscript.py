# Position markers: a subscript marks the value with ~ and "[...]" with ^.
config = {"name": "pyco", "sizes": [1, 2]}
print(config["name"])
print(config["sizes"][5] + 1)
