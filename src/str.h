/* str.h — Python's str: immutable Unicode text.
 *
 * A Str stores its text as UTF-8 bytes, NUL-terminated so C code can print it,
 * with the length in code points (what len() says) next to the length in
 * bytes. An all-ASCII string (the common case) indexes by byte directly; other
 * strings walk the UTF-8 to find the n-th code point.
 *
 *     +--------+--------+------------+-------+----------+-------------------+
 *     | header | length | byte_length| hash  | is_ascii | data: UTF-8 ... \0|
 *     +--------+--------+------------+-------+----------+-------------------+
 *
 * Identifiers, attribute names and short literals are *interned*: one Str per
 * distinct text (vm.interned), so name lookups compare pointers first.
 */
#ifndef PYCO_STR_H
#define PYCO_STR_H

#include "object.h"

struct Str {
    Object base;
    int64_t length;      /* code points */
    int64_t byte_length; /* bytes of UTF-8, without the trailing NUL */
    int64_t hash;        /* cached hash, -1 until computed */
    bool is_ascii;
    bool is_interned;
    char data[];         /* byte_length bytes + NUL */
};

/* Constructors. [bytes] must be valid UTF-8 (str_new_checked validates and
 * raises UnicodeDecodeError otherwise). */
Str *str_new(const char *bytes, int64_t byte_length);
Str *str_new_checked(const char *bytes, int64_t byte_length);
Str *str_from_cstr(const char *text);
Str *str_from_format(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* One interned Str for [text]; always the same object for the same text. */
Str *str_intern(const char *text);
Str *str_intern_str(Str *s);
Str *str_from_codepoint(uint32_t codepoint);
static inline Value str_value(Str *s) { return s ? value_object(s) : value_null(); }
static inline bool is_str(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_str; }
static inline Str *as_str(Value v) { return (Str *)v.as.object; }
static inline const char *str_cstr(Str *s) { return s->data; }

/* Interned strings are kept in a table private to str.c and live for the
 * whole run; the GC calls this to mark them. */
void str_mark_interned(void);

bool str_equal(Str *a, Str *b);
bool str_equal_cstr(Str *a, const char *text);
int64_t str_hash(Str *s);
Str *str_concat(Str *a, Str *b);
/* The code point at index [i] (0 <= i < length). */
uint32_t str_codepoint_at(Str *s, int64_t i);
/* Byte offset of code point [i] (i may equal length). */
int64_t str_byte_offset(Str *s, int64_t i);
/* repr(s) with CPython's quoting rules ('...' unless it holds ' and no "). */
Str *str_repr(Str *s);

/* UTF-8 helpers. */
int utf8_encode(uint32_t codepoint, char out[4]);  /* returns bytes written */
uint32_t utf8_decode(const char *bytes, int *consumed);
bool utf8_validate(const char *bytes, int64_t length, int64_t *codepoints);

/* A growable byte buffer for building strings in C. */
typedef struct StrBuilder {
    char *data;
    int64_t length;
    int64_t capacity;
} StrBuilder;
void sb_init(StrBuilder *sb);
void sb_append(StrBuilder *sb, const char *bytes, int64_t length);
void sb_append_cstr(StrBuilder *sb, const char *text);
void sb_append_char(StrBuilder *sb, char c);
void sb_append_codepoint(StrBuilder *sb, uint32_t codepoint);
void sb_append_str(StrBuilder *sb, Str *s);
void sb_appendf(StrBuilder *sb, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Make a Str of the contents and free the buffer. */
Str *sb_finish(StrBuilder *sb);
void sb_free(StrBuilder *sb);

/* Helpers shared by str.c, format.c and bytes.c (str_methods.c, except
 * str_other_defines, str_unwrap and str_ascii_repr in str.c). */
/* Map positional and keyword arguments onto [names] (NULL-terminated, or
 * NULL for positional-only); absent ones become VAL_NULL in out[0..max).
 * Raises TypeError with CPython's wording. */
bool str_parse_args(const char *function_name, Value *args, int nargs, Tuple *kwnames,
                    const char *const *names, int min, int max, Value *out);
/* An int (or __index__) argument; TypeError "'str' object cannot be
 * interpreted as an integer". */
bool str_int_argument(Value v, int64_t *out);
/* find()/count()-style start and end (VAL_NULL or None = default) resolved
 * against [length]: negatives count from the end, end is clamped. */
bool str_slice_bounds(Value start_value, Value end_value, int64_t length, int64_t *start, int64_t *end);
bool str_is_space_codepoint(uint32_t codepoint);      /* Python's str.isspace set */
bool str_is_printable_codepoint(uint32_t codepoint);  /* shown as is by repr() */
/* Whether [other]'s user class defines [dunder] (for deferring an operator
 * to its reflected method, as CPython's sequence operators do). */
bool str_other_defines(Value other, const char *dunder);
/* The Str of a str, or a plain copy of an instance of a user subclass of
 * str (same layout, not is_str); NULL for anything else. */
Str *str_unwrap(Value v);
/* ascii(s): repr with every non-ASCII character escaped. */
Str *str_ascii_repr(Str *s);

/* Formatting (format.c): the format-spec mini-language, str.format and %. */
Value str_format_spec(Str *s, Str *spec);                 /* format(s, spec) */
Value str_format_method(Str *format, Value *args, int nargs, Tuple *kwnames); /* format.format(...) */
Value str_percent_format(Str *format, Value args);        /* format % args */
Value str_format_map(Str *format, Value mapping);          /* format.format_map(mapping) */
/* bytes % args (bytes.c): format and result hold one code point per byte. */
Value str_percent_format_bytes(Str *latin1_format, Value args);

#endif
