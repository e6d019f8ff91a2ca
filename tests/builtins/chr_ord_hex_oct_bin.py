# chr, ord, hex, oct, bin.
print(chr(97), chr(20013), chr(0x1F600) == '\U0001F600', ord('a'), ord('中'), ord('\n'))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
