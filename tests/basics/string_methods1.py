# Case and test methods.
s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize())
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), ' \t'.isspace(), 'abc'.islower())
print('ABC'.isupper(), 'Abc Def'.istitle(), ''.isdigit(), '12a'.isdigit(), 'x_1'.isidentifier())
print('123'.isdecimal(), '١٢'.isdigit(), '3.5'.isnumeric())
print(s.startswith('Hell'), s.endswith('World'), s.startswith(('x', 'H')), s.endswith('o', 0, 5))
print('ß'.upper(), 'İ'.lower() == 'i̇', 'ǅ'.lower())
print(s.casefold())
