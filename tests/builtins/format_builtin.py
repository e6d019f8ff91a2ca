# format() with the format-spec mini-language.
print(format(3.14159, '.2f'), format(42, '08b'), format(255, 'x'), format('s', '>4'), format(1234567, ','))
print(format(0.5, '%'), format(12.0, 'g'), format(-7, '+d'), format(7, ' d'), format(1e-10, '.2e'))
print(format(42), format('x'), format(None), format([1]), format(3.0), format(True), format(True, 'd'))
print(format(123.456, '10.1f') + '|', format('abc', '^9') + '|', format(-0.0, '.1f'), format(5, '=+6'))
print(format(1234.5, ',.2f'), format(1234567, '_x'), format(0.000123, '.3g'), format(123456789.0, '.3g'))
print(format(float('inf'), '.2f'), format(float('nan'), 'f'), format(2 ** 70, ','), format(9.995, '.2f'))
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
