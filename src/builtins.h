/* builtins.h — the builtins module: print, len, range, sorted, isinstance ...
 *
 * builtins_init makes the `builtins` module: every built-in function of
 * SPEC section 3, the built-in type names (int, str, list, object, ...) and
 * the exception classes, then sets vm.builtins to its dict. Name lookups that
 * miss a module's globals end here.
 */
#ifndef PYCO_BUILTINS_H
#define PYCO_BUILTINS_H

#include "object.h"

void builtins_init(void);

/* The file object print() and sys.stdout write to (fileio.c): a text file
 * with write/flush/read/readline/iteration/close and context management. */
extern Type type_text_file;
Value file_open(Value path, const char *mode);
/* open(path, mode, encoding=...): binary modes refuse an encoding. */
Value file_open_with_encoding(Value path, const char *mode, Value encoding);
Value file_from_stream(void *FILE_pointer, const char *name, const char *mode);
/* sys.stdout / sys.stderr as file objects (created on first use). */
Value file_stdout(void);
Value file_stderr(void);
/* Write a str to a file object (calls .write for non-native files). */
bool file_write_str(Value file, Str *text);

/* print(*args, sep=' ', end='\n', file=None, flush=False) callable from C. */
Value builtin_print(Value *args, int nargs, Tuple *kwnames);

/* The C stdio stream behind a writable file object made from a stream
 * (stdout, stderr, an open()ed file), or NULL for other objects, closed and
 * read-only files (print's fast path). */
void *file_native_stream(Value file);
/* Ready type_text_file (builtins_init calls it). */
void fileio_types_init(void);

/* iterators.c: the lazy iterators of the builtins. enumerate, zip, map,
 * filter and reversed are classes (their constructors are the built-in
 * names); callable_iterator is what iter(f, sentinel) returns. */
extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed,
    type_callable_iterator;
void iterators_types_init(void);
/* iter(callable, sentinel): call until the result == sentinel. */
Value iterators_callable_new(Value callable, Value sentinel);

#endif
