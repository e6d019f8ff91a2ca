# Helper without __all__: "import *" binds every name not starting with "_".
alpha = 'a'
beta = 'b'
_gamma = 'c'
