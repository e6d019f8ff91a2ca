# f-strings: expressions, conversions, format specs, nested specs.
name = 'pyco'
n = 42
pi = 3.14159265
print(f'hello {name}!', f'{n}', f'{n + 1}', f'{name!r}', f'{name!s}', f"{'q'!a}")
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}')
print(f'{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}')
width, prec = 12, 4
print(f'[{pi:{width}.{prec}f}]', f'[{name:>{width}}]')
print(f'{{literal}} {n}{{}}', f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}')
print(f'{1000000:,} {1234567.891:,.2f} {1000000:_}')
items = [1, 2, 3]
print(f'{len(items)} items: {items} {items[0]} {dict(a=1)["a"]}')
print(f'{"nested" + f"{n}"}', f'{n=}', f'{pi = :.1f}')
print(f'{3.0:g} {0.00001:g} {1e20:g} {1.5:10}|')
print(F'upper prefix', rf'raw \n {n}', fr'{n}\t')
