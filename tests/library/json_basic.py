import json
data = {"a": 1, "b": [1, 2.5, None, True, False], "c": "h\u00e9llo \"q\" \n\t\\", "d": {}, "e": [], "f": -0.0, "g": 10**20, "h": 1e100}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"x": 1}, separators=(",", ":")))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps("\u2603\U0001f600"), json.dumps((1, 2)))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
print(json.dumps([[]], indent=2), json.dumps({}, indent=2), json.dumps([1], indent="\t"))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object), lambda: json.dumps(set())]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(1.5), json.dumps("x"), json.dumps(None))
print(json.dumps([1.0, 0.1, 1e-7, 123456789012345678.0]))
print(json.dumps({"k": object()}, default=lambda o: "OBJ"))
s = '{"a": [1, 2, {"b": null}], "c": true, "d": false, "e": "x\\u00e9\\n\\"", "f": 1.5e3, "g": -12, "h": 1E-2, "i": "\\ud83d\\ude00"}'
v = json.loads(s)
print(v, type(v["f"]), type(v["g"]))
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("null"), json.loads("3.0"), json.loads('{"a":{"b":{}}}'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads('[1,\n 2 ]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("123456789012345678901234567890"))
print(json.loads(json.dumps(data)) == data)
for bad in ['{"a" 1}', "[1, 2", "", "tru", "[1,]", '{"a":1,}', '"abc', "01", "[1] x", "{'a': 1}", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print("ValueError", e)
print(issubclass(json.JSONDecodeError, ValueError))
