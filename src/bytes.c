/* bytes.c — Python's bytes: an immutable sequence of small ints 0..255.
 *
 * A Bytes object stores its bytes inline after the header (plus a NUL so C
 * code may treat ASCII contents as a C string). Indexing gives ints, slicing
 * gives bytes, and most methods mirror str's but work on raw bytes with
 * ASCII-only character classes (b'\xe9'.isalpha() is False).
 *
 * Text and bytes meet in two places: str.encode (str.c) makes bytes, and
 * bytes.decode here makes str, validating UTF-8 (errors 'strict', 'replace'
 * or 'ignore') or mapping latin-1/ASCII bytes to code points.
 *
 * Sections: construction and repr · type slots · iterator · methods ·
 * start-up.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "str.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "tuple.h"
#include "types_init.h"

/* ======================================================================
 * Construction and repr
 * ====================================================================== */

static Bytes *bytes_alloc(int64_t length) {
    Bytes *b = (Bytes *)gc_alloc(&type_bytes, sizeof(Bytes) + (size_t)length + 1);
    if (!b)
        return NULL;
    b->length = length;
    b->hash = -1;
    b->data[length] = 0;
    return b;
}

/* A new bytes object holding a copy of [length] bytes at [data] (which may
 * be NULL for zeros). Raises MemoryError. */
Bytes *bytes_new(const void *data, int64_t length) {
    Bytes *b = bytes_alloc(length);
    if (b && data && length)
        memcpy(b->data, data, (size_t)length);
    return b;
}

/* b'...' with CPython's quote choice and \t \n \r \xNN escapes. */
Value bytes_repr(Bytes *b) {
    bool has_single = memchr(b->data, '\'', (size_t)b->length) != NULL;
    bool has_double = memchr(b->data, '"', (size_t)b->length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, 'b');
    sb_append_char(&sb, quote);
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        if (c == '\\' || c == (unsigned char)quote) {
            sb_append_char(&sb, '\\');
            sb_append_char(&sb, (char)c);
        } else if (c == '\n')
            sb_append(&sb, "\\n", 2);
        else if (c == '\r')
            sb_append(&sb, "\\r", 2);
        else if (c == '\t')
            sb_append(&sb, "\\t", 2);
        else if (c < 0x20 || c >= 0x7F)
            sb_appendf(&sb, "\\x%02x", c);
        else
            sb_append_char(&sb, (char)c);
    }
    sb_append_char(&sb, quote);
    return str_value(sb_finish(&sb));
}

static Bytes *as_bytes(Value v) {
    return (Bytes *)v.as.object;
}

/* str_parse_args with bytes' name in the "takes no keyword arguments"
 * message (str_parse_args would say "str."). */
static bool bytes_parse_args(const char *function_name, Value *args, int nargs, Tuple *kwnames,
                             const char *const *names, int min, int max, Value *out) {
    if (!names && kwnames && kwnames->length > 0) {
        const char *dot = strchr(function_name, '.');
        const char *name = dot ? dot + 1 : function_name; /* "bytes.join" or "find()" */
        size_t length = strlen(name);
        if (length > 2 && strcmp(name + length - 2, "()") == 0)
            length -= 2;
        raise_error(&type_type_error, "bytes.%.*s() takes no keyword arguments", (int)length, name);
        return false;
    }
    return str_parse_args(function_name, args, nargs, kwnames, names, min, max, out);
}

/* bytes or an instance of a user subclass of bytes (same layout). */
static bool bytes_like(Value v) {
    if (is_bytes(v))
        return true;
    if (v.tag != VAL_OBJ)
        return false;
    Type *type = v.as.object->type;
    return (type->flags & TYPE_HEAPTYPE) && type_is_subtype(type, &type_bytes);
}

/* A byte value from an int argument: ValueError outside 0..255. */
static bool bytes_byte_value(Value v, int *out, const char *range_message) {
    int64_t n;
    if (!str_int_argument(v, &n))
        return false;
    if (n < 0 || n > 255) {
        raise_error(&type_value_error, "%s", range_message);
        return false;
    }
    *out = (int)n;
    return true;
}

/* bytes(iterable of ints) */
static Value bytes_from_iterable(Value iterable) {
    List *list = list_from_iterable(iterable);
    if (!list)
        return value_null();
    Bytes *b = bytes_alloc(list->length);
    if (!b)
        return value_null();
    for (int64_t i = 0; i < list->length; i++) {
        int byte;
        if (!bytes_byte_value(list->items[i], &byte, "bytes must be in range(0, 256)"))
            return value_null();
        b->data[i] = (unsigned char)byte;
    }
    return value_object(b);
}

/* bytes(), bytes(n), bytes(iterable), bytes(str, encoding[, errors]) */
static Value bytes_construct(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value parsed[3];
    if (!bytes_parse_args("bytes", args, nargs, kwnames, names, 0, 3, parsed))
        return value_null();
    Value source = parsed[0];
    for (int i = 1; i < 3; i++)
        if (!is_null(parsed[i]) && !is_str(parsed[i]))
            return raise_error(&type_type_error, "bytes() argument '%s' must be str, not %s",
                               names[i], value_type_name(parsed[i]));
    if (is_null(source))
        return value_object(bytes_alloc(0));
    if (is_str(source)) {
        if (is_null(parsed[1]))
            return raise_error(&type_type_error, "string argument without an encoding");
        Value encode_args[2] = {parsed[1],
                                is_null(parsed[2]) ? str_value(str_intern("strict")) : parsed[2]};
        return obj_call_method(source, "encode", encode_args, 2);
    }
    if (!is_null(parsed[1]))
        return raise_error(&type_type_error, "encoding without a string argument");
    if (is_bytes(source))
        return source;
    if (is_int_like(source)) {
        int64_t count;
        if (!int_as_int64(source, &count))
            return value_null();
        if (count < 0)
            return raise_error(&type_value_error, "negative count");
        return value_object(bytes_new(NULL, count));
    }
    Value method = type_lookup_cstr(value_type(source), "__bytes__");
    if (!is_null(method)) {
        Value result = obj_call_method(source, "__bytes__", NULL, 0);
        if (!is_null(result) && !is_bytes(result))
            return raise_error(&type_type_error, "__bytes__ returned non-bytes (type %s)",
                               value_type_name(result));
        return result;
    }
    if (is_float(source))
        return raise_error(&type_type_error, "cannot convert 'float' object to bytes");
    return bytes_from_iterable(source);
}

/* bytes(...) and MyBytes(...): instances of a user subclass keep the Bytes
 * layout (data inline) with class.c's dict slot in the last word; methods
 * read them as plain bytes. */
static Value bytes_slot_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Value made = bytes_construct(args, nargs, kwnames);
    if (is_null(made) || cls == &type_bytes)
        return made;
    Bytes *plain = as_bytes(made);
    size_t body =
        (sizeof(Bytes) + (size_t)plain->length + 1 + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    size_t size = body + sizeof(void *);
    if (size < cls->instance_size)
        size = cls->instance_size;
    Bytes *b = (Bytes *)gc_alloc(cls, size);
    if (!b)
        return value_null();
    b->length = plain->length;
    b->hash = -1;
    memcpy(b->data, plain->data, (size_t)plain->length + 1);
    return value_object(b);
}

/* ======================================================================
 * Type slots
 * ====================================================================== */

static Value bytes_slot_repr(Value self) {
    return bytes_repr(as_bytes(self));
}

static bool bytes_slot_hash(Value self, int64_t *out) {
    Bytes *b = as_bytes(self);
    if (b->hash == -1) {
        /* the same FNV-1a as str, so hash(b'a') == hash('a') as in CPython */
        uint64_t h = 14695981039346656037ULL;
        for (int64_t i = 0; i < b->length; i++) {
            h ^= b->data[i];
            h *= 1099511628211ULL;
        }
        int64_t result = (int64_t)(h >> 1);
        b->hash = result == -1 ? -2 : result;
    }
    *out = b->hash;
    return true;
}

static int bytes_compare_raw(Bytes *a, Bytes *b) {
    int64_t n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c;
    return a->length < b->length ? -1 : a->length > b->length;
}

static Value bytes_slot_compare(Value a, Value b, CompareOp op) {
    if (!bytes_like(a) || !bytes_like(b))
        return value_not_implemented();
    int c = bytes_compare_raw(as_bytes(a), as_bytes(b));
    switch (op) {
    case COMPARE_LT:
        return value_bool(c < 0);
    case COMPARE_LE:
        return value_bool(c <= 0);
    case COMPARE_EQ:
        return value_bool(c == 0);
    case COMPARE_NE:
        return value_bool(c != 0);
    case COMPARE_GT:
        return value_bool(c > 0);
    default:
        return value_bool(c >= 0);
    }
}

static int64_t bytes_slot_length(Value self) {
    return as_bytes(self)->length;
}

static Value bytes_concat(Bytes *a, Bytes *b) {
    Bytes *result = bytes_alloc(a->length + b->length);
    if (!result)
        return value_null();
    memcpy(result->data, a->data, (size_t)a->length);
    memcpy(result->data + a->length, b->data, (size_t)b->length);
    return value_object(result);
}

static Value bytes_repeat(Bytes *b, Value count_value) {
    int64_t count;
    if (!int_as_int64(count_value, &count))
        return value_null();
    if (count < 0)
        count = 0;
    if (b->length && count > INT64_MAX / b->length)
        return raise_error(&type_overflow_error, "repeated bytes are too long");
    Bytes *result = bytes_alloc(b->length * count);
    if (!result)
        return value_null();
    for (int64_t i = 0; i < count; i++)
        memcpy(result->data + i * b->length, b->data, (size_t)b->length);
    return value_object(result);
}

/* Bytes as a latin-1 Str (one code point per byte) and back: lets bytes
 * reuse str's % formatting. */
static Str *bytes_to_latin1(Bytes *b) {
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < b->length; i++)
        sb_append_codepoint(&sb, b->data[i]);
    return sb_finish(&sb);
}

static Value bytes_from_latin1(Str *s) {
    Bytes *b = bytes_alloc(s->length);
    if (!b)
        return value_null();
    for (int64_t i = 0, offset = 0; i < s->length; i++) {
        int used;
        uint32_t cp = utf8_decode(s->data + offset, &used);
        offset += used;
        b->data[i] = (unsigned char)(cp & 0xFF);
    }
    return value_object(b);
}

/* b'...' % args: formatted by format.c in bytes mode over latin-1 text. */
static Value bytes_percent_format(Bytes *format, Value args) {
    Str *text_format = bytes_to_latin1(format);
    if (!text_format)
        return value_null();
    gc_push_root(str_value(text_format)); /* %r of a user object may collect */
    Value text = str_percent_format_bytes(text_format, args);
    gc_pop_roots(1);
    if (is_null(text))
        return text;
    return bytes_from_latin1(as_str(text));
}

static Value bytes_slot_binary(BinaryOp op, Value left, Value right) {
    if (op >= BINARY_INPLACE_ADD)
        op -= BINARY_INPLACE_OFFSET;
    switch (op) {
    case BINARY_ADD:
        if (!bytes_like(left))
            return value_not_implemented();
        if (bytes_like(right))
            return bytes_concat(as_bytes(left), as_bytes(right));
        if (str_other_defines(right, "__radd__"))
            return value_not_implemented();
        return raise_error(&type_type_error, "can't concat %s to bytes", value_type_name(right));
    case BINARY_MULTIPLY: {
        Value b = bytes_like(left) ? left : right, other = bytes_like(left) ? right : left;
        if (is_int_like(other))
            return bytes_repeat(as_bytes(b), other);
        if (str_other_defines(other, bytes_like(left) ? "__rmul__" : "__mul__"))
            return value_not_implemented();
        if (str_other_defines(other, "__index__")) {
            int64_t count;
            if (!str_int_argument(other, &count))
                return value_null();
            return bytes_repeat(as_bytes(b), value_int(count));
        }
        return raise_error(&type_type_error, "can't multiply sequence by non-int of type '%s'",
                           value_type_name(other));
    }
    case BINARY_MODULO:
        if (!bytes_like(left))
            return value_not_implemented();
        if (str_other_defines(right, "__rmod__"))
            return value_not_implemented();
        return bytes_percent_format(as_bytes(left), right);
    default:
        return value_not_implemented();
    }
}

static Value bytes_slot_getitem(Value self, Value key) {
    Bytes *b = as_bytes(self);
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices((Slice *)key.as.object, b->length, &start, &stop, &step, &count))
            return value_null();
        if (count <= 0)
            return value_object(bytes_alloc(0));
        Bytes *result = bytes_alloc(count);
        if (!result)
            return value_null();
        for (int64_t k = 0, i = start; k < count; k++, i += step)
            result->data[k] = b->data[i];
        return value_object(result);
    }
    if (!is_int_like(key))
        return raise_error(&type_type_error, "byte indices must be integers or slices, not %s",
                           value_type_name(key));
    int64_t index;
    if (!int_as_int64(key, &index)) {
        error_clear();
        return raise_error(&type_index_error, "cannot fit 'int' into an index-sized integer");
    }
    if (index < 0)
        index += b->length;
    if (index < 0 || index >= b->length)
        return raise_error(&type_index_error, "index out of range");
    return value_int(b->data[index]);
}

/* Pointer and length of a bytes argument; TypeError otherwise. */
static bool bytes_buffer(Value v, const unsigned char **data, int64_t *length) {
    if (!bytes_like(v)) {
        raise_error(&type_type_error, "a bytes-like object is required, not '%s'",
                    value_type_name(v));
        return false;
    }
    *data = as_bytes(v)->data;
    *length = as_bytes(v)->length;
    return true;
}

static int bytes_slot_contains(Value self, Value item) {
    Bytes *b = as_bytes(self);
    if (is_int_like(item)) {
        int byte;
        if (!bytes_byte_value(item, &byte, "byte must be in range(0, 256)"))
            return -1;
        return memchr(b->data, byte, (size_t)b->length) != NULL;
    }
    const unsigned char *needle;
    int64_t length;
    if (!bytes_buffer(item, &needle, &length))
        return -1;
    if (length == 0)
        return 1;
    return memmem(b->data, (size_t)b->length, needle, (size_t)length) != NULL;
}

/* ======================================================================
 * Iterator
 * ====================================================================== */

typedef struct BytesIterator {
    Object base;
    Bytes *bytes;
    int64_t index;
} BytesIterator;

static void bytes_iterator_mark(Object *self) {
    gc_mark_object(&((BytesIterator *)self)->bytes->base);
}
static Value bytes_iterator_iter(Value self) {
    return self;
}

static Value bytes_iterator_next(Value self) {
    BytesIterator *it = (BytesIterator *)self.as.object;
    if (it->index >= it->bytes->length)
        return value_null();
    return value_int(it->bytes->data[it->index++]);
}

static Type type_bytes_iterator = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "bytes_iterator",
    .base_type = &type_object,
    .instance_size = sizeof(BytesIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .iter = bytes_iterator_iter,
    .next = bytes_iterator_next,
    .gc_mark = bytes_iterator_mark,
};

static Value bytes_slot_iter(Value self) {
    BytesIterator *it = (BytesIterator *)gc_alloc(&type_bytes_iterator, sizeof(BytesIterator));
    if (!it)
        return value_null();
    it->bytes = as_bytes(self);
    return value_object(it);
}

/* ======================================================================
 * Methods
 * ====================================================================== */

#define SELF as_bytes(args[0])

/* Length of the longest valid start of a UTF-8 sequence at [p] (1..3), used
 * to decide how many bytes one U+FFFD replaces, as CPython does. */
static int bytes_invalid_prefix(const unsigned char *p, int64_t available) {
    unsigned char c = p[0];
    int need = c >= 0xF0 && c <= 0xF4   ? 4
               : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xC2 && c <= 0xDF ? 2
                                        : 0;
    if (need == 0)
        return 1;
    int k = 1;
    while (k < need && k < available && (p[k] & 0xC0) == 0x80) {
        if (k == 1) {
            if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
                (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
                break;
        }
        k++;
    }
    return k;
}

static Value bytes_decode_utf8(Bytes *b, const char *errors) {
    int64_t codepoints;
    if (utf8_validate((const char *)b->data, b->length, &codepoints))
        return str_value(str_new((const char *)b->data, b->length));
    bool replace = !strcmp(errors, "replace"), ignore = !strcmp(errors, "ignore");
    if (!replace && !ignore)
        return str_value(str_new_checked((const char *)b->data, b->length));
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < b->length;) {
        unsigned char c = b->data[i];
        int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        int64_t dummy;
        if (i + n <= b->length && utf8_validate((const char *)b->data + i, n, &dummy)) {
            sb_append(&sb, (const char *)b->data + i, n);
            i += n;
            continue;
        }
        if (replace)
            sb_append_codepoint(&sb, 0xFFFD);
        i += bytes_invalid_prefix(b->data + i, b->length - i);
    }
    return str_value(sb_finish(&sb));
}

static Value bytes_method_decode(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value parsed[2];
    if (!bytes_parse_args("decode", args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    for (int i = 0; i < 2; i++)
        if (!is_null(parsed[i]) && !is_str(parsed[i]))
            return raise_error(&type_type_error, "decode() argument '%s' must be str, not %s",
                               names[i], value_type_name(parsed[i]));
    const char *errors = is_null(parsed[1]) ? "strict" : as_str(parsed[1])->data;
    char name[32] = "utf-8";
    if (!is_null(parsed[0])) {
        Str *encoding = as_str(parsed[0]);
        int64_t n = encoding->byte_length < 31 ? encoding->byte_length : 31;
        for (int64_t i = 0; i < n; i++) {
            char c = encoding->data[i];
            name[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        name[n] = '\0';
    }
    Bytes *b = SELF;
    if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") || !strcmp(name, "u8"))
        return bytes_decode_utf8(b, errors);
    bool ascii = !strcmp(name, "ascii") || !strcmp(name, "us-ascii");
    bool latin1 = !strcmp(name, "latin-1") || !strcmp(name, "latin1") ||
                  !strcmp(name, "iso-8859-1") || !strcmp(name, "iso8859-1") || !strcmp(name, "l1");
    if (!ascii && !latin1)
        return raise_error(&type_lookup_error, "unknown encoding: %s", as_str(parsed[0])->data);
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        if (c < 0x80 || latin1)
            sb_append_codepoint(&sb, c);
        else if (!strcmp(errors, "replace"))
            sb_append_codepoint(&sb, 0xFFFD);
        else if (strcmp(errors, "ignore") != 0) {
            sb_free(&sb);
            return raise_error(&type_unicode_decode_error,
                               "'ascii' codec can't decode byte 0x%02x in position %lld: ordinal "
                               "not in range(128)",
                               c, (long long)i);
        }
    }
    return str_value(sb_finish(&sb));
}

static Value bytes_method_hex(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value parsed[2];
    if (!bytes_parse_args("hex", args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    Bytes *b = SELF;
    Str *sep = NULL;
    if (!is_null(parsed[0])) {
        if (!is_str(parsed[0]) || as_str(parsed[0])->length != 1)
            return raise_error(&type_value_error, "sep must be length 1.");
        sep = as_str(parsed[0]);
    }
    int64_t group = 1;
    if (!is_null(parsed[1]) && !str_int_argument(parsed[1], &group))
        return value_null();
    StrBuilder sb;
    sb_init(&sb);
    int64_t span = group < 0 ? -group : group;
    for (int64_t i = 0; i < b->length; i++) {
        /* a positive group counts from the right, a negative from the left */
        bool boundary =
            sep && span > 0 && i > 0 && (group > 0 ? (b->length - i) % span == 0 : i % span == 0);
        if (boundary)
            sb_append_str(&sb, sep);
        sb_appendf(&sb, "%02x", b->data[i]);
    }
    return str_value(sb_finish(&sb));
}

static int bytes_hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(string): pairs of hex digits, whitespace between pairs. */
static Value bytes_method_fromhex(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!bytes_parse_args("bytes.fromhex", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    if (!is_str(parsed[0]))
        return raise_error(&type_type_error, "fromhex() argument must be str, not %s",
                           value_type_name(parsed[0]));
    Str *s = as_str(parsed[0]);
    unsigned char *out = malloc((size_t)s->byte_length / 2 + 1);
    if (!out)
        return raise_memory_error();
    int64_t length = 0;
    for (int64_t i = 0; i < s->byte_length;) {
        if (str_is_space_codepoint((unsigned char)s->data[i])) {
            i++;
            continue;
        }
        int high = bytes_hex_digit(s->data[i]);
        int low = i + 1 < s->byte_length ? bytes_hex_digit(s->data[i + 1]) : -1;
        if (high < 0 || low < 0) {
            free(out);
            return raise_error(&type_value_error,
                               "non-hexadecimal number found in fromhex() arg at position %lld",
                               (long long)(high < 0 ? i : i + 1));
        }
        out[length++] = (unsigned char)(high * 16 + low);
        i += 2;
    }
    Bytes *b = bytes_new(out, length);
    free(out);
    return value_object(b);
}

static bool bytes_is_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

static bool bytes_list_add(List *list, const unsigned char *data, int64_t length) {
    Bytes *piece = bytes_new(data, length);
    return piece && list_append(list, value_object(piece));
}

static Value bytes_method_split(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value parsed[2];
    if (!bytes_parse_args("split", args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    int64_t maxsplit = -1;
    if (!is_null(parsed[1]) && !str_int_argument(parsed[1], &maxsplit))
        return value_null();
    Bytes *b = SELF;
    List *list = list_new(0);
    if (!list)
        return value_null();
    const unsigned char *data = b->data;
    int64_t i = 0, n = b->length;
    if (is_null(parsed[0]) || is_none(parsed[0])) {
        for (;;) {
            while (i < n && bytes_is_space(data[i]))
                i++;
            if (i >= n)
                break;
            if (maxsplit == 0) {
                if (!bytes_list_add(list, data + i, n - i))
                    return value_null();
                break;
            }
            int64_t start = i;
            while (i < n && !bytes_is_space(data[i]))
                i++;
            if (!bytes_list_add(list, data + start, i - start))
                return value_null();
            if (maxsplit > 0)
                maxsplit--;
        }
        return value_object(list);
    }
    const unsigned char *sep;
    int64_t sep_length;
    if (!bytes_buffer(parsed[0], &sep, &sep_length))
        return value_null();
    if (sep_length == 0)
        return raise_error(&type_value_error, "empty separator");
    while (maxsplit != 0) {
        const unsigned char *hit = memmem(data + i, (size_t)(n - i), sep, (size_t)sep_length);
        if (!hit)
            break;
        if (!bytes_list_add(list, data + i, hit - (data + i)))
            return value_null();
        i = hit - data + sep_length;
        if (maxsplit > 0)
            maxsplit--;
    }
    if (!bytes_list_add(list, data + i, n - i))
        return value_null();
    return value_object(list);
}

static Value bytes_method_join(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!bytes_parse_args("bytes.join", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    List *list = list_from_iterable(parsed[0]);
    if (!list)
        return value_null();
    Bytes *sep = SELF;
    int64_t total = 0;
    for (int64_t i = 0; i < list->length; i++) {
        if (!bytes_like(list->items[i]))
            return raise_error(&type_type_error,
                               "sequence item %lld: expected a bytes-like object, %s found",
                               (long long)i, value_type_name(list->items[i]));
        total += as_bytes(list->items[i])->length + (i ? sep->length : 0);
    }
    Bytes *result = bytes_alloc(total);
    if (!result)
        return value_null();
    unsigned char *out = result->data;
    for (int64_t i = 0; i < list->length; i++) {
        if (i) {
            memcpy(out, sep->data, (size_t)sep->length);
            out += sep->length;
        }
        Bytes *item = as_bytes(list->items[i]);
        memcpy(out, item->data, (size_t)item->length);
        out += item->length;
    }
    return value_object(result);
}

static Value bytes_strip_common(const char *name, Value *args, int nargs, Tuple *kwnames, bool left,
                                bool right) {
    Value parsed[1];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 1, parsed))
        return value_null();
    const unsigned char *chars = NULL;
    int64_t chars_length = 0;
    if (!is_null(parsed[0]) && !is_none(parsed[0]) &&
        !bytes_buffer(parsed[0], &chars, &chars_length))
        return value_null();
    Bytes *b = SELF;
    int64_t start = 0, end = b->length;
#define BYTES_STRIPPABLE(c)                                                                        \
    (chars ? memchr(chars, (c), (size_t)chars_length) != NULL : bytes_is_space(c))
    while (left && start < end && BYTES_STRIPPABLE(b->data[start]))
        start++;
    while (right && end > start && BYTES_STRIPPABLE(b->data[end - 1]))
        end--;
#undef BYTES_STRIPPABLE
    return value_object(bytes_new(b->data + start, end - start));
}

static Value bytes_method_strip(Value *args, int nargs, Tuple *kwnames) {
    return bytes_strip_common("strip", args, nargs, kwnames, true, true);
}
static Value bytes_method_lstrip(Value *args, int nargs, Tuple *kwnames) {
    return bytes_strip_common("lstrip", args, nargs, kwnames, true, false);
}
static Value bytes_method_rstrip(Value *args, int nargs, Tuple *kwnames) {
    return bytes_strip_common("rstrip", args, nargs, kwnames, false, true);
}

/* The needle of find/count/index: bytes or a single int. */
static bool bytes_needle(Value v, const unsigned char **data, int64_t *length,
                         unsigned char *single) {
    if (is_int_like(v)) {
        int byte;
        if (!bytes_byte_value(v, &byte, "byte must be in range(0, 256)"))
            return false;
        *single = (unsigned char)byte;
        *data = single;
        *length = 1;
        return true;
    }
    if (!is_bytes(v)) {
        raise_error(&type_type_error, "argument should be integer or bytes-like object, not '%s'",
                    value_type_name(v));
        return false;
    }
    return bytes_buffer(v, data, length);
}

typedef enum BytesSearch {
    SEARCH_FIND,
    SEARCH_RFIND,
    SEARCH_INDEX,
    SEARCH_RINDEX,
    SEARCH_COUNT
} BytesSearch;

static Value bytes_search(const char *name, Value *args, int nargs, Tuple *kwnames,
                          BytesSearch kind) {
    Value parsed[3];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 3, parsed))
        return value_null();
    const unsigned char *needle;
    int64_t length, start, end;
    unsigned char single;
    if (!bytes_needle(parsed[0], &needle, &length, &single))
        return value_null();
    Bytes *b = SELF;
    if (!str_slice_bounds(parsed[1], parsed[2], b->length, &start, &end))
        return value_null();
    bool empty_range = start > b->length || end - start < length;
    if (kind == SEARCH_COUNT) {
        if (empty_range)
            return value_int(0);
        if (length == 0)
            return value_int(end - start + 1);
        int64_t count = 0;
        for (int64_t i = start; i + length <= end;) {
            if (memcmp(b->data + i, needle, (size_t)length) == 0) {
                count++;
                i += length;
            } else {
                i++;
            }
        }
        return value_int(count);
    }
    int64_t found = -1;
    if (!empty_range) {
        bool from_right = kind == SEARCH_RFIND || kind == SEARCH_RINDEX;
        for (int64_t k = 0; k <= end - start - length; k++) {
            int64_t i = from_right ? end - length - k : start + k;
            if (memcmp(b->data + i, needle, (size_t)length) == 0) {
                found = i;
                break;
            }
        }
    }
    if (found < 0 && (kind == SEARCH_INDEX || kind == SEARCH_RINDEX))
        return raise_error(&type_value_error, "subsection not found");
    return value_int(found);
}

static Value bytes_method_find(Value *args, int nargs, Tuple *kwnames) {
    return bytes_search("find()", args, nargs, kwnames, SEARCH_FIND);
}
static Value bytes_method_rfind(Value *args, int nargs, Tuple *kwnames) {
    return bytes_search("rfind()", args, nargs, kwnames, SEARCH_RFIND);
}
static Value bytes_method_index(Value *args, int nargs, Tuple *kwnames) {
    return bytes_search("index()", args, nargs, kwnames, SEARCH_INDEX);
}
static Value bytes_method_rindex(Value *args, int nargs, Tuple *kwnames) {
    return bytes_search("rindex()", args, nargs, kwnames, SEARCH_RINDEX);
}
static Value bytes_method_count(Value *args, int nargs, Tuple *kwnames) {
    return bytes_search("count()", args, nargs, kwnames, SEARCH_COUNT);
}

static Value bytes_affix(const char *name, Value *args, int nargs, Tuple *kwnames, bool suffix) {
    Value parsed[3];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 3, parsed))
        return value_null();
    Bytes *b = SELF;
    int64_t start, end;
    if (!str_slice_bounds(parsed[1], parsed[2], b->length, &start, &end))
        return value_null();
    Value *candidates = &parsed[0];
    int64_t count = 1;
    if (is_tuple(parsed[0])) {
        candidates = as_tuple(parsed[0])->items;
        count = as_tuple(parsed[0])->length;
    }
    for (int64_t i = 0; i < count; i++) {
        if (!is_bytes(candidates[i]))
            return raise_error(&type_type_error,
                               "%s first arg must be bytes or a tuple of bytes, not %s",
                               suffix ? "endswith" : "startswith", value_type_name(candidates[i]));
        Bytes *affix = as_bytes(candidates[i]);
        if (start > b->length || end - start < affix->length)
            continue;
        int64_t from = suffix ? end - affix->length : start;
        if (memcmp(b->data + from, affix->data, (size_t)affix->length) == 0)
            return value_bool(true);
    }
    return value_bool(false);
}

static Value bytes_method_startswith(Value *args, int nargs, Tuple *kwnames) {
    return bytes_affix("startswith()", args, nargs, kwnames, false);
}
static Value bytes_method_endswith(Value *args, int nargs, Tuple *kwnames) {
    return bytes_affix("endswith()", args, nargs, kwnames, true);
}

static Value bytes_method_replace(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[3];
    if (!bytes_parse_args("replace", args + 1, nargs - 1, kwnames, NULL, 2, 3, parsed))
        return value_null();
    const unsigned char *old, *new;
    int64_t old_length, new_length, count = -1;
    if (!bytes_buffer(parsed[0], &old, &old_length) || !bytes_buffer(parsed[1], &new, &new_length))
        return value_null();
    if (!is_null(parsed[2]) && !str_int_argument(parsed[2], &count))
        return value_null();
    Bytes *b = SELF;
    StrBuilder sb; /* a byte buffer: contents need not be UTF-8 here */
    sb_init(&sb);
    int64_t i = 0;
    if (old_length == 0) {
        for (; i < b->length && count != 0; i++, count--) {
            sb_append(&sb, (const char *)new, new_length);
            sb_append_char(&sb, (char)b->data[i]);
        }
        if (count != 0)
            sb_append(&sb, (const char *)new, new_length);
    } else {
        while (count != 0) {
            const unsigned char *hit =
                memmem(b->data + i, (size_t)(b->length - i), old, (size_t)old_length);
            if (!hit)
                break;
            sb_append(&sb, (const char *)b->data + i, hit - (b->data + i));
            sb_append(&sb, (const char *)new, new_length);
            i = hit - b->data + old_length;
            if (count > 0)
                count--;
        }
    }
    sb_append(&sb, (const char *)b->data + i, b->length - i);
    Bytes *result = bytes_new(sb.data, sb.length);
    sb_free(&sb);
    return value_object(result);
}

static Value bytes_map_case(Value *args, int nargs, Tuple *kwnames, const char *name, int mode) {
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Bytes *b = SELF, *result = bytes_new(b->data, b->length);
    if (!result)
        return value_null();
    for (int64_t i = 0; i < result->length; i++) {
        unsigned char c = result->data[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        if ((mode == 0 || mode == 2) && lower)
            result->data[i] = (unsigned char)(c - 32);
        else if ((mode == 1 || mode == 2) && upper)
            result->data[i] = (unsigned char)(c + 32);
    }
    return value_object(result);
}

static Value bytes_method_upper(Value *args, int nargs, Tuple *kwnames) {
    return bytes_map_case(args, nargs, kwnames, "bytes.upper", 0);
}
static Value bytes_method_lower(Value *args, int nargs, Tuple *kwnames) {
    return bytes_map_case(args, nargs, kwnames, "bytes.lower", 1);
}
static Value bytes_method_swapcase(Value *args, int nargs, Tuple *kwnames) {
    return bytes_map_case(args, nargs, kwnames, "bytes.swapcase", 2);
}

static bool bytes_class_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool bytes_class_alpha(unsigned char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static bool bytes_class_alnum(unsigned char c) {
    return bytes_class_digit(c) || bytes_class_alpha(c);
}
static bool bytes_class_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool bytes_class_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}

static Value bytes_all(Value *args, int nargs, Tuple *kwnames, const char *name,
                       bool (*test)(unsigned char)) {
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Bytes *b = SELF;
    if (b->length == 0)
        return value_bool(false);
    for (int64_t i = 0; i < b->length; i++)
        if (!test(b->data[i]))
            return value_bool(false);
    return value_bool(true);
}

static Value bytes_method_isdigit(Value *args, int nargs, Tuple *kwnames) {
    return bytes_all(args, nargs, kwnames, "bytes.isdigit", bytes_class_digit);
}
static Value bytes_method_isalpha(Value *args, int nargs, Tuple *kwnames) {
    return bytes_all(args, nargs, kwnames, "bytes.isalpha", bytes_class_alpha);
}
static Value bytes_method_isalnum(Value *args, int nargs, Tuple *kwnames) {
    return bytes_all(args, nargs, kwnames, "bytes.isalnum", bytes_class_alnum);
}
static Value bytes_method_isspace(Value *args, int nargs, Tuple *kwnames) {
    return bytes_all(args, nargs, kwnames, "bytes.isspace", bytes_is_space);
}

/* isupper/islower: some letter of that case and none of the other. */
static Value bytes_case_test(Value *args, int nargs, Tuple *kwnames, const char *name, bool upper) {
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Bytes *b = SELF;
    bool seen = false;
    for (int64_t i = 0; i < b->length; i++) {
        if (upper ? bytes_class_lower(b->data[i]) : bytes_class_upper(b->data[i]))
            return value_bool(false);
        if (upper ? bytes_class_upper(b->data[i]) : bytes_class_lower(b->data[i]))
            seen = true;
    }
    return value_bool(seen);
}

static Value bytes_method_isupper(Value *args, int nargs, Tuple *kwnames) {
    return bytes_case_test(args, nargs, kwnames, "bytes.isupper", true);
}
static Value bytes_method_islower(Value *args, int nargs, Tuple *kwnames) {
    return bytes_case_test(args, nargs, kwnames, "bytes.islower", false);
}

static Value bytes_method_isascii(Value *args, int nargs, Tuple *kwnames) {
    if (!bytes_parse_args("bytes.isascii", args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Bytes *b = SELF;
    for (int64_t i = 0; i < b->length; i++)
        if (b->data[i] >= 0x80)
            return value_bool(false);
    return value_bool(true);
}

static Value bytes_partition_common(const char *name, Value *args, int nargs, Tuple *kwnames,
                                    bool from_right) {
    Value parsed[1];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    const unsigned char *sep;
    int64_t sep_length;
    if (!bytes_buffer(parsed[0], &sep, &sep_length))
        return value_null();
    if (sep_length == 0)
        return raise_error(&type_value_error, "empty separator");
    Bytes *b = SELF;
    int64_t hit = -1;
    for (int64_t k = 0; k <= b->length - sep_length; k++) {
        int64_t i = from_right ? b->length - sep_length - k : k;
        if (memcmp(b->data + i, sep, (size_t)sep_length) == 0) {
            hit = i;
            break;
        }
    }
    Value empty = value_object(bytes_alloc(0));
    if (hit < 0)
        return from_right ? value_object(tuple_pack(3, empty, empty, args[0]))
                          : value_object(tuple_pack(3, args[0], empty, empty));
    Value before = value_object(bytes_new(b->data, hit));
    Value after = value_object(bytes_new(b->data + hit + sep_length, b->length - hit - sep_length));
    return value_object(tuple_pack(3, before, parsed[0], after));
}

static Value bytes_method_partition(Value *args, int nargs, Tuple *kwnames) {
    return bytes_partition_common("bytes.partition", args, nargs, kwnames, false);
}
static Value bytes_method_rpartition(Value *args, int nargs, Tuple *kwnames) {
    return bytes_partition_common("bytes.rpartition", args, nargs, kwnames, true);
}

static Value bytes_method_splitlines(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Value parsed[1];
    if (!bytes_parse_args("splitlines", args + 1, nargs - 1, kwnames, names, 0, 1, parsed))
        return value_null();
    int keepends = 0;
    if (!is_null(parsed[0]) && (keepends = obj_truthy(parsed[0])) < 0)
        return value_null();
    Bytes *b = SELF;
    List *list = list_new(0);
    if (!list)
        return value_null();
    int64_t line = 0;
    for (int64_t i = 0; i < b->length;) {
        int n = b->data[i] == '\r' ? (i + 1 < b->length && b->data[i + 1] == '\n' ? 2 : 1)
                                   : b->data[i] == '\n';
        if (!n) {
            i++;
            continue;
        }
        if (!bytes_list_add(list, b->data + line, i - line + (keepends ? n : 0)))
            return value_null();
        i += n;
        line = i;
    }
    if (line < b->length && !bytes_list_add(list, b->data + line, b->length - line))
        return value_null();
    return value_object(list);
}

static Value bytes_method_rsplit(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value parsed[2];
    if (!bytes_parse_args("rsplit", args + 1, nargs - 1, kwnames, names, 0, 2, parsed))
        return value_null();
    int64_t maxsplit = -1;
    if (!is_null(parsed[1]) && !str_int_argument(parsed[1], &maxsplit))
        return value_null();
    Bytes *b = SELF;
    List *list = list_new(0);
    if (!list)
        return value_null();
    const unsigned char *data = b->data;
    int64_t end = b->length;
    bool whitespace = is_null(parsed[0]) || is_none(parsed[0]);
    const unsigned char *sep = NULL;
    int64_t sep_length = 0;
    if (!whitespace) {
        if (!bytes_buffer(parsed[0], &sep, &sep_length))
            return value_null();
        if (sep_length == 0)
            return raise_error(&type_value_error, "empty separator");
    }
    for (;;) {
        if (whitespace) {
            while (end > 0 && bytes_is_space(data[end - 1]))
                end--;
            if (end <= 0)
                break;
            if (maxsplit == 0) {
                if (!bytes_list_add(list, data, end))
                    return value_null();
                break;
            }
            int64_t start = end;
            while (start > 0 && !bytes_is_space(data[start - 1]))
                start--;
            if (!bytes_list_add(list, data + start, end - start))
                return value_null();
            end = start;
        } else {
            int64_t hit = -1;
            for (int64_t i = end - sep_length; maxsplit != 0 && i >= 0; i--)
                if (memcmp(data + i, sep, (size_t)sep_length) == 0) {
                    hit = i;
                    break;
                }
            if (hit < 0) {
                if (!bytes_list_add(list, data, end))
                    return value_null();
                break;
            }
            if (!bytes_list_add(list, data + hit + sep_length, end - hit - sep_length))
                return value_null();
            end = hit;
        }
        if (maxsplit > 0)
            maxsplit--;
    }
    for (int64_t i = 0, j = list->length - 1; i < j; i++, j--) {
        Value t = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = t;
    }
    return value_object(list);
}

/* center/ljust/rjust: pad with a one-byte fill. */
static Value bytes_justify(const char *name, Value *args, int nargs, Tuple *kwnames, char align) {
    Value parsed[2];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 2, parsed))
        return value_null();
    int64_t width;
    if (!str_int_argument(parsed[0], &width))
        return value_null();
    unsigned char fill = ' ';
    if (!is_null(parsed[1])) {
        if (!is_bytes(parsed[1]) || as_bytes(parsed[1])->length != 1)
            return raise_error(&type_type_error,
                               "%s() argument 2 must be a byte string of length 1, not %s", name,
                               value_type_name(parsed[1]));
        fill = as_bytes(parsed[1])->data[0];
    }
    Bytes *b = SELF;
    int64_t margin = width - b->length;
    if (margin <= 0)
        return args[0];
    int64_t left = align == '<' ? 0 : align == '>' ? margin : margin / 2 + (margin & width & 1);
    Bytes *result = bytes_alloc(width);
    if (!result)
        return value_null();
    memset(result->data, fill, (size_t)width);
    memcpy(result->data + left, b->data, (size_t)b->length);
    return value_object(result);
}

static Value bytes_method_center(Value *args, int nargs, Tuple *kwnames) {
    return bytes_justify("center", args, nargs, kwnames, '^');
}
static Value bytes_method_ljust(Value *args, int nargs, Tuple *kwnames) {
    return bytes_justify("ljust", args, nargs, kwnames, '<');
}
static Value bytes_method_rjust(Value *args, int nargs, Tuple *kwnames) {
    return bytes_justify("rjust", args, nargs, kwnames, '>');
}

static Value bytes_method_zfill(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[1];
    if (!bytes_parse_args("bytes.zfill", args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    int64_t width;
    if (!str_int_argument(parsed[0], &width))
        return value_null();
    Bytes *b = SELF;
    int64_t margin = width - b->length;
    if (margin <= 0)
        return args[0];
    Bytes *result = bytes_alloc(width);
    if (!result)
        return value_null();
    memset(result->data, '0', (size_t)margin);
    memcpy(result->data + margin, b->data, (size_t)b->length);
    if (b->length && (b->data[0] == '+' || b->data[0] == '-')) {
        result->data[0] = b->data[0];
        result->data[margin] = '0';
    }
    return value_object(result);
}

static Value bytes_remove_affix(const char *name, Value *args, int nargs, Tuple *kwnames,
                                bool suffix) {
    Value parsed[1];
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 1, 1, parsed))
        return value_null();
    const unsigned char *affix;
    int64_t length;
    if (!bytes_buffer(parsed[0], &affix, &length))
        return value_null();
    Bytes *b = SELF;
    if (length == 0 || length > b->length)
        return args[0];
    int64_t at = suffix ? b->length - length : 0;
    if (memcmp(b->data + at, affix, (size_t)length) != 0)
        return args[0];
    return value_object(bytes_new(b->data + (suffix ? 0 : length), b->length - length));
}

static Value bytes_method_removeprefix(Value *args, int nargs, Tuple *kwnames) {
    return bytes_remove_affix("removeprefix", args, nargs, kwnames, false);
}
static Value bytes_method_removesuffix(Value *args, int nargs, Tuple *kwnames) {
    return bytes_remove_affix("removesuffix", args, nargs, kwnames, true);
}

/* capitalize (mode 0) and title (mode 1) on ASCII letters. */
static Value bytes_word_case(const char *name, Value *args, int nargs, Tuple *kwnames, int mode) {
    if (!bytes_parse_args(name, args + 1, nargs - 1, kwnames, NULL, 0, 0, NULL))
        return value_null();
    Bytes *b = SELF, *result = bytes_new(b->data, b->length);
    if (!result)
        return value_null();
    bool previous_cased = false;
    for (int64_t i = 0; i < result->length; i++) {
        unsigned char c = result->data[i];
        bool upper = mode == 0 ? i == 0 : !previous_cased;
        if (upper && bytes_class_lower(c))
            result->data[i] = (unsigned char)(c - 32);
        else if (!upper && bytes_class_upper(c))
            result->data[i] = (unsigned char)(c + 32);
        previous_cased = bytes_class_alpha(c);
    }
    return value_object(result);
}

static Value bytes_method_capitalize(Value *args, int nargs, Tuple *kwnames) {
    return bytes_word_case("bytes.capitalize", args, nargs, kwnames, 0);
}
static Value bytes_method_title(Value *args, int nargs, Tuple *kwnames) {
    return bytes_word_case("bytes.title", args, nargs, kwnames, 1);
}

/* bytes.maketrans(from, to): a 256-byte table mapping each byte of [from]
 * to the byte of [to] at the same position. */
static Value bytes_method_maketrans(Value *args, int nargs, Tuple *kwnames) {
    Value parsed[2];
    if (!bytes_parse_args("maketrans", args, nargs, kwnames, NULL, 2, 2, parsed))
        return value_null();
    const unsigned char *from, *to;
    int64_t from_length, to_length;
    if (!bytes_buffer(parsed[0], &from, &from_length) || !bytes_buffer(parsed[1], &to, &to_length))
        return value_null();
    if (from_length != to_length)
        return raise_error(&type_value_error, "maketrans arguments must have same length");
    Bytes *table = bytes_alloc(256);
    if (!table)
        return value_null();
    for (int i = 0; i < 256; i++)
        table->data[i] = (unsigned char)i;
    for (int64_t i = 0; i < from_length; i++)
        table->data[from[i]] = to[i];
    return value_object(table);
}

/* b.translate(table, delete=b''): map through a 256-byte table (or None),
 * dropping the bytes in [delete]. */
static Value bytes_method_translate(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"table", "delete", NULL};
    Value parsed[2];
    if (!bytes_parse_args("translate", args + 1, nargs - 1, kwnames, names, 1, 2, parsed))
        return value_null();
    const unsigned char *table = NULL, *delete = NULL;
    int64_t table_length = 0, delete_length = 0;
    if (!is_none(parsed[0])) {
        if (!bytes_buffer(parsed[0], &table, &table_length))
            return value_null();
        if (table_length != 256)
            return raise_error(&type_value_error, "translation table must be 256 characters long");
    }
    if (!is_null(parsed[1]) && !bytes_buffer(parsed[1], &delete, &delete_length))
        return value_null();
    Bytes *b = SELF, *result = bytes_alloc(b->length);
    if (!result)
        return value_null();
    int64_t length = 0;
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        if (delete &&memchr(delete, c, (size_t)delete_length))
            continue;
        result->data[length++] = table ? table[c] : c;
    }
    result->length = length;
    result->data[length] = 0;
    return value_object(result);
}

static Value bytes_method_getnewargs(Value *args, int nargs, Tuple *kwnames) {
    return value_object(tuple_pack(1, args[0]));
}

#undef SELF

/* ======================================================================
 * The type and start-up
 * ====================================================================== */

static const MethodDef bytes_methods[] = {
    {"decode", bytes_method_decode, METHOD_INSTANCE, NULL},
    {"hex", bytes_method_hex, METHOD_INSTANCE, NULL},
    {"fromhex", bytes_method_fromhex, METHOD_CLASS, NULL},
    {"split", bytes_method_split, METHOD_INSTANCE, NULL},
    {"splitlines", bytes_method_splitlines, METHOD_INSTANCE, NULL},
    {"join", bytes_method_join, METHOD_INSTANCE, NULL},
    {"strip", bytes_method_strip, METHOD_INSTANCE, NULL},
    {"lstrip", bytes_method_lstrip, METHOD_INSTANCE, NULL},
    {"rstrip", bytes_method_rstrip, METHOD_INSTANCE, NULL},
    {"find", bytes_method_find, METHOD_INSTANCE, NULL},
    {"rfind", bytes_method_rfind, METHOD_INSTANCE, NULL},
    {"index", bytes_method_index, METHOD_INSTANCE, NULL},
    {"rindex", bytes_method_rindex, METHOD_INSTANCE, NULL},
    {"count", bytes_method_count, METHOD_INSTANCE, NULL},
    {"startswith", bytes_method_startswith, METHOD_INSTANCE, NULL},
    {"endswith", bytes_method_endswith, METHOD_INSTANCE, NULL},
    {"replace", bytes_method_replace, METHOD_INSTANCE, NULL},
    {"upper", bytes_method_upper, METHOD_INSTANCE, NULL},
    {"lower", bytes_method_lower, METHOD_INSTANCE, NULL},
    {"swapcase", bytes_method_swapcase, METHOD_INSTANCE, NULL},
    {"isdigit", bytes_method_isdigit, METHOD_INSTANCE, NULL},
    {"isalpha", bytes_method_isalpha, METHOD_INSTANCE, NULL},
    {"isalnum", bytes_method_isalnum, METHOD_INSTANCE, NULL},
    {"isspace", bytes_method_isspace, METHOD_INSTANCE, NULL},
    {"isupper", bytes_method_isupper, METHOD_INSTANCE, NULL},
    {"islower", bytes_method_islower, METHOD_INSTANCE, NULL},
    {"isascii", bytes_method_isascii, METHOD_INSTANCE, NULL},
    {"partition", bytes_method_partition, METHOD_INSTANCE, NULL},
    {"rpartition", bytes_method_rpartition, METHOD_INSTANCE, NULL},
    {"rsplit", bytes_method_rsplit, METHOD_INSTANCE, NULL},
    {"center", bytes_method_center, METHOD_INSTANCE, NULL},
    {"ljust", bytes_method_ljust, METHOD_INSTANCE, NULL},
    {"rjust", bytes_method_rjust, METHOD_INSTANCE, NULL},
    {"zfill", bytes_method_zfill, METHOD_INSTANCE, NULL},
    {"removeprefix", bytes_method_removeprefix, METHOD_INSTANCE, NULL},
    {"removesuffix", bytes_method_removesuffix, METHOD_INSTANCE, NULL},
    {"capitalize", bytes_method_capitalize, METHOD_INSTANCE, NULL},
    {"title", bytes_method_title, METHOD_INSTANCE, NULL},
    {"maketrans", bytes_method_maketrans, METHOD_STATIC, NULL},
    {"translate", bytes_method_translate, METHOD_INSTANCE, NULL},
    {"__getnewargs__", bytes_method_getnewargs, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_bytes = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "bytes",
    .base_type = &type_object,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(Bytes),
    .methods = bytes_methods,
    .new = bytes_slot_new,
    .repr = bytes_slot_repr,
    .hash = bytes_slot_hash,
    .compare = bytes_slot_compare,
    .binary = bytes_slot_binary,
    .length = bytes_slot_length,
    .getitem = bytes_slot_getitem,
    .contains = bytes_slot_contains,
    .iter = bytes_slot_iter,
    .getattr = obj_generic_getattr,
};

/* Ready bytes and its iterator. */
void bytes_types_init(void) {
    type_ready(&type_bytes);
    type_ready(&type_bytes_iterator);
}
