/* module.c — module objects and the import system.
 *
 * `import a.b` imports "a", then "a.b", each only once: sys.modules (the
 * dict vm.modules) remembers every module by its full name. A name not there
 * is looked for, in order,
 *
 *   1. among the modules written in C (module_register_native),
 *   2. as NAME.py or the package NAME/__init__.py in each folder of sys.path
 *      (for a submodule: in the parent package's __path__).
 *
 * A file module runs in a fresh Module whose dict is its globals. It is put
 * into sys.modules *before* its code runs, so a circular import finds the
 * half-initialised module instead of looping, as in CPython.
 *
 * `import a.b` evaluates to the top-level module a (that is what gets bound),
 * `from a.b import c` to a.b — the rules of CPython's __import__. For a
 * package, `from p import c` first imports the submodule p.c unless p
 * already has an attribute c; the VM's IMPORT_FROM then reads p.c.
 *
 * A module may define __getattr__(name) and __dir__() (PEP 562): the first
 * answers lookups that miss the module's globals — `m.x`, `from m import x`,
 * hasattr — and the second answers dir(m). A package uses them to load
 * parts of itself lazily, on first use (asyncio does, for Lock or wait_for).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "module.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

/* ---- the module type ----------------------------------------------------------- */

Module *module_new(Str *name) {
    Module *module = (Module *)gc_alloc(&type_module, sizeof(Module));
    if (!module) return NULL;
    module->name = name;
    module->dict = dict_new();
    if (!module->dict) return NULL;
    dict_set_cstr(module->dict, "__name__", value_object(name));
    dict_set_cstr(module->dict, "__doc__", value_none());
    dict_set_cstr(module->dict, "__package__", value_none());
    return module;
}

void module_add(Module *module, const char *name, Value value) { dict_set_cstr(module->dict, name, value); }

/* m.name: the module's globals first, then what every module has (its
 * type's methods such as __repr__ and __dir__), and last — PEP 562 — the
 * module's own __getattr__(name), if it defines one. That hook is how a
 * package offers names it imports only when first asked for (asyncio's Lock
 * lives in asyncio/locks.py, loaded by the first `asyncio.Lock`). */
static Value module_getattr(Value self, Str *name) {
    Module *module = (Module *)self.as.object;
    Value value = dict_get_str(module->dict, name);
    if (!is_null(value)) return value;
    if (str_equal_cstr(name, "__dict__")) return value_object(module->dict);
    if (str_equal_cstr(name, "__class__")) return value_object(&type_module);
    Value inherited = type_lookup(&type_module, name);
    if (!is_null(inherited)) {
        Type *kind = value_type(inherited);
        return kind->descr_get ? kind->descr_get(inherited, self, &type_module) : inherited;
    }
    Value getattr_hook = dict_get_cstr(module->dict, "__getattr__");
    if (!is_null(getattr_hook)) {
        Value argument = value_object(name);
        return obj_call(getattr_hook, &argument, 1, NULL);
    }
    return raise_error(&type_attribute_error, "module '%s' has no attribute '%s'", str_cstr(module->name), str_cstr(name));
}

/* dir(m): the module's own __dir__() if it defines one (PEP 562), else the
 * names of its globals; dir() sorts the answer. */
Value module_dir(Value self) {
    Module *module = (Module *)self.as.object;
    Value dir_hook = dict_get_cstr(module->dict, "__dir__");
    if (!is_null(dir_hook)) return obj_call(dir_hook, NULL, 0, NULL);
    List *names = list_new(module->dict->count);
    if (!names) return value_null();
    int64_t position = 0;
    Value key, value;
    while (dict_next(module->dict, &position, &key, &value))
        if (!list_append(names, key)) return value_null();
    return value_object(names);
}

static Value module_method_dir(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__dir__", kwnames) || !args_check_count("__dir__", nargs - 1, 0, 0)) return value_null();
    return module_dir(args[0]);
}

static const MethodDef module_methods[] = {
    {"__dir__", module_method_dir, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static bool module_setattr(Value self, Str *name, Value value) {
    Module *module = (Module *)self.as.object;
    if (!is_null(value)) return dict_set_str(module->dict, name, value);
    int deleted = dict_delete(module->dict, value_object(name));
    if (deleted == 0)
        raise_error(&type_attribute_error, "module '%s' has no attribute '%s'", str_cstr(module->name), str_cstr(name));
    return deleted > 0;
}

/* Only modules made by types.ModuleType carry __loader__ (None, as in
 * CPython); a module without a file and without a loader is then shown the
 * way CPython shows one, plain `<module 'm'>`, not as a built-in. */
static Value module_repr(Value self) {
    Module *module = (Module *)self.as.object;
    Value file = dict_get_cstr(module->dict, "__file__");
    if (is_str(file))
        return str_value(str_from_format("<module '%s' from '%s'>", str_cstr(module->name), str_cstr(as_str(file))));
    Value loader = dict_get_cstr(module->dict, "__loader__");
    if (!is_null(loader) && is_none(loader)) return str_value(str_from_format("<module '%s'>", str_cstr(module->name)));
    return str_value(str_from_format("<module '%s' (built-in)>", str_cstr(module->name)));
}

/* types.ModuleType(name, doc=None): an empty module with the attributes
 * CPython's module.__init__ gives one (__loader__ and __spec__ are None). */
static Value module_slot_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    (void)cls;
    if (!args_no_keywords("module", kwnames) || !args_check_count("module", nargs, 1, 2)) return value_null();
    if (!is_str(args[0]))
        return raise_error(&type_type_error, "module.__init__() argument 'name' must be str, not %s", value_type_name(args[0]));
    Module *module = module_new(as_str(args[0]));
    if (!module) return value_null();
    if (nargs == 2) dict_set_cstr(module->dict, "__doc__", args[1]);
    dict_set_cstr(module->dict, "__loader__", value_none());
    dict_set_cstr(module->dict, "__spec__", value_none());
    return value_object(module);
}

static void module_mark(Object *self) {
    Module *module = (Module *)self;
    gc_mark_object((Object *)module->name);
    gc_mark_object((Object *)module->dict);
}

Type type_module = {
    .name = "module",
    .instance_size = sizeof(Module),
    .getattr = module_getattr,
    .setattr = module_setattr,
    .repr = module_repr,
    .new = module_slot_new,
    .methods = module_methods,
    .gc_mark = module_mark,
};

void module_types_init(void) { type_ready(&type_module); }

Module *module_from_methods(const char *name, const MethodDef *functions) {
    Module *module = module_new(str_intern(name));
    if (!module) return NULL;
    Value module_name = value_object(module->name);
    for (const MethodDef *def = functions; def && def->name; def++)
        module_add(module, def->name, native_function_new(def, module_name));
    return module;
}

/* ---- C modules ------------------------------------------------------------------- */

typedef struct NativeModule {
    const char *name;
    NativeModuleInit init;
} NativeModule;

static NativeModule native_modules[64];
static int native_module_count = 0;

void module_register_native(const char *name, NativeModuleInit init) {
    if (native_module_count < (int)(sizeof native_modules / sizeof native_modules[0]))
        native_modules[native_module_count++] = (NativeModule){name, init};
}

static NativeModuleInit find_native(const char *name) {
    for (int i = 0; i < native_module_count; i++)
        if (strcmp(native_modules[i].name, name) == 0) return native_modules[i].init;
    return NULL;
}

/* ---- finding and running module files -------------------------------------------- */

static bool is_file(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode);
}

/* Read a whole file; NULL (with OSError raised) if it cannot be read. */
char *module_read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        raise_error(&type_file_not_found_error, "[Errno 2] No such file or directory: '%s'", path);
        return NULL;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text) {
        fclose(file);
        raise_memory_error();
        return NULL;
    }
    size_t got = fread(text, 1, (size_t)size, file);
    text[got] = '\0';
    fclose(file);
    return text;
}

/* Compile and run [path] in [module]'s dict. */
static bool run_file_in_module(const char *path, Module *module) {
    char *source = module_read_file(path);
    if (!source) return false;
    Code *code = compile_source(source, path, PARSE_FILE);
    free(source);
    if (!code) return false;
    gc_push_root(value_object(module));
    Value result = vm_run_module_code(code, module->dict);
    gc_pop_roots(1);
    return !is_null(result);
}

/* Look for [leaf].py or [leaf]/__init__.py in each folder of [search]. */
static bool find_in_path(Value search, const char *leaf, char *found, size_t size, bool *is_package) {
    if (!is_list(search)) return false;
    List *folders = as_list(search);
    for (int64_t i = 0; i < folders->length; i++) {
        if (!is_str(folders->items[i])) continue;
        const char *folder = str_cstr(as_str(folders->items[i]));
        const char *separator = folder[0] ? "/" : "";
        snprintf(found, size, "%s%s%s/__init__.py", folder, separator, leaf);
        if (is_file(found)) {
            *is_package = true;
            return true;
        }
        snprintf(found, size, "%s%s%s.py", folder, separator, leaf);
        if (is_file(found)) {
            *is_package = false;
            return true;
        }
    }
    return false;
}

static Value sys_path(void) {
    Value sys = dict_get_cstr(vm.modules, "sys");
    if (!is_module(sys)) return value_null();
    return dict_get_cstr(((Module *)sys.as.object)->dict, "path");
}

/* What pyco offers instead of third-party modules the tutorials use. */
static const char *missing_module_hint(const char *name) {
    static const char *const hints[][2] = {
        {"aiohttp", "pyco has no aiohttp; use asyncio streams (asyncio.open_connection) or asyncio.sleep to stand in for the network"},
        {"requests", "pyco has no requests; use the socket module, or time.sleep to stand in for a blocking request"},
        {"gevent", "pyco has no gevent; use asyncio tasks for cooperative concurrency"},
        {"greenlet", "pyco has no greenlet; use generators (yield, send) or asyncio tasks"},
        {"faker", "pyco has no faker; use random.choice over a list of sample values"},
        {"nest_asyncio", "pyco has no nest_asyncio; pyco's REPL supports top-level await instead"},
        {"bs4", "pyco has no bs4 (BeautifulSoup); it has no HTML parser"},
        {"flask", "pyco has no flask; write the server with asyncio.start_server"},
        {"aiomultiprocess", "pyco has no aiomultiprocess; pyco runs one process, use asyncio tasks"},
    };
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
        if (strcmp(hints[i][0], name) == 0) return hints[i][1];
    return NULL;
}

static Value raise_module_not_found(const char *name) {
    const char *hint = missing_module_hint(name);
    Value error = hint ? raise_error(&type_module_not_found_error, "No module named '%s' (%s)", name, hint)
                       : raise_error(&type_module_not_found_error, "No module named '%s'", name);
    Value exception = error_fetch();
    obj_setattr(exception, str_intern("name"), str_value(str_from_cstr(name)));
    error_clear();
    error_restore(exception);
    return error;
}

/* Load one module whose parent (if any) is already imported. */
static Value load_module(Str *full_name, Value parent) {
    const char *name = str_cstr(full_name);
    NativeModuleInit init = find_native(name);
    if (init) {
        Module *module = init();
        if (!module) return value_null();
        if (!dict_set_str(vm.modules, full_name, value_object(module))) return value_null();
        return value_object(module);
    }
    const char *leaf = strrchr(name, '.');
    leaf = leaf ? leaf + 1 : name;
    Value search = is_null(parent) ? sys_path() : obj_lookup_attr(parent, str_intern("__path__"));
    char path[4096];
    bool is_package = false;
    if (!find_in_path(search, leaf, path, sizeof path, &is_package)) {
        if (error_pending()) return value_null();
        return raise_module_not_found(name);
    }
    Module *module = module_new(full_name);
    if (!module) return value_null();
    module_add(module, "__file__", str_value(str_from_cstr(path)));
    if (is_package) {
        char *slash = strrchr(path, '/');
        Str *folder = slash ? str_new(path, slash - path) : str_from_cstr(".");
        Value folder_value = value_object(folder);
        List *package_path = list_from_values(&folder_value, 1);
        module_add(module, "__path__", value_object(package_path));
        module_add(module, "__package__", value_object(full_name));
    } else {
        const char *dot = strrchr(name, '.');
        module_add(module, "__package__", dot ? str_value(str_new(name, dot - name)) : str_value(str_intern("")));
    }
    if (!dict_set_str(vm.modules, full_name, value_object(module))) return value_null();
    if (!run_file_in_module(path, module)) {
        dict_delete(vm.modules, value_object(full_name));
        return value_null();
    }
    /* the module may have replaced itself in sys.modules */
    Value final = dict_get_str(vm.modules, full_name);
    return is_null(final) ? value_object(module) : final;
}

/* Import every prefix of a dotted name ("a", "a.b", "a.b.c"); returns the last. */
static Value import_dotted(Str *full_name) {
    const char *name = str_cstr(full_name);
    Value parent = value_null(), module = value_null();
    for (const char *end = name;; end++) {
        if (*end != '.' && *end != '\0') continue;
        Str *prefix = str_new(name, end - name);
        module = dict_get_str(vm.modules, prefix);
        if (is_null(module)) {
            module = load_module(prefix, parent);
            if (is_null(module)) return module;
            if (!is_null(parent)) {
                const char *leaf = strrchr(str_cstr(prefix), '.');
                obj_setattr(parent, str_intern(leaf ? leaf + 1 : str_cstr(prefix)), module);
            }
        }
        parent = module;
        if (*end == '\0') break;
    }
    return module;
}

/* The package a relative import in [globals] starts from. */
static Str *relative_base(Dict *globals, int level, Str *name) {
    Value package = globals ? dict_get_cstr(globals, "__package__") : value_null();
    Str *base;
    if (is_str(package) && as_str(package)->length > 0) base = as_str(package);
    else {
        Value module_name = globals ? dict_get_cstr(globals, "__name__") : value_null();
        if (!is_str(module_name) || (globals && is_null(dict_get_cstr(globals, "__path__")) &&
                                     !strchr(str_cstr(as_str(module_name)), '.'))) {
            raise_error(&type_import_error, "attempted relative import with no known parent package");
            return NULL;
        }
        base = as_str(module_name);
        if (is_null(dict_get_cstr(globals, "__path__"))) {
            const char *dot = strrchr(str_cstr(base), '.');
            base = str_new(str_cstr(base), dot - str_cstr(base));
        }
    }
    const char *text = str_cstr(base);
    int64_t length = base->byte_length;
    for (int i = 1; i < level; i++) {
        while (length > 0 && text[length - 1] != '.') length--;
        if (length == 0) {
            raise_error(&type_import_error, "attempted relative import beyond top-level package");
            return NULL;
        }
        length--;
    }
    if (name->length == 0) return str_new(text, length);
    return str_from_format("%.*s.%s", (int)length, text, str_cstr(name));
}

/* True if the pending error is the ModuleNotFoundError for [full_name]
 * itself (not for something that module imports in turn). */
static bool error_is_missing_module(Str *full_name) {
    if (!error_matches(&type_module_not_found_error)) return false;
    Value exception = error_fetch();
    Value missing = obj_lookup_attr(exception, str_intern("name"));
    bool same = is_str(missing) && str_equal(as_str(missing), full_name);
    error_restore(exception);
    return same;
}

/* `from package import a, b` may name submodules nobody has imported yet:
 * import each name the package does not already have as an attribute, as
 * CPython's _handle_fromlist does. A name that is neither (ImportError
 * comes later, from IMPORT_FROM) is not an error here. `*` does the same for
 * every name in the package's __all__ ([from_all] marks that round). */
static bool import_fromlist(Value package, Value fromlist, bool from_all) {
    Value package_name = obj_getattr(package, str_intern("__name__"));
    if (!is_null(package_name) && !is_str(package_name)) package_name = obj_str(package_name);
    if (is_null(package_name)) return false;
    Value iterator = obj_iter(fromlist);
    if (is_null(iterator)) return false;
    gc_push_root(package_name);
    gc_push_root(iterator);
    bool ok = true;
    for (Value item; ok && !is_null(item = obj_next(iterator));) {
        if (!is_str(item)) {
            if (from_all)
                raise_error(&type_type_error, "Item in %s.__all__ must be str, not %s",
                            str_cstr(as_str(package_name)), value_type_name(item));
            else
                raise_error(&type_type_error, "Item in ``from list'' must be str, not %s", value_type_name(item));
            ok = false;
        } else if (str_equal_cstr(as_str(item), "*")) {
            if (from_all) continue;
            Value all = obj_lookup_attr(package, str_intern("__all__"));
            if (!is_null(all)) ok = import_fromlist(package, all, true);
            else ok = !error_pending();
        } else {
            Value found = obj_lookup_attr(package, as_str(item));
            if (!is_null(found) || error_pending()) {
                ok = !error_pending();
                continue;
            }
            Str *full_name = str_from_format("%s.%s", str_cstr(as_str(package_name)), str_cstr(as_str(item)));
            gc_push_root(value_object(full_name));
            if (is_null(import_dotted(full_name))) {
                ok = error_is_missing_module(full_name);
                if (ok) error_clear();
            }
            gc_pop_roots(1);
        }
    }
    gc_pop_roots(2);
    return ok && !error_pending();
}

Value module_import(Str *name, Dict *globals, Value fromlist, int level) {
    Str *full_name = name;
    if (level > 0) {
        full_name = relative_base(globals, level, name);
        if (!full_name) return value_null();
    } else if (name->length == 0) {
        return raise_error(&type_value_error, "Empty module name");
    }
    Value module = import_dotted(full_name);
    if (is_null(module)) return module;
    bool has_fromlist = !is_null(fromlist) && !is_none(fromlist) && obj_truthy(fromlist) > 0;
    if (has_fromlist) {
        /* only a package (it has __path__) can hold submodules to import */
        Value package_path = obj_lookup_attr(module, str_intern("__path__"));
        if (is_null(package_path)) return error_pending() ? value_null() : module;
        return import_fromlist(module, fromlist, false) ? module : value_null();
    }
    if (level > 0) return module;
    const char *dot = strchr(str_cstr(full_name), '.');
    if (!dot) return module;
    return dict_get_str(vm.modules, str_new(str_cstr(full_name), dot - str_cstr(full_name)));
}

Value module_import_cstr(const char *name) {
    return module_import(str_intern(name), NULL, value_object(tuple_pack(1, value_object(str_intern("*")))), 0);
}

bool module_run_main_file(const char *path, Module **main_module_out) {
    Module *module = module_new(str_intern("__main__"));
    if (!module) return false;
    module_add(module, "__file__", str_value(str_from_cstr(path)));
    module_add(module, "__builtins__", value_object(vm.builtins));
    if (main_module_out) *main_module_out = module;
    if (!dict_set_cstr(vm.modules, "__main__", value_object(module))) return false;
    return run_file_in_module(path, module);
}
