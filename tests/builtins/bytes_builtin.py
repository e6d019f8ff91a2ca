# bytes: literals, constructor, indexing, methods, decode.
b = b'hello'
print(b, len(b), b[0], b[1:3], b[::-1], list(b'ab'))
print(bytes(3), bytes([65, 66]), bytes('中', 'utf-8'), b'a' + b'b', b'ab' * 2)
print(b.upper(), b.startswith(b'he'), b.find(b'l'), b.split(b'l'), b'x'.join([b'a', b'b']))
print(b.decode(), b'\xe4\xb8\xad'.decode('utf-8'), repr(b'\x00\n\'"'), b'a' == b'a', b'a' < b'b')
print(b'abc'.hex(), bytes.fromhex('616263'), b'  x '.strip(), b'a,b'.replace(b',', b';'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
