"""string — character classes as strings, and capwords."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split, capitalize each word, join: capwords('hello  world') == 'Hello World'."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(char):
    return char == "_" or "a" <= char <= "z" or "A" <= char <= "Z"


def _is_identifier_char(char):
    return _is_identifier_start(char) or "0" <= char <= "9"


class Template:
    """$-substitution: Template("$who likes ${what}").substitute(who=..., what=...).

    `$$` is a literal `$`; a name is ASCII letters, digits and `_` not starting
    with a digit. The text is scanned left to right once per substitution.
    """

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """(literal, name, start) triples; name is None for a plain literal,
        "" for an invalid placeholder at index start."""
        text = self.template
        i = 0
        literal_start = 0
        while True:
            i = text.find("$", i)
            if i < 0:
                yield text[literal_start:], None, len(text)
                return
            yield text[literal_start:i], None, i
            if text.startswith("$", i + 1):
                yield "$", None, i
                i += 2
            elif text.startswith("{", i + 1):
                stop = i + 2
                while stop < len(text) and _is_identifier_char(text[stop]):
                    stop += 1
                if stop > i + 2 and _is_identifier_start(text[i + 2]) and text.startswith("}", stop):
                    yield text[i:stop + 1], text[i + 2:stop], i
                    i = stop + 1
                else:
                    yield text[i], "", i
                    i += 1
            else:
                stop = i + 1
                if stop < len(text) and _is_identifier_start(text[stop]):
                    while stop < len(text) and _is_identifier_char(text[stop]):
                        stop += 1
                    yield text[i:stop], text[i + 1:stop], i
                    i = stop
                else:
                    yield text[i], "", i
                    i += 1
            literal_start = i

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            column, line = 1, 1
        else:
            column = index - len("".join(lines[:-1])) + 1
            line = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {line}, col {column}")

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            values = kws
        elif kws:
            values = dict(mapping)
            values.update(kws)
        else:
            values = mapping
        parts = []
        for literal, name, index in self._pieces():
            if name is None:
                parts.append(literal)
            elif name == "":
                if not safe:
                    self._invalid(index)
                parts.append(literal)
            elif safe:
                try:
                    parts.append(str(values[name]))
                except KeyError:
                    parts.append(literal)
            else:
                parts.append(str(values[name]))
        return "".join(parts)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def get_identifiers(self):
        names = []
        for literal, name, index in self._pieces():
            if name and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        return all(name != "" for literal, name, index in self._pieces())
