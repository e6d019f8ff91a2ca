# KeyError's message is the repr of the key.
for key in ['name', 3, (1, 2), '']:
    try:
        {}[key]
    except KeyError as e:
        print('KeyError', e, e.args)
