"""json — turn Python data into JSON text and back.

dumps walks a value recursively and writes JSON; loads is a small
recursive-descent parser. Both follow CPython's json module: the same
separators, escapes (ensure_ascii), key handling and error messages for the
common cases.
"""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7E):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_repr(value, allow_nan):
    if value != value:
        text = "NaN"
    elif value == float("inf"):
        text = "Infinity"
    elif value == float("-inf"):
        text = "-Infinity"
    else:
        return repr(value)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, allow_nan, sort_keys, indent, separators, default):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_separator, self.key_separator = separators
        self.default = default
        self.markers = set()

    def encode(self, value, level=0):
        if isinstance(value, str):
            return _encode_string(value, self.ensure_ascii)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return _float_repr(value, self.allow_nan)
        if isinstance(value, (list, tuple)):
            return self._encode_list(value, level)
        if isinstance(value, dict):
            return self._encode_dict(value, level)
        if self.default is None:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        return self.encode(self.default(value), level)

    def _enter(self, value):
        marker = id(value)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers.add(marker)
        return marker

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode_list(self, values, level):
        if not values:
            return "[]"
        marker = self._enter(values)
        items = [self.encode(v, level + 1) for v in values]
        self.markers.discard(marker)
        if self.indent is None:
            return "[" + self.item_separator.join(items) + "]"
        separator = self.item_separator + self._newline(level + 1)
        return "[" + self._newline(level + 1) + separator.join(items) + self._newline(level) + "]"

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if isinstance(key, float):
            return _float_repr(key, self.allow_nan)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")

    def _encode_dict(self, mapping, level):
        if not mapping:
            return "{}"
        marker = self._enter(mapping)
        items = list(mapping.items())
        if self.sort_keys:
            items.sort(key=lambda item: item[0])
        parts = []
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            parts.append(_encode_string(key, self.ensure_ascii) + self.key_separator + self.encode(value, level + 1))
        self.markers.discard(marker)
        if self.indent is None:
            return "{" + self.item_separator.join(parts) + "}"
        separator = self.item_separator + self._newline(level + 1)
        return "{" + self._newline(level + 1) + separator.join(parts) + self._newline(level) + "}"


class JSONEncoder:
    """The public encoder: subclass it and override default() to serialise
    more types; encode() gives the JSON text."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        encoder = _Encoder(self.skipkeys, self.ensure_ascii, self.allow_nan, self.sort_keys, self.indent,
                           (self.item_separator, self.key_separator), self.default)
        return encoder.encode(o)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """The JSON text for [obj]."""
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    if separators is None and indent is not None:
        separators = (",", ": ")
    encoder = _Encoder(skipkeys, ensure_ascii, allow_nan, sort_keys, indent, separators, default)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class _Decoder:
    def __init__(self, text, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant=None):
        self.text = text
        self.parse_constant = parse_constant
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int

    def error(self, message, pos):
        raise JSONDecodeError(message, self.text, pos)

    def skip(self, pos):
        text = self.text
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        return pos

    def value(self, pos):
        text = self.text
        if pos >= len(text):
            self.error("Expecting value", pos)
        ch = text[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == "{":
            return self.object(pos + 1)
        if ch == "[":
            return self.array(pos + 1)
        for literal, result in (("null", None), ("true", True), ("false", False),
                                ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if text.startswith(literal, pos):
                if self.parse_constant is not None and literal[-1] in "Ny":
                    result = self.parse_constant(literal)
                return result, pos + len(literal)
        return self.number(pos)

    def number(self, pos):
        text = self.text
        end = pos
        if end < len(text) and text[end] == "-":
            end += 1
        start_digits = end
        if end < len(text) and text[end] == "0":
            end += 1
        else:
            while end < len(text) and "0" <= text[end] <= "9":
                end += 1
        if end == start_digits:
            self.error("Expecting value", pos)
        is_float = False
        if end < len(text) and text[end] == "." and end + 1 < len(text) and "0" <= text[end + 1] <= "9":
            is_float = True
            end += 1
            while end < len(text) and "0" <= text[end] <= "9":
                end += 1
        if end < len(text) and text[end] in "eE":
            probe = end + 1
            if probe < len(text) and text[probe] in "+-":
                probe += 1
            if probe < len(text) and "0" <= text[probe] <= "9":
                is_float = True
                end = probe
                while end < len(text) and "0" <= text[end] <= "9":
                    end += 1
        number = text[pos:end]
        return (self.parse_float(number) if is_float else self.parse_int(number)), end

    def string(self, pos):
        text = self.text
        chunks = []
        begin = pos - 1
        while True:
            if pos >= len(text):
                self.error("Unterminated string starting at", begin)
            ch = text[pos]
            if ch == '"':
                return "".join(chunks), pos + 1
            if ch == "\\":
                pos += 1
                if pos >= len(text):
                    self.error("Unterminated string starting at", begin)
                escape = text[pos]
                simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if escape in simple:
                    chunks.append(simple[escape])
                    pos += 1
                elif escape == "u":
                    code = self.hex4(pos + 1)
                    pos += 5
                    if 0xD800 <= code <= 0xDBFF and text.startswith("\\u", pos):
                        low = self.hex4(pos + 2)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            pos += 6
                    chunks.append(chr(code))
                else:
                    self.error("Invalid \\escape", pos - 1)
            elif ord(ch) < 0x20:
                self.error("Invalid control character at", pos)
            else:
                chunks.append(ch)
                pos += 1

    def hex4(self, pos):
        digits = self.text[pos:pos + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            self.error("Invalid \\uXXXX escape", pos - 1)
        return int(digits, 16)

    def array(self, pos):
        values = []
        pos = self.skip(pos)
        if pos < len(self.text) and self.text[pos] == "]":
            return values, pos + 1
        while True:
            value, pos = self.value(self.skip(pos))
            values.append(value)
            pos = self.skip(pos)
            if pos < len(self.text) and self.text[pos] == "]":
                return values, pos + 1
            if pos >= len(self.text) or self.text[pos] != ",":
                self.error("Expecting ',' delimiter", pos)
            pos += 1

    def object(self, pos):
        pairs = []
        pos = self.skip(pos)
        if pos < len(self.text) and self.text[pos] == "}":
            return self.finish_object(pairs), pos + 1
        while True:
            pos = self.skip(pos)
            if pos >= len(self.text) or self.text[pos] != '"':
                self.error("Expecting property name enclosed in double quotes", pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(self.text) or self.text[pos] != ":":
                self.error("Expecting ':' delimiter", pos)
            value, pos = self.value(self.skip(pos + 1))
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(self.text) and self.text[pos] == "}":
                return self.finish_object(pairs), pos + 1
            if pos >= len(self.text) or self.text[pos] != ",":
                self.error("Expecting ',' delimiter", pos)
            pos += 1

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result


class JSONDecoder:
    """The public decoder: decode() parses a whole document, raw_decode() one
    value from a position, returning (value, end)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _decoder(self, s):
        return _Decoder(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                        self.parse_constant)

    def raw_decode(self, s, idx=0):
        return self._decoder(s).value(idx)

    def decode(self, s):
        decoder = self._decoder(s)
        value, end = decoder.value(decoder.skip(0))
        end = decoder.skip(end)
        if end != len(s):
            decoder.error("Extra data", end)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value for JSON text [s]."""
    if isinstance(s, bytes):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
