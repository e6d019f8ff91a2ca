/* modsys.c — the sys module: the interpreter's own settings, seen from Python.
 *
 * sys.argv, sys.path and sys.modules are live objects the interpreter itself
 * uses: import reads sys.path and fills sys.modules (module.c), so a program
 * that appends a folder to sys.path can import from it.
 */
#include <stdio.h>
#include <string.h>

#include "asyncgen.h"
#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#define PYCO_VERSION "0.1.0"

static Value sys_exit(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("exit", kwnames) || !args_check_count("exit", nargs, 0, 1)) return value_null();
    if (nargs == 0) return raise_value(value_object(&type_system_exit));
    return raise_with_value(&type_system_exit, args[0]);
}

static Value sys_getrecursionlimit(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("getrecursionlimit", kwnames) || !args_check_count("getrecursionlimit", nargs, 0, 0))
        return value_null();
    return value_int(vm.recursion_limit);
}

static Value sys_setrecursionlimit(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("setrecursionlimit", kwnames) || !args_check_count("setrecursionlimit", nargs, 1, 1))
        return value_null();
    if (!is_int_like(args[0]) || is_bool(args[0]))
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(args[0]));
    int64_t limit;
    if (!int_as_int64(args[0], &limit)) return value_null();
    if (limit < 1) return raise_error(&type_value_error, "recursion limit must be greater or equal than 1");
    if (limit <= vm.depth)
        return raise_error(&type_recursion_error, "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                           (long long)limit, vm.depth);
    vm.recursion_limit = limit > 1000000 ? 1000000 : (int)limit;
    return value_none();
}

static Value sys_exc_info(Value *args, int nargs, Tuple *kwnames) {
    Value handled = vm_handled_exception();
    if (is_null(handled) || is_none(handled))
        return value_object(tuple_pack(3, value_none(), value_none(), value_none()));
    ExceptionObject *exception = (ExceptionObject *)handled.as.object;
    return value_object(tuple_pack(3, value_object(value_type(handled)), handled,
                                   exception->traceback ? value_object(exception->traceback) : value_none()));
}

static Value sys_exception(Value *args, int nargs, Tuple *kwnames) {
    Value handled = vm_handled_exception();
    return is_null(handled) ? value_none() : handled;
}

static Value sys_intern(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("intern", nargs, 1, 1)) return value_null();
    if (!is_str(args[0])) return raise_error(&type_type_error, "intern() argument must be str, not %s", value_type_name(args[0]));
    return value_object(str_intern_str(as_str(args[0])));
}

static Value sys_get_int_max_str_digits(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("get_int_max_str_digits", kwnames) || !args_check_count("get_int_max_str_digits", nargs, 0, 0))
        return value_null();
    return value_int(int_max_str_digits);
}

/* set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640, as CPython. */
static Value sys_set_int_max_str_digits(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"maxdigits", NULL};
    if (!args_only_keywords("set_int_max_str_digits", kwnames, allowed)) return value_null();
    Value limit = nargs >= 1 ? args[0] : args_keyword(args, nargs, kwnames, "maxdigits");
    if (is_null(limit)) return raise_error(&type_type_error, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    if (!is_int_like(limit))
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(limit));
    int64_t digits;
    if (!int_as_int64(limit, &digits)) return value_null();
    if (digits != 0 && digits < 640) return raise_error(&type_value_error, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = digits;
    return value_none();
}

static Value sys_getdefaultencoding(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("getdefaultencoding", nargs, 0, 0)) return value_null();
    return str_value(str_intern("utf-8"));
}

static Value sys_getfilesystemencoding(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("getfilesystemencoding", nargs, 0, 0)) return value_null();
    return str_value(str_intern("utf-8"));
}

static Value sys_get_asyncgen_hooks(Value *args, int nargs, Tuple *kwnames);
static Value sys_set_asyncgen_hooks(Value *args, int nargs, Tuple *kwnames);

static const MethodDef sys_functions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METHOD_STATIC, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METHOD_STATIC, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, METHOD_STATIC, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, METHOD_STATIC, NULL},
    {"exit", sys_exit, METHOD_STATIC, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, METHOD_STATIC, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, METHOD_STATIC, NULL},
    {"exc_info", sys_exc_info, METHOD_STATIC, NULL},
    {"exception", sys_exception, METHOD_STATIC, NULL},
    {"intern", sys_intern, METHOD_STATIC, NULL},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, METHOD_STATIC, NULL},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- named tuples: sys.version_info, sys.float_info ------------------------------
 * CPython's "struct sequences" are tuples whose items also have names. pyco
 * makes each one a subclass of tuple (built with type()) whose names are
 * properties; each property's getter is a native function bound to its
 * item's index, so one C function serves every field. The field names are
 * also the class's __match_args__, which its repr reads:
 * sys.version_info(major=3, minor=11, ...). */

static Value sys_struct_field(Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 2 || !value_is_instance(args[1], &type_tuple)) return raise_error(&type_type_error, "descriptor needs a sys struct sequence");
    int64_t index = 0;
    if (!int_as_int64(args[0], &index)) return value_null();
    Tuple *items = as_tuple(args[1]);
    if (index < 0 || index >= items->length) return raise_error(&type_index_error, "tuple index out of range");
    return items->items[index];
}

static const MethodDef sys_struct_field_def = {"field", sys_struct_field, METHOD_INSTANCE, NULL};

/* "sys.float_info(max=..., ...)": the type's name (qualified by its module
 * unless that is builtins), then each field=repr(item). */
static Value sys_struct_repr(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__repr__", nargs - 1, 0, 0)) return value_null();
    Value self = args[0];
    Type *type = value_type(self);
    Value fields = obj_lookup_attr(value_object(type), str_intern("__match_args__"));
    Value module = obj_lookup_attr(value_object(type), str_intern("__module__"));
    if (!is_object_of(fields, &type_tuple) || !is_str(module) || !value_is_instance(self, &type_tuple))
        return raise_error(&type_type_error, "__repr__ needs a sys struct sequence");
    gc_push_root(fields);
    Str *text = str_equal_cstr(as_str(module), "builtins") ? str_from_format("%s(", type->name)
                                                           : str_from_format("%s.%s(", str_cstr(as_str(module)), type->name);
    Tuple *names = as_tuple(fields), *items = as_tuple(self);
    for (int64_t i = 0; i < names->length && i < items->length; i++) {
        gc_push_root(value_object(text));
        Value item = obj_repr(items->items[i]);
        gc_pop_roots(1);
        if (is_null(item)) {
            gc_pop_roots(1);
            return item;
        }
        text = str_from_format("%s%s%s=%s", str_cstr(text), i ? ", " : "", str_cstr(as_str(names->items[i])),
                               str_cstr(as_str(item)));
    }
    gc_pop_roots(1);
    return str_value(str_from_format("%s)", str_cstr(text)));
}

static const MethodDef sys_struct_repr_def = {"__repr__", sys_struct_repr, METHOD_INSTANCE, NULL};

static Value sys_struct_type(const char *name, const char *module, const char *const *fields, int count);
static Value sys_struct_instance(Value cls, Value *values, int count);

/* A tuple subclass named [name] holding [values] whose items are also the
 * attributes [fields]; VAL_NULL with the error pending on failure. */
static Value sys_struct_sequence(const char *name, const char *const *fields, Value *values, int count) {
    Value cls = sys_struct_type(name, "sys", fields, count);
    if (is_null(cls)) return cls;
    gc_push_root(cls);
    Value result = sys_struct_instance(cls, values, count);
    gc_pop_roots(1);
    return result;
}

/* The class of a struct sequence (see above), in module [module]. */
static Value sys_struct_type(const char *name, const char *module, const char *const *fields, int count) {
    Dict *namespace = dict_new();
    gc_push_root(value_object(namespace));
    dict_set_cstr(namespace, "__module__", str_value(str_intern(module)));
    dict_set_cstr(namespace, "n_fields", value_int(count));
    Tuple *match_args = tuple_new(count);
    for (int i = 0; i < count; i++) match_args->items[i] = str_value(str_intern(fields[i]));
    dict_set_cstr(namespace, "__match_args__", value_object(match_args));
    dict_set_cstr(namespace, "__repr__", native_method_bind(&sys_struct_repr_def, value_null(), &type_tuple));
    for (int i = 0; i < count; i++) {
        Value getter = native_method_bind(&sys_struct_field_def, value_int(i), NULL);
        Value property = obj_call(value_object(&type_property), &getter, 1, NULL);
        if (is_null(property)) {
            gc_pop_roots(1);
            return value_null();
        }
        dict_set_cstr(namespace, fields[i], property);
    }
    Value type_args[3] = {str_value(str_from_cstr(name)), value_object(tuple_pack(1, value_object(&type_tuple))),
                          value_object(namespace)};
    gc_push_root(type_args[0]);
    gc_push_root(type_args[1]);
    Value cls = obj_call(value_object(&type_type), type_args, 3, NULL);
    gc_pop_roots(3);
    return cls;
}

/* An instance of struct sequence class [cls] holding [values]. */
static Value sys_struct_instance(Value cls, Value *values, int count) {
    Tuple *items = tuple_new(count);
    for (int i = 0; i < count; i++) items->items[i] = values[i];
    Value item_tuple = value_object(items);
    gc_push_root(item_tuple);
    Value result = obj_call(cls, &item_tuple, 1, NULL);
    gc_pop_roots(1);
    return result;
}

/* ---- sys.set_asyncgen_hooks / get_asyncgen_hooks ------------------------------
 * The hooks an event loop installs for async generators (asyncgen.c keeps
 * them): firstiter(ag) when one starts, finalizer(ag) when an unfinished
 * one becomes unreachable. */

static Value asyncgen_hooks_type; /* the struct sequence class "asyncgen_hooks" */

static Value sys_get_asyncgen_hooks(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("sys.get_asyncgen_hooks", kwnames) || !args_check_count("sys.get_asyncgen_hooks", nargs, 0, 0))
        return value_null();
    if (is_null(asyncgen_hooks_type)) {
        static const char *const fields[] = {"firstiter", "finalizer"};
        asyncgen_hooks_type = sys_struct_type("asyncgen_hooks", "builtins", fields, 2);
        if (is_null(asyncgen_hooks_type)) return value_null();
    }
    Value hooks[2];
    asyncgen_get_hooks(&hooks[0], &hooks[1]);
    for (int i = 0; i < 2; i++)
        if (is_null(hooks[i])) hooks[i] = value_none();
    return sys_struct_instance(asyncgen_hooks_type, hooks, 2);
}

/* set_asyncgen_hooks([firstiter[, finalizer]]): an argument left out keeps
 * its hook, None removes it. The finalizer is checked and set first, as in
 * CPython. */
static Value sys_set_asyncgen_hooks(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    if (nargs > 2) return raise_error(&type_type_error, "function takes at most 2 arguments (%d given)", nargs);
    Value hooks[2] = {value_null(), value_null()};
    for (int i = 0; i < nargs; i++) hooks[i] = args[i];
    for (int64_t k = 0; kwnames && k < kwnames->length; k++) {
        Str *key = as_str(kwnames->items[k]);
        int index = str_equal_cstr(key, names[0]) ? 0 : str_equal_cstr(key, names[1]) ? 1 : -1;
        if (index < 0) return raise_error(&type_type_error, "'%s' is an invalid keyword argument for this function", str_cstr(key));
        if (index < nargs)
            return raise_error(&type_type_error, "argument for function given by name ('%s') and position (%d)", names[index], index + 1);
        hooks[index] = args[nargs + k];
    }
    for (int i = 1; i >= 0; i--) {
        if (is_null(hooks[i])) continue;
        if (!is_none(hooks[i]) && !obj_is_callable(hooks[i]))
            return raise_error(&type_type_error, "callable %s expected, got %s", names[i], value_type_name(hooks[i]));
        Value hook = is_none(hooks[i]) ? value_null() : hooks[i];
        if (i == 1) asyncgen_set_finalizer(hook);
        else asyncgen_set_firstiter(hook);
    }
    return value_none();
}

/* (The compiler's __DBL_*__ macros: src/float.h hides the C library's <float.h>.) */
static void sys_add_struct_sequences(Module *sys) {
    gc_push_root(value_object(sys)); /* not yet in sys.modules while type() runs */
    static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Value version[5] = {value_int(3), value_int(11), value_int(0), str_value(str_intern("final")), value_int(0)};
    Value version_info = sys_struct_sequence("version_info", version_fields, version, 5);
    if (!is_null(version_info)) module_add(sys, "version_info", version_info);
    static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                               "dig", "mant_dig", "epsilon", "radix", "rounds"};
    Value floats[11] = {value_float(__DBL_MAX__), value_int(__DBL_MAX_EXP__), value_int(__DBL_MAX_10_EXP__), value_float(__DBL_MIN__),
                        value_int(__DBL_MIN_EXP__), value_int(__DBL_MIN_10_EXP__), value_int(__DBL_DIG__), value_int(__DBL_MANT_DIG__),
                        value_float(__DBL_EPSILON__), value_int(__FLT_RADIX__), value_int(1)};
    Value float_info = sys_struct_sequence("float_info", float_fields, floats, 11);
    if (!is_null(float_info)) module_add(sys, "float_info", float_info);
    static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                             "str_digits_check_threshold"};
    Value ints[4] = {value_int(30), value_int(4), value_int(4300), value_int(640)};
    Value int_info = sys_struct_sequence("int_info", int_fields, ints, 4);
    if (!is_null(int_info)) module_add(sys, "int_info", int_info);
    if (error_pending()) error_clear();
    gc_pop_roots(1);
}

static List *string_list(char **items, int count) {
    List *list = list_new(count);
    for (int i = 0; i < count; i++) list_append(list, str_value(str_from_cstr(items[i])));
    return list;
}

/* Create sys and register it; [path] is the initial sys.path. */
void sys_init(int argc, char **argv, List *path) {
    asyncgen_hooks_type = value_null();
    gc_add_global_root(&asyncgen_hooks_type);
    Module *sys = module_from_methods("sys", sys_functions);
    module_add(sys, "argv", value_object(string_list(argv, argc)));
    module_add(sys, "orig_argv", value_object(string_list(argv, argc)));
    module_add(sys, "path", value_object(path));
    module_add(sys, "modules", value_object(vm.modules));
    module_add(sys, "stdout", file_stdout());
    module_add(sys, "stderr", file_stderr());
    module_add(sys, "__stdout__", file_stdout());
    module_add(sys, "__stderr__", file_stderr());
    Value standard_input = file_from_stream(stdin, "<stdin>", "r");
    if (!is_null(standard_input)) {
        module_add(sys, "stdin", standard_input);
        module_add(sys, "__stdin__", standard_input);
    }
    module_add(sys, "hexversion", value_int(0x030B00F0));
    module_add(sys, "version", str_value(str_from_cstr("3.11.0 (pyco " PYCO_VERSION ")")));
    sys_add_struct_sequences(sys);
    module_add(sys, "platform", str_value(str_intern("linux")));
    module_add(sys, "byteorder", str_value(str_intern("little")));
    module_add(sys, "maxsize", value_int(INT64_MAX));
    module_add(sys, "executable", str_value(str_from_cstr("pyco")));
    module_add(sys, "implementation_name", str_value(str_intern("pyco")));
    module_add(sys, "builtin_module_names", value_object(tuple_pack(2, str_value(str_intern("builtins")),
                                                                    str_value(str_intern("sys")))));
    dict_set_cstr(vm.modules, "sys", value_object(sys));
}
