# Helper that raises while being imported.
print('_raises starts')
raise ValueError('failure during import')
