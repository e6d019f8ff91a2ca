import json
data = {"list": [1, {"x": [None, {}]}, []], "n": 3}
with open("/tmp/pyco_json_test.json", "w") as f:
    json.dump(data, f, indent=2)
with open("/tmp/pyco_json_test.json") as f:
    print(f.read())
with open("/tmp/pyco_json_test.json") as f:
    print(json.load(f) == data)
print(json.dumps(data, indent=0), json.dumps(data, indent=1, separators=(",", ": ")))
print(json.dumps({"a": [1, 2]}, indent=2, sort_keys=True, separators=(", ", " = ")))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.dumps("\x00\x1f\x7f\u0080 \u2028"), json.dumps("\ud800"), json.dumps({"k": "\u00e9"}, ensure_ascii=False))
print(json.dumps(True), json.dumps([float(1e16), 1e-5, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E), E(indent=1).encode([1]))
try:
    json.dumps({"x": {1}})
except TypeError as e:
    print(e)
print(json.dumps({"a": 1}, skipkeys=True), json.dumps({(1,): 1, "b": 2}, skipkeys=True))
print(json.loads('  {"nested": [[[[[]]]]]}  '), json.loads('"\\/\\b\\f\\r\\t"'))
r = []
r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print(e)
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode(' {"q": null} '), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
class D(json.JSONDecoder):
    def decode(self, s):
        return ("wrapped", super().decode(s))
print(json.loads("[1]", cls=D))
