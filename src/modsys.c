/* modsys.c — the sys module: the interpreter's own settings, seen from Python.
 *
 * sys.argv, sys.path and sys.modules are live objects the interpreter itself
 * uses: import reads sys.path and fills sys.modules (module.c), so a program
 * that appends a folder to sys.path can import from it.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
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
    Value handled = vm.handled_exception;
    if (is_null(handled) || is_none(handled))
        return value_object(tuple_pack(3, value_none(), value_none(), value_none()));
    ExceptionObject *exception = (ExceptionObject *)handled.as.object;
    return value_object(tuple_pack(3, value_object(value_type(handled)), handled,
                                   exception->traceback ? value_object(exception->traceback) : value_none()));
}

static Value sys_exception(Value *args, int nargs, Tuple *kwnames) {
    Value handled = vm.handled_exception;
    return is_null(handled) ? value_none() : handled;
}

static Value sys_intern(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("intern", nargs, 1, 1)) return value_null();
    if (!is_str(args[0])) return raise_error(&type_type_error, "intern() argument must be str, not %s", value_type_name(args[0]));
    return value_object(str_intern_str(as_str(args[0])));
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, METHOD_STATIC, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, METHOD_STATIC, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, METHOD_STATIC, NULL},
    {"exc_info", sys_exc_info, METHOD_STATIC, NULL},
    {"exception", sys_exception, METHOD_STATIC, NULL},
    {"intern", sys_intern, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static List *string_list(char **items, int count) {
    List *list = list_new(count);
    for (int i = 0; i < count; i++) list_append(list, str_value(str_from_cstr(items[i])));
    return list;
}

/* Create sys and register it; [path] is the initial sys.path. */
void sys_init(int argc, char **argv, List *path) {
    Module *sys = module_from_methods("sys", sys_functions);
    module_add(sys, "argv", value_object(string_list(argv, argc)));
    module_add(sys, "orig_argv", value_object(string_list(argv, argc)));
    module_add(sys, "path", value_object(path));
    module_add(sys, "modules", value_object(vm.modules));
    module_add(sys, "stdout", file_stdout());
    module_add(sys, "stderr", file_stderr());
    module_add(sys, "__stdout__", file_stdout());
    module_add(sys, "__stderr__", file_stderr());
    module_add(sys, "version", str_value(str_from_cstr("3.11.0 (pyco " PYCO_VERSION ")")));
    module_add(sys, "version_info", value_object(tuple_pack(5, value_int(3), value_int(11), value_int(0),
                                                            str_value(str_intern("final")), value_int(0))));
    module_add(sys, "platform", str_value(str_intern("linux")));
    module_add(sys, "byteorder", str_value(str_intern("little")));
    module_add(sys, "maxsize", value_int(INT64_MAX));
    module_add(sys, "executable", str_value(str_from_cstr("pyco")));
    module_add(sys, "implementation_name", str_value(str_intern("pyco")));
    module_add(sys, "builtin_module_names", value_object(tuple_pack(2, str_value(str_intern("builtins")),
                                                                    str_value(str_intern("sys")))));
    dict_set_cstr(vm.modules, "sys", value_object(sys));
}
