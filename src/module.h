/* module.h — modules and `import`.
 *
 * A Module is a name and a dict of globals. `import m` looks in sys.modules
 * (vm.modules) first; otherwise it finds m either among the modules written
 * in C (registered with module_register_native) or as a file m.py (or the
 * package m/__init__.py) on sys.path: the script's folder first, then pyco's
 * stdlib/ folder. A file module is compiled and run in a fresh Module whose
 * dict becomes its globals; it is put in sys.modules before it runs, so
 * circular imports see the half-built module as CPython does.
 */
#ifndef PYCO_MODULE_H
#define PYCO_MODULE_H

#include "object.h"

typedef struct Module {
    Object base;
    Str *name;
    Dict *dict;
} Module;

static inline bool is_module(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_module; }

Module *module_new(Str *name);
/* A C module: [init] builds and returns it when first imported. */
typedef Module *(*NativeModuleInit)(void);
void module_register_native(const char *name, NativeModuleInit init);
/* Make a module from a table of functions (helper for C modules). */
Module *module_from_methods(const char *name, const MethodDef *functions);
/* Add a value to a module's dict. */
void module_add(Module *module, const char *name, Value value);
/* import [name] (dotted): the module itself (for `import a.b` the VM binds a).
 * [level] > 0 is a relative import from [globals]' package. */
Value module_import(Str *name, Dict *globals, Value fromlist, int level);
/* dir(m): the list of m's names (unsorted), or what m's own __dir__()
 * returns if it defines one (PEP 562). May run Python code. */
Value module_dir(Value module);
/* Import a module by C name (for C code: "asyncio"). */
Value module_import_cstr(const char *name);
/* Run a file as __main__ (pyco FILE) with sys.argv already set; false if an
 * exception escaped (it is pending). */
bool module_run_main_file(const char *path, Module **main_module_out);

#endif
