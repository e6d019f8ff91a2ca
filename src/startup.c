/* startup.c — what exists before the first line of Python runs.
 *
 * vm_init readies every built-in type (in dependency order: object and type
 * first, builtins last), then creates sys with its search path: the folder
 * of the script being run, then pyco's own stdlib/ folder, found next to the
 * binary (a build tree) or under ../lib/pyco (an installed pyco).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "vm.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "types_init.h"

void sys_init(int argc, char **argv, List *path);

static bool is_directory(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

/* pyco's stdlib folder, or NULL. */
static const char *find_stdlib(char *buffer, size_t size) {
    char executable[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    if (length <= 0) return NULL;
    executable[length] = '\0';
    char *slash = strrchr(executable, '/');
    if (!slash) return NULL;
    *slash = '\0';
    /* ./pyco in the tree; build/asan/pyco and other variant builds; an installed pyco */
    const char *candidates[] = {"%s/stdlib", "%s/../../stdlib", "%s/../lib/pyco/stdlib", "%s/../lib/pyco"};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        char candidate[PATH_MAX + 32];
        snprintf(candidate, sizeof candidate, candidates[i], executable);
        if (is_directory(candidate) && realpath(candidate, buffer)) return buffer;
    }
    return NULL;
}

/* sys.path: [script folder, stdlib]. [script] is NULL for -c and the REPL. */
static List *initial_path(const char *script) {
    List *path = list_new(4);
    if (script) {
        const char *slash = strrchr(script, '/');
        list_append(path, str_value(slash ? str_new(script, slash - script) : str_intern("")));
    } else {
        list_append(path, str_value(str_intern("")));
    }
    char buffer[PATH_MAX + 32];
    const char *stdlib = find_stdlib(buffer, sizeof buffer);
    if (stdlib) list_append(path, str_value(str_from_cstr(stdlib)));
    return path;
}

void vm_start(int argc, char **argv, const char *script) {
    vm.exception = value_null();
    vm.handled_exception = NULL;
    vm.recursion_limit = 1000;
    class_types_init();
    object_types_init();
    str_types_init();
    int_types_init();
    float_types_init();
    bytes_types_init();
    list_types_init();
    tuple_types_init();
    dict_types_init();
    set_types_init();
    range_types_init();
    func_types_init();
    module_types_init();
    code_types_init();
    exc_init();
    gen_types_init();
    vm.modules = dict_new();
    mod_time_register();
    mod_math_register();
    mod_posix_register();
    mod_asyncio_register();
    mod_gc_register();
    builtins_init();
    sys_init(argc, argv, initial_path(script));
}

void vm_init(int argc, char **argv) { vm_start(argc, argv, argc > 0 ? argv[0] : NULL); }
