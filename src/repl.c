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
 * Line editing and history come from libedit (BSD-licensed readline
 * replacement) when the input is a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* readline.h declares its own `Function` type; keep it out of pyco's way. */
#define Function readline_Function
#include <editline/readline.h>
#undef Function

#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "parse.h"
#include "str.h"
#include "vm.h"

#define PYCO_VERSION "0.1.0"

/* One line from the user without its newline, or NULL at end of input. */
static char *read_line(const char *prompt, bool terminal) {
    if (terminal) {
        char *line = readline(prompt);
        if (line && *line) add_history(line);
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

static void execute(const char *source, Dict *globals) {
    Code *code = compile_source(source, "<stdin>", PARSE_INTERACTIVE);
    if (code) {
        gc_push_root(value_object(code));
        Value result = vm_run_module_code(code, globals);
        gc_pop_roots(1);
        if (!is_null(result)) return;
    }
    fflush(stdout);
    Value exception = error_fetch();
    if (value_is_instance(exception, &type_system_exit)) {
        error_restore(exception);
        return;
    }
    exc_print(exception);
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
        InputState state = classify(input.data, line_count, blank);
        if (state == INPUT_NEEDS_MORE) continue;
        execute(input.data, globals);
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
