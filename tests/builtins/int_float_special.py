# int/float methods used by students.
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'big'))
print((3.7).is_integer(), (7).real, (7).imag, (2.5).as_integer_ratio())
print(int.__name__, (5).__add__(3), (2.5).__mul__(2), (10).conjugate())
