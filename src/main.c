/* main.c — the pyco command: parse the command line, run a file, a -c
 * string, a -m module or the REPL, and turn an uncaught exception into a
 * traceback and an exit status, as CPython does:
 *
 *   0   success (or SystemExit(None) / SystemExit(0))
 *   1   an uncaught exception (the traceback is on stderr)
 *   2   a usage error or a file that cannot be opened
 *   n   SystemExit(n)
 *
 * The interpreter runs on a thread with a large stack: Python-to-Python
 * calls never use the C stack, but C code calling back into Python (a
 * __repr__ calling repr of a nested object ...) does, and a big stack lets
 * RecursionError, not a segmentation fault, end runaway recursion.
 */
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "parse.h"
#include "str.h"
#include "vm.h"

#define PYCO_VERSION "0.1.0"

void vm_start(int argc, char **argv, const char *script);
void vm_install_interrupt_handler(void);
int repl_run(Dict *globals);
char *module_read_file(const char *path);

typedef enum Mode { MODE_REPL, MODE_FILE, MODE_COMMAND, MODE_MODULE } Mode;

typedef struct Options {
    Mode mode;
    const char *target;      /* the file, the -c code or the -m module name */
    bool interactive;        /* -i */
    bool dis, tokens, ast;   /* front-end views */
    const char *timeline;
    int script_argc;         /* sys.argv */
    char **script_argv;
    int exit_status;
} Options;

static const char usage_text[] =
    "usage: pyco [option] ... [FILE | -c CODE | -m MODULE] [ARG] ...\n"
    "Options:\n"
    "  -c CODE          run the program passed in as a string\n"
    "  -m MODULE        run a module from the search path as __main__\n"
    "  -i               inspect interactively after running FILE\n"
    "  --virtual-time   sleeps and timers advance a simulated clock instantly\n"
    "  --trace          print the event loop's scheduling events to stderr\n"
    "  --timeline=FILE  draw each task's life on a time axis (FILE.svg, or - for text)\n"
    "  --dis            print the bytecode of FILE and exit\n"
    "  --tokens         print the tokens of FILE and exit\n"
    "  --ast            print the syntax tree of FILE and exit\n"
    "  --version        print the version and exit\n"
    "  -h, --help       print this help and exit\n"
    "With no FILE, pyco starts the interactive interpreter (REPL).\n";

static int usage_error(const char *message, const char *detail) {
    fprintf(stderr, "pyco: %s%s\n%s", message, detail ? detail : "", usage_text);
    return 2;
}

/* Fill [options]; returns -1 to go on, or an exit status. */
static int parse_options(int argc, char **argv, Options *options) {
    int i = 1;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
            printf("pyco %s (a Python 3.11 subset)\n", PYCO_VERSION);
            return 0;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(arg, "--virtual-time") == 0) vm.virtual_time = true;
        else if (strcmp(arg, "--trace") == 0) vm.trace = true;
        else if (strncmp(arg, "--timeline=", 11) == 0) options->timeline = arg + 11;
        else if (strcmp(arg, "--dis") == 0) options->dis = true;
        else if (strcmp(arg, "--tokens") == 0) options->tokens = true;
        else if (strcmp(arg, "--ast") == 0) options->ast = true;
        else if (strcmp(arg, "-i") == 0) options->interactive = true;
        else if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
            if (i + 1 >= argc) return usage_error("Argument expected for the ", arg[1] == 'c' ? "-c option" : "-m option");
            options->mode = arg[1] == 'c' ? MODE_COMMAND : MODE_MODULE;
            options->target = argv[i + 1];
            options->script_argc = argc - i - 1;
            options->script_argv = argv + i + 1;
            return -1;
        } else if (strcmp(arg, "-") == 0 || arg[0] != '-') {
            break;
        } else {
            return usage_error("unknown option ", arg);
        }
    }
    if (i < argc && strcmp(argv[i], "-") != 0) {
        options->mode = MODE_FILE;
        options->target = argv[i];
    }
    options->script_argc = i < argc ? argc - i : 1;
    static char *no_script[] = {"", NULL};
    options->script_argv = i < argc ? argv + i : no_script;
    return -1;
}

/* Print an uncaught exception as CPython does and choose the exit status. */
static int report_uncaught(void) {
    Value exception = error_fetch();
    if (value_is_instance(exception, &type_system_exit)) {
        fflush(stdout);
        Value code = obj_getattr_cstr(exception, "code");
        if (is_null(code)) error_clear();
        if (is_null(code) || is_none(code)) return 0;
        int64_t status;
        if (is_int_like(code) && int_as_int64(code, &status)) return (int)(status & 0xff);
        error_clear();
        Value text = obj_str(code);
        if (!is_null(text)) fprintf(stderr, "%s\n", str_cstr(as_str(text)));
        error_clear();
        return 1;
    }
    fflush(stdout);
    exc_print(exception);
    return value_is_instance(exception, &type_keyboard_interrupt) ? 130 : 1;
}

static bool run_source(const char *source, const char *filename, Dict *globals) {
    Code *code = compile_source(source, filename, PARSE_FILE);
    if (!code) return false;
    return !is_null(vm_run_module_code(code, globals));
}

static Module *main_module(void) {
    Module *module = module_new(str_intern("__main__"));
    module_add(module, "__builtins__", value_object(vm.builtins));
    dict_set_cstr(vm.modules, "__main__", value_object(module));
    return module;
}

/* --dis / --tokens / --ast: show a front-end phase and exit. */
static int show_phase(Options *options) {
    char *source = module_read_file(options->target);
    if (!source) return report_uncaught();
    int status = 0;
    if (options->tokens) {
        SyntaxErrorInfo error;
        if (!parse_dump_tokens(source, stdout, &error)) {
            compile_raise_syntax_error(&error, options->target, source);
            status = report_uncaught();
        }
    } else if (options->ast) {
        Arena arena;
        arena_init(&arena);
        SyntaxErrorInfo error;
        Node *tree = parse_source(&arena, source, options->target, PARSE_FILE, &error);
        if (tree) {
            ast_dump(tree, stdout);
            putchar('\n');
        } else {
            compile_raise_syntax_error(&error, options->target, source);
            status = report_uncaught();
        }
        arena_free(&arena);
    } else {
        Code *code = compile_source(source, options->target, PARSE_FILE);
        if (code) dis_code(code, stdout);
        else status = report_uncaught();
    }
    free(source);
    return status;
}

/* -m MODULE: find MODULE on sys.path as a file (dots become folders:
 * a.b is a/b.py) or as a package with a __main__.py, and run it as
 * __main__. */
static int run_module_as_main(Options *options) {
    Value sys = dict_get_cstr(vm.modules, "sys");
    Value path = obj_getattr_cstr(sys, "path");
    char relative[2048], file[4096];
    snprintf(relative, sizeof relative, "%s", options->target);
    for (char *c = relative; *c; c++)
        if (*c == '.') *c = '/';
    static const char *const layouts[] = {"%s%s%s.py", "%s%s%s/__main__.py"};
    if (is_list(path)) {
        List *folders = (List *)path.as.object;
        for (int64_t i = 0; i < folders->length; i++) {
            const char *folder = str_cstr(as_str(folders->items[i]));
            for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++) {
                snprintf(file, sizeof file, layouts[k], folder, folder[0] ? "/" : "", relative);
                FILE *probe = fopen(file, "r");
                if (!probe) continue;
                fclose(probe);
                Module *module;
                return module_run_main_file(file, &module) ? 0 : report_uncaught();
            }
        }
    }
    fprintf(stderr, "pyco: No module named %s\n", options->target);
    return 1;
}

static int run(Options *options) {
    if (options->dis || options->tokens || options->ast) {
        if (options->mode != MODE_FILE) return usage_error("--dis, --tokens and --ast need a FILE", NULL);
        return show_phase(options);
    }
    switch (options->mode) {
    case MODE_REPL: return repl_run(main_module()->dict);
    case MODE_COMMAND: {
        Module *module = main_module();
        if (!run_source(options->target, "<string>", module->dict)) return report_uncaught();
        if (options->interactive) return repl_run(module->dict);
        return 0;
    }
    case MODE_MODULE: return run_module_as_main(options);
    case MODE_FILE: {
        FILE *probe = fopen(options->target, "r");
        if (!probe) {
            fprintf(stderr, "pyco: can't open file '%s': [Errno 2] No such file or directory\n", options->target);
            return 2;
        }
        fclose(probe);
        Module *module;
        bool ok = module_run_main_file(options->target, &module);
        int status = ok ? 0 : report_uncaught();
        if (options->interactive) return repl_run(module->dict);
        return status;
    }
    }
    return 0;
}

typedef struct ThreadArgs {
    int argc;
    char **argv;
    int status;
} ThreadArgs;

static void *interpreter_thread(void *pointer) {
    ThreadArgs *args = pointer;
    Options options = {.mode = MODE_REPL};
    int early = parse_options(args->argc, args->argv, &options);
    if (early >= 0) {
        args->status = early;
        return NULL;
    }
    const char *script = options.mode == MODE_FILE ? options.target : NULL;
    if (options.mode == MODE_COMMAND) options.script_argv[0] = "-c";
    vm_start(options.script_argc, options.script_argv, script);
    vm_install_interrupt_handler();
    args->status = run(&options);
    gc_finalize_at_exit();
    if (fflush(stdout) != 0 && args->status == 0) args->status = 120;
    return NULL;
}

int main(int argc, char **argv) {
    ThreadArgs args = {argc, argv, 0};
    /* One malloc arena: a second thread would otherwise get an arena of its own
     * that grows by an mprotect call per step — seventy system calls at start-up. */
    mallopt(M_ARENA_MAX, 1);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, (size_t)1 << 30);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, interpreter_thread, &args) != 0) {
        interpreter_thread(&args);
    } else {
        pthread_join(thread, NULL);
    }
    return args.status;
}
