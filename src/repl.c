/* repl.c — the interactive interpreter (read, evaluate, print, loop).
 *
 * Lines are collected until they form a complete input: the parser reports
 * `incomplete` while a bracket, a triple-quoted string or a block is still
 * open, and — as in CPython — a compound statement (`def`, `for` ...) ends
 * only at an empty line. The input is compiled in interactive mode, where an
 * expression statement prints the repr of its value (PRINT_EXPR, which also
 * stores it in `_`). An error prints its traceback and the session goes on
 * with all its variables: the globals dict lives as long as the REPL.
 *
 * Top-level `await` (also `async for`, `async with`), as `python -m asyncio`
 * offers it: in interactive mode the compiler accepts them at module level
 * and marks such an input's code CODE_COROUTINE. The REPL then makes a
 * coroutine of it whose frame reads and writes the session's globals by
 * name (so `x = await f()` sets x and an expression still echoes and sets
 * `_`), wraps it in a Task and runs the session's event loop until that
 * task is done. The loop is made once and kept: a task created in one input
 * goes on whenever a later input awaits. Inputs without await run directly,
 * outside any loop, exactly as in the plain REPL (asyncio.run works there).
 * Ctrl-C during an await stops the loop and cancels only that input's task.
 * Files and -c are compiled in file mode, where top-level await stays a
 * SyntaxError.
 *
 * `%time STATEMENT` (one line) runs the statement like any input, then
 * prints the CPU and wall time it took in IPython's format.
 *
 * Line editing and history come from libedit (BSD-licensed readline
 * replacement) when the input is a terminal. It is loaded with dlopen the
 * first time the REPL reads from a terminal, not linked: libedit pulls in
 * three more shared libraries, and loading them cost every script ~0.3 ms
 * of start-up for a feature only the interactive prompt uses. Without
 * libedit the prompt still works, just without editing keys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <dlfcn.h>
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "future.h"
#include "gc.h"
#include "gen.h"
#include "module.h"
#include "parse.h"
#include "str.h"
#include "vm.h"

#define PYCO_VERSION "0.1.0"

/* libedit's readline() and add_history(), once loaded (NULL without libedit). */
static char *(*edit_readline)(const char *prompt);
static int (*edit_add_history)(const char *line);

static void load_line_editor(void) {
    static bool tried = false;
    if (tried) return;
    tried = true;
    void *library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
    *(void **)&edit_readline = dlsym(library, "readline");
    *(void **)&edit_add_history = dlsym(library, "add_history");
    if (!edit_readline || !edit_add_history) edit_readline = NULL;
}

/* One line from the user without its newline, or NULL at end of input. */
static char *read_line(const char *prompt, bool terminal) {
    if (terminal) load_line_editor();
    if (terminal && edit_readline) {
        char *line = edit_readline(prompt);
        if (line && *line) edit_add_history(line);
        return line;
    }
    fputs(prompt, stdout);
    fflush(stdout);
    size_t capacity = 0;
    char *line = NULL;
    ssize_t length = getline(&line, &capacity, stdin);
    if (length < 0) {
        free(line);
        return NULL;
    }
    if (length > 0 && line[length - 1] == '\n') line[length - 1] = '\0';
    return line;
}

/* Does the first line open a block (`if x:`), so the input ends at a blank line? */
static bool opens_block(const char *text) {
    const char *end = text + strcspn(text, "\n");
    while (end > text && (end[-1] == ' ' || end[-1] == '\t')) end--;
    const char *hash = memchr(text, '#', (size_t)(end - text));
    if (hash) {
        end = hash;
        while (end > text && (end[-1] == ' ' || end[-1] == '\t')) end--;
    }
    return end > text && end[-1] == ':';
}

typedef enum InputState { INPUT_COMPLETE, INPUT_NEEDS_MORE, INPUT_ERROR } InputState;

static InputState classify(const char *source, int line_count, bool last_line_blank) {
    Arena arena;
    arena_init(&arena);
    SyntaxErrorInfo error;
    Node *tree = parse_source(&arena, source, "<stdin>", PARSE_INTERACTIVE, &error);
    arena_free(&arena);
    /* only a compound statement (its first line ends with ':') waits for a
     * blank line; `x = (1,` + `2)` runs as soon as the bracket closes */
    bool block = opens_block(source);
    if (!tree) return error.incomplete && !last_line_blank ? INPUT_NEEDS_MORE : INPUT_ERROR;
    if (block && !last_line_blank) return INPUT_NEEDS_MORE;
    return INPUT_COMPLETE;
}

/* ---- top-level await -------------------------------------------------------- */

/* The session's event loop: made by the first input that awaits, kept for
 * the whole session so that a task created in one input goes on running
 * whenever a later input awaits (VAL_NULL until then). */
static Value session_loop;

/* The session's loop, or NULL with an exception. A new one replaces a loop
 * the user closed, so that one `loop.close()` does not end all awaiting. */
static Loop *repl_session_loop(void) {
    if (!is_null(session_loop) && !((Loop *)session_loop.as.object)->closed) return (Loop *)session_loop.as.object;
    /* the loop, task and future types are readied by the _asyncio module */
    if (is_null(module_import_cstr("_asyncio"))) return NULL;
    Loop *loop = loop_new();
    if (!loop) return NULL;
    if (is_null(session_loop)) gc_add_global_root(&session_loop);
    session_loop = value_object(loop);
    return loop;
}

/* The input, compiled as a coroutine's body ([code] is CODE_COROUTINE), as
 * a coroutine object whose frame reads and writes [globals] by name like
 * module code: `x = await f()` sets the session's x. */
static Value repl_input_coroutine(Code *code, Dict *globals) {
    Function *function = function_new(code, globals);
    if (!function) return value_null();
    gc_push_root(value_object(function));
    Value coro = gen_new(function, NULL, 0, NULL);
    gc_pop_roots(1);
    if (!is_null(coro)) as_generator(coro)->frame.locals = globals;
    return coro;
}

/* Runs an input that awaits: a Task on the session's loop drives it, and
 * the loop runs (other tasks too) until that task is done. Returns None,
 * or VAL_NULL with the exception pending. When the loop stopped early
 * (Ctrl-C, a deadlock) the input's task is cancelled: it must not wake up
 * in the middle of a later input. */
static Value repl_run_awaiting(Code *code, Dict *globals) {
    Loop *loop = repl_session_loop();
    if (!loop) return value_null();
    Value coro = repl_input_coroutine(code, globals);
    if (is_null(coro)) return coro;
    gc_push_root(coro);
    Value task = task_create(&type_task, coro, loop, value_none());
    gc_pop_roots(1);
    if (is_null(task)) return task;
    gc_push_root(task);
    Value result = loop_run_until_complete(loop, task);
    Future *future = as_future(task);
    if (is_null(result) && future->state == FUTURE_PENDING) {
        Value exception = error_fetch();
        task_cancel((Task *)future, value_none());
        error_restore(exception);
    }
    /* the REPL prints the exception itself: no "never retrieved" report later */
    future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
    gc_pop_roots(1);
    return result;
}

/* Runs one complete input; false when it raised (the traceback is printed,
 * except for SystemExit, which stays pending to end the session). An
 * input with a top-level await compiles to a coroutine (compile.c marks
 * it CODE_COROUTINE) and runs on the event loop; any other runs directly. */
static bool execute(const char *source, Dict *globals) {
    Code *code = compile_source(source, "<stdin>", PARSE_INTERACTIVE);
    if (code) {
        gc_push_root(value_object(code));
        Value result = (code->flags & CODE_COROUTINE) ? repl_run_awaiting(code, globals) : vm_run_module_code(code, globals);
        gc_pop_roots(1);
        if (!is_null(result)) return true;
    }
    fflush(stdout);
    Value exception = error_fetch();
    if (value_is_instance(exception, &type_system_exit)) {
        error_restore(exception);
        return false;
    }
    exc_print(exception);
    return false;
}

/* ---- %time ------------------------------------------------------------------ */

/* A duration as IPython's _format_time writes it: "1min 3s" from a minute
 * on, else 3 significant digits in the largest unit (s, ms, µs, ns) that
 * keeps the number at least 1. */
static void repl_format_time(double seconds, char *out, size_t size) {
    if (seconds >= 60.0) {
        static const struct { const char *suffix; double length; } parts[] = {
            {"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}};
        double leftover = seconds;
        size_t used = 0;
        out[0] = '\0';
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
            long value = (long)(leftover / parts[i].length);
            if (value > 0) {
                leftover -= (double)value * parts[i].length;
                used += (size_t)snprintf(out + used, size - used, "%s%ld%s", used ? " " : "", value, parts[i].suffix);
                if (used >= size) return;
            }
            if (leftover < 1) break;
        }
        return;
    }
    static const char *const units[] = {"s", "ms", "\u00b5s", "ns"};
    static const double scaling[] = {1, 1e3, 1e6, 1e9};
    int order = seconds >= 1 ? 0 : seconds >= 1e-3 ? 1 : seconds >= 1e-6 ? 2 : 3;
    snprintf(out, size, "%.3g %s", seconds * scaling[order], units[order]);
}

typedef struct ReplClock {
    double wall, user, sys;
} ReplClock;

static ReplClock repl_clock_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (ReplClock){
        .wall = (double)now.tv_sec + (double)now.tv_nsec * 1e-9,
        .user = (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec * 1e-6,
        .sys = (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec * 1e-6,
    };
}

/* The statement after "%time", or NULL when the input is not a %time line. */
static const char *repl_time_statement(const char *input) {
    if (strncmp(input, "%time", 5) != 0) return NULL;
    const char *rest = input + 5;
    if (*rest != ' ' && *rest != '\t' && *rest != '\n' && *rest != '\0') return NULL;
    return rest + strspn(rest, " \t");
}

/* %time STATEMENT: run it, then (if it did not raise) print IPython's lines. */
static void repl_time(const char *statement, Dict *globals) {
    ReplClock start = repl_clock_now();
    bool ok = execute(statement, globals);
    ReplClock end = repl_clock_now();
    if (!ok) return;
    char user[32], sys[32], total[32], wall[32];
    repl_format_time(end.user - start.user, user, sizeof user);
    repl_format_time(end.sys - start.sys, sys, sizeof sys);
    repl_format_time(end.user - start.user + end.sys - start.sys, total, sizeof total);
    repl_format_time(end.wall - start.wall, wall, sizeof wall);
    printf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n", user, sys, total, wall);
    fflush(stdout);
}

int repl_run(Dict *globals) {
    bool terminal = isatty(0);
    if (terminal) printf("pyco %s (a Python 3.11 subset)\nType Ctrl-D to exit.\n", PYCO_VERSION);
    StrBuilder input;
    sb_init(&input);
    int line_count = 0;
    for (;;) {
        char *line = read_line(line_count ? "... " : ">>> ", terminal);
        if (vm.interrupted) {
            vm.interrupted = 0;
            fputs("\nKeyboardInterrupt\n", stdout);
            input.length = 0;
            line_count = 0;
            free(line);
            continue;
        }
        if (!line) {
            if (terminal || line_count) putchar('\n');
            if (line_count == 0) break;
            line = strdup("");
        }
        bool blank = line[strspn(line, " \t")] == '\0';
        if (line_count == 0 && blank) {
            free(line);
            continue;
        }
        sb_append_cstr(&input, line);
        sb_append_char(&input, '\n');
        free(line);
        line_count++;
        sb_append_char(&input, '\0');
        input.length--;
        const char *timed = line_count == 1 ? repl_time_statement(input.data) : NULL;
        if (timed) {
            repl_time(timed, globals);
        } else {
            InputState state = classify(input.data, line_count, blank);
            if (state == INPUT_NEEDS_MORE) continue;
            execute(input.data, globals);
        }
        input.length = 0;
        line_count = 0;
        if (error_matches(&type_system_exit)) break;
    }
    sb_free(&input);
    if (error_matches(&type_system_exit)) {
        Value exception = error_fetch();
        Value code = obj_getattr_cstr(exception, "code");
        error_clear();
        if (is_small_int(code)) return (int)code.as.integer;
        return is_null(code) || is_none(code) ? 0 : 1;
    }
    return 0;
}
