/* str.c — Python's str: immutable Unicode text stored as UTF-8.
 *
 * A Str (str.h) holds its text as UTF-8 bytes plus two lengths: code points
 * (what len() reports and what indices count) and bytes. Because UTF-8 is
 * self-synchronising, substring search, comparison (byte order equals code
 * point order) and hashing work directly on the bytes; only indexing needs
 * code points, and for the common all-ASCII string a code point index *is*
 * a byte offset. For other strings a one-entry cache remembers the last
 * (index, offset) pair so that `for i in range(len(s)): s[i]` stays linear.
 *
 * Invariants
 *   - data is valid UTF-8 (lone surrogates from escapes excepted) and
 *     NUL-terminated; is_ascii is true exactly when byte_length == length.
 *   - hash is -1 until first computed, then cached (never -1 afterwards).
 *   - Interned strings live in a private open-addressing table for the whole
 *     run; the collector reaches them through str_mark_interned.
 *   - Only exact strs are is_str. Instances of user subclasses keep the Str
 *     layout (plus class.c's dict word at the end of the allocation) and are
 *     read through str_unwrap; str_parse_args unwraps them as arguments.
 *
 * The methods ("abc".split() ...), their argument helpers and the Unicode
 * character classes are in str_methods.c; str_internal.h declares the few
 * allocation and indexing helpers the two files share.
 *
 * Sections: construction and interning · UTF-8 helpers · StrBuilder ·
 * repr · type slots · iterator · the type and start-up.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "str.h"
#include "str_internal.h"
#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "vm.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "tuple.h"
#include "types_init.h"

/* ======================================================================
 * Construction and interning
 * ====================================================================== */

/* Contract: see str_internal.h. */
Str *str_alloc(int64_t byte_length) {
    Str *s = (Str *)gc_alloc(&type_str, sizeof(Str) + (size_t)byte_length + 1);
    if (!s)
        return NULL;
    s->byte_length = byte_length;
    s->hash = -1;
    s->data[byte_length] = '\0';
    return s;
}

/* Count code points: every byte that is not a UTF-8 continuation byte. */
static int64_t str_count_codepoints(const char *bytes, int64_t length) {
    int64_t count = 0;
    for (int64_t i = 0; i < length; i++)
        if (((unsigned char)bytes[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* Fill in length and is_ascii after the bytes are in place. */
void str_finish_lengths(Str *s) {
    s->length = str_count_codepoints(s->data, s->byte_length);
    s->is_ascii = s->length == s->byte_length;
}

/* A new Str holding a copy of [bytes] (valid UTF-8). Raises MemoryError. */
Str *str_new(const char *bytes, int64_t byte_length) {
    Str *s = str_alloc(byte_length);
    if (!s)
        return NULL;
    if (byte_length)
        memcpy(s->data, bytes, (size_t)byte_length);
    str_finish_lengths(s);
    return s;
}

/* Like str_new but validates; raises UnicodeDecodeError on bad UTF-8. */
Str *str_new_checked(const char *bytes, int64_t byte_length) {
    int64_t codepoints;
    if (utf8_validate(bytes, byte_length, &codepoints))
        return str_new(bytes, byte_length);
    /* find the first bad sequence and describe it as CPython does */
    const unsigned char *p = (const unsigned char *)bytes;
    int64_t i = 0;
    for (;;) {
        int64_t dummy;
        unsigned char c = p[i];
        int need = c < 0x80                 ? 1
                   : c >= 0xC2 && c <= 0xDF ? 2
                   : c >= 0xE0 && c <= 0xEF ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4
                                            : 0;
        if (need == 0 || i + need > byte_length || !utf8_validate(bytes + i, need, &dummy))
            break;
        i += need;
    }
    unsigned char bad = p[i];
    const char *reason = "invalid start byte";
    if (bad >= 0xC2 && bad <= 0xF4) {
        int need = bad <= 0xDF ? 2 : bad <= 0xEF ? 3 : 4, k = 1;
        while (k < need && i + k < byte_length && (p[i + k] & 0xC0) == 0x80) {
            unsigned char second = p[i + 1];
            if (k == 1 && ((bad == 0xE0 && second < 0xA0) || (bad == 0xED && second > 0x9F) ||
                           (bad == 0xF0 && second < 0x90) || (bad == 0xF4 && second > 0x8F)))
                break;
            k++;
        }
        reason = i + k >= byte_length && k < need ? "unexpected end of data"
                                                  : "invalid continuation byte";
        if (k > 1) {
            raise_error(&type_unicode_decode_error,
                        "'utf-8' codec can't decode bytes in position %lld-%lld: %s", (long long)i,
                        (long long)(i + k - 1), reason);
            return NULL;
        }
    }
    raise_error(&type_unicode_decode_error,
                "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", bad, (long long)i,
                reason);
    return NULL;
}

/* A new Str from a NUL-terminated UTF-8 C string. */
Str *str_from_cstr(const char *text) {
    return str_new(text, (int64_t)strlen(text));
}

/* printf into a new Str. */
Str *str_from_format(const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    char *text = NULL;
    int n = vasprintf(&text, format, ap);
    va_end(ap);
    if (n < 0) {
        raise_memory_error();
        return NULL;
    }
    Str *s = str_new(text, n);
    free(text);
    return s;
}

/* The intern table: open addressing, power-of-two capacity, never shrinks. */
static Str **intern_table;
static int64_t intern_capacity, intern_count;

static int64_t str_hash_bytes(const char *bytes, int64_t length) {
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (int64_t i = 0; i < length; i++) {
        h ^= (unsigned char)bytes[i];
        h *= 1099511628211ULL;
    }
    int64_t result = (int64_t)(h >> 1);
    return result == -1 ? -2 : result;
}

static void intern_grow(void) {
    int64_t new_capacity = intern_capacity ? intern_capacity * 2 : 1024;
    Str **table = calloc((size_t)new_capacity, sizeof(Str *));
    if (!table) {
        fprintf(stderr, "pyco: out of memory interning strings\n");
        abort();
    }
    for (int64_t i = 0; i < intern_capacity; i++) {
        Str *s = intern_table[i];
        if (!s)
            continue;
        int64_t slot = str_hash(s) & (new_capacity - 1);
        while (table[slot])
            slot = (slot + 1) & (new_capacity - 1);
        table[slot] = s;
    }
    free(intern_table);
    intern_table = table;
    intern_capacity = new_capacity;
}

/* Find the interned string with these bytes, or the empty slot for it. */
static int64_t intern_find(const char *bytes, int64_t length, int64_t hash) {
    int64_t slot = hash & (intern_capacity - 1);
    for (;;) {
        Str *s = intern_table[slot];
        if (!s)
            return slot;
        if (s->hash == hash && s->byte_length == length &&
            memcmp(s->data, bytes, (size_t)length) == 0)
            return slot;
        slot = (slot + 1) & (intern_capacity - 1);
    }
}

static Str *intern_bytes(const char *bytes, int64_t length, Str *existing) {
    if ((intern_count + 1) * 2 > intern_capacity)
        intern_grow();
    int64_t hash = str_hash_bytes(bytes, length);
    int64_t slot = intern_find(bytes, length, hash);
    if (intern_table[slot])
        return intern_table[slot];
    Str *s = existing ? existing : str_new(bytes, length);
    if (!s)
        return NULL;
    s->hash = hash;
    s->is_interned = true;
    intern_table[slot] = s;
    intern_count++;
    return s;
}

/* The one interned Str for [text]. Raises MemoryError. */
Str *str_intern(const char *text) {
    return intern_bytes(text, (int64_t)strlen(text), NULL);
}

/* The interned Str equal to [s] ([s] itself if none existed yet). */
Str *str_intern_str(Str *s) {
    if (s->is_interned)
        return s;
    return intern_bytes(s->data, s->byte_length, s);
}

/* GC hook: every interned string is a root. */
void str_mark_interned(void) {
    for (int64_t i = 0; i < intern_capacity; i++)
        if (intern_table[i])
            gc_mark_object(&intern_table[i]->base);
}

/* A one-character string; ASCII ones are interned so iteration allocates
 * nothing. */
Str *str_from_codepoint(uint32_t codepoint) {
    static Str *ascii_chars[128]; /* interned, so the GC keeps them */
    char buffer[4];
    int n = utf8_encode(codepoint, buffer);
    if (codepoint >= 128)
        return str_new(buffer, n);
    if (!ascii_chars[codepoint])
        ascii_chars[codepoint] = intern_bytes(buffer, n, NULL);
    return ascii_chars[codepoint];
}

/* Contract: see str_internal.h. */
Str *str_empty(void) {
    return intern_bytes("", 0, NULL);
}

/* Equality of two strings by content. */
bool str_equal(Str *a, Str *b) {
    if (a == b)
        return true;
    if (a->byte_length != b->byte_length)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->byte_length) == 0;
}

/* Whether [a] holds exactly the NUL-terminated UTF-8 [text]. */
bool str_equal_cstr(Str *a, const char *text) {
    size_t n = strlen(text);
    return (size_t)a->byte_length == n && memcmp(a->data, text, n) == 0;
}

/* The cached hash of [s] (FNV-1a over the UTF-8 bytes). */
int64_t str_hash(Str *s) {
    if (s->hash == -1)
        s->hash = str_hash_bytes(s->data, s->byte_length);
    return s->hash;
}

/* a + b as a new string. Raises MemoryError. */
Str *str_concat(Str *a, Str *b) {
    if (a->byte_length == 0)
        return b;
    if (b->byte_length == 0)
        return a;
    Str *s = str_alloc(a->byte_length + b->byte_length);
    if (!s)
        return NULL;
    memcpy(s->data, a->data, (size_t)a->byte_length);
    memcpy(s->data + a->byte_length, b->data, (size_t)b->byte_length);
    s->length = a->length + b->length;
    s->is_ascii = a->is_ascii && b->is_ascii;
    return s;
}

/* ======================================================================
 * UTF-8 helpers and code point indexing
 * ====================================================================== */

/* Encode one code point; returns the number of bytes written (1..4). */
int utf8_encode(uint32_t codepoint, char out[4]) {
    if (codepoint < 0x80) {
        out[0] = (char)codepoint;
        return 1;
    }
    if (codepoint < 0x800) {
        out[0] = (char)(0xC0 | (codepoint >> 6));
        out[1] = (char)(0x80 | (codepoint & 0x3F));
        return 2;
    }
    if (codepoint < 0x10000) {
        out[0] = (char)(0xE0 | (codepoint >> 12));
        out[1] = (char)(0x80 | ((codepoint >> 6) & 0x3F));
        out[2] = (char)(0x80 | (codepoint & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (codepoint >> 18));
    out[1] = (char)(0x80 | ((codepoint >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((codepoint >> 6) & 0x3F));
    out[3] = (char)(0x80 | (codepoint & 0x3F));
    return 4;
}

/* Decode the code point at [bytes] (assumed valid UTF-8). */
uint32_t utf8_decode(const char *bytes, int *consumed) {
    const unsigned char *p = (const unsigned char *)bytes;
    if (p[0] < 0x80) {
        *consumed = 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *consumed = 2;
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        *consumed = 3;
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *consumed = 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Strict validation (no overlong forms, no surrogates, <= U+10FFFF). On
 * success stores the number of code points. */
bool utf8_validate(const char *bytes, int64_t length, int64_t *codepoints) {
    const unsigned char *p = (const unsigned char *)bytes;
    int64_t count = 0;
    for (int64_t i = 0; i < length; count++) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 3, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 4, min = 0x10000;
        else
            return false;
        if (i + n > length)
            return false;
        for (int k = 1; k < n; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        int used;
        uint32_t cp = utf8_decode(bytes + i, &used);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    *codepoints = count;
    return true;
}

/* One remembered (string, index, offset) for sequential indexing of
 * non-ASCII strings; cleared when that string is freed. */
static struct {
    Str *s;
    int64_t index, offset;
} offset_cache;

/* Byte offset of code point [i] (0 <= i <= length). */
int64_t str_byte_offset(Str *s, int64_t i) {
    if (s->is_ascii)
        return i;
    if (i >= s->length)
        return s->byte_length;
    /* start from whichever known point is nearest: the front, the end, or
     * the cached position (walking back from it when i lies behind) */
    int64_t index = 0, offset = 0;
    if (s->length - i < i) {
        index = s->length;
        offset = s->byte_length;
    }
    if (offset_cache.s == s) {
        int64_t distance = offset_cache.index > i ? offset_cache.index - i : i - offset_cache.index;
        int64_t best = index > i ? index - i : i - index;
        if (distance < best) {
            index = offset_cache.index;
            offset = offset_cache.offset;
        }
    }
    const unsigned char *p = (const unsigned char *)s->data;
    while (index < i) {
        offset++;
        while (offset < s->byte_length && (p[offset] & 0xC0) == 0x80)
            offset++;
        index++;
    }
    while (index > i) {
        offset--;
        while (offset > 0 && (p[offset] & 0xC0) == 0x80)
            offset--;
        index--;
    }
    offset_cache.s = s;
    offset_cache.index = i;
    offset_cache.offset = offset;
    return offset;
}

/* The code point at index [i] (0 <= i < length). */
uint32_t str_codepoint_at(Str *s, int64_t i) {
    if (s->is_ascii)
        return (unsigned char)s->data[i];
    int used;
    return utf8_decode(s->data + str_byte_offset(s, i), &used);
}

/* Code point index of byte offset [offset] (at a code point boundary). */
int64_t str_index_of_offset(Str *s, int64_t offset) {
    if (s->is_ascii)
        return offset;
    return str_count_codepoints(s->data, offset);
}

/* ======================================================================
 * StrBuilder
 *
 * A malloc'd buffer (not a GC object, so building never triggers or
 * confuses a collection). Running out of memory here aborts: the append
 * functions have no way to report it, and the buffers are short-lived.
 * ====================================================================== */

/* An empty builder; nothing is allocated until the first append. */
void sb_init(StrBuilder *sb) {
    sb->data = NULL;
    sb->length = 0;
    sb->capacity = 0;
}

/* Contract: see str_internal.h. */
void sb_reserve(StrBuilder *sb, int64_t extra) {
    if (sb->length + extra + 1 <= sb->capacity)
        return;
    int64_t capacity = sb->capacity ? sb->capacity : 32;
    while (capacity < sb->length + extra + 1)
        capacity *= 2;
    char *data = realloc(sb->data, (size_t)capacity);
    if (!data) {
        fprintf(stderr, "pyco: out of memory building a string\n");
        abort();
    }
    sb->data = data;
    sb->capacity = capacity;
}

/* Append raw UTF-8 bytes. */
void sb_append(StrBuilder *sb, const char *bytes, int64_t length) {
    if (length <= 0)
        return;
    sb_reserve(sb, length);
    memcpy(sb->data + sb->length, bytes, (size_t)length);
    sb->length += length;
}

/* Append a NUL-terminated UTF-8 string. */
void sb_append_cstr(StrBuilder *sb, const char *text) {
    sb_append(sb, text, (int64_t)strlen(text));
}

/* Append one byte (ASCII, or part of a sequence the caller completes). */
void sb_append_char(StrBuilder *sb, char c) {
    sb_reserve(sb, 1);
    sb->data[sb->length++] = c;
}

/* Append one code point, UTF-8 encoded. */
void sb_append_codepoint(StrBuilder *sb, uint32_t codepoint) {
    char buffer[4];
    sb_append(sb, buffer, utf8_encode(codepoint, buffer));
}

/* Append the text of [s]. */
void sb_append_str(StrBuilder *sb, Str *s) {
    sb_append(sb, s->data, s->byte_length);
}

/* Append printf-formatted text. */
void sb_appendf(StrBuilder *sb, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    char *text = NULL;
    int n = vasprintf(&text, format, ap);
    va_end(ap);
    if (n > 0)
        sb_append(sb, text, n);
    free(text);
}

/* Make a Str of the contents and free the buffer. Raises MemoryError. */
Str *sb_finish(StrBuilder *sb) {
    Str *s = str_new(sb->data ? sb->data : "", sb->length);
    sb_free(sb);
    return s;
}

/* Release the buffer without making a string (error paths). */
void sb_free(StrBuilder *sb) {
    free(sb->data);
    sb_init(sb);
}

/* ======================================================================
 * repr
 * ====================================================================== */

static void str_append_escaped(StrBuilder *sb, uint32_t cp, char quote, bool ascii_only) {
    switch (cp) {
    case '\\':
        sb_append(sb, "\\\\", 2);
        return;
    case '\n':
        sb_append(sb, "\\n", 2);
        return;
    case '\r':
        sb_append(sb, "\\r", 2);
        return;
    case '\t':
        sb_append(sb, "\\t", 2);
        return;
    }
    if (cp == (uint32_t)quote) {
        sb_append_char(sb, '\\');
        sb_append_char(sb, quote);
    } else if (cp < 128 ? (cp >= 0x20 && cp < 0x7F)
                        : (!ascii_only && str_is_printable_codepoint(cp))) {
        sb_append_codepoint(sb, cp);
    } else if (cp <= 0xFF) {
        sb_appendf(sb, "\\x%02x", cp);
    } else if (cp <= 0xFFFF) {
        sb_appendf(sb, "\\u%04x", cp);
    } else {
        sb_appendf(sb, "\\U%08x", cp);
    }
}

static Str *str_repr_impl(Str *s, bool ascii_only) {
    bool has_single = memchr(s->data, '\'', (size_t)s->byte_length) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->byte_length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, s->byte_length + 2);
    sb_append_char(&sb, quote);
    for (int64_t i = 0; i < s->byte_length;) {
        int used;
        uint32_t cp = utf8_decode(s->data + i, &used);
        str_append_escaped(&sb, cp, quote, ascii_only);
        i += used;
    }
    sb_append_char(&sb, quote);
    return sb_finish(&sb);
}

/* repr(s): quotes chosen as CPython does, escapes for non-printables. */
Str *str_repr(Str *s) {
    return str_repr_impl(s, false);
}

/* ascii(s)-style repr: every non-ASCII character escaped. */
Str *str_ascii_repr(Str *s) {
    return str_repr_impl(s, true);
}

/* ======================================================================
 * Type slots
 * ====================================================================== */

/* Instances of user subclasses of str (class Name(str)) have the Str
 * layout — text inline — plus the attribute dict class.c keeps in the last
 * word of the allocation. They are not is_str (C fast paths never see
 * them); str's slots and methods, which they inherit, read them through
 * str_unwrap, which hands back a plain str so results are exact strs, as in
 * CPython (MyStr('a').strip() is a str). */
bool str_is_subclass_instance(Value v) {
    if (v.tag != VAL_OBJ)
        return false;
    Type *type = v.as.object->type;
    return type != &type_str && (type->flags & TYPE_HEAPTYPE) && type_is_subtype(type, &type_str);
}

/* The Str of a str or str-subclass instance (a plain copy for the latter);
 * NULL for anything else (or, for a subclass instance, on MemoryError). */
Str *str_unwrap(Value v) {
    if (is_str(v))
        return as_str(v);
    if (!str_is_subclass_instance(v))
        return NULL;
    Str *inner = (Str *)v.as.object;
    return str_new(inner->data, inner->byte_length);
}

/* Make an instance of str subclass [cls] holding a copy of [text]. */
static Value str_new_subclass_instance(Type *cls, Str *text) {
    size_t body =
        (sizeof(Str) + (size_t)text->byte_length + 1 + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    size_t size = body + sizeof(Dict *); /* class.c's dict slot: the last word */
    if (size < cls->instance_size)
        size = cls->instance_size;
    Str *s = (Str *)gc_alloc(cls, size);
    if (!s)
        return value_null();
    memcpy(s->data, text->data, (size_t)text->byte_length + 1);
    s->length = text->length;
    s->byte_length = text->byte_length;
    s->is_ascii = text->is_ascii;
    s->hash = -1;
    return value_object(s);
}

/* Slots that only read their own str may use a subclass instance's Str
 * layout in place, without str_unwrap's copy. */
static Str *str_layout(Value self) {
    return (Str *)self.as.object;
}

static Value str_slot_repr(Value self) {
    return str_value(str_repr(str_layout(self)));
}
static Value str_slot_str(Value self) {
    return is_str(self) ? self : str_value(str_unwrap(self));
}

static bool str_slot_hash(Value self, int64_t *out) {
    *out = str_hash(str_layout(self));
    return true;
}

/* Three-way comparison by bytes, which is code point order for UTF-8. */
static int str_compare_bytes(Str *a, Str *b) {
    int64_t n = a->byte_length < b->byte_length ? a->byte_length : b->byte_length;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c;
    return a->byte_length < b->byte_length ? -1 : a->byte_length > b->byte_length;
}

static Value str_slot_compare(Value a, Value b, CompareOp op) {
    Str *left = str_unwrap(a), *right = str_unwrap(b);
    if (!left || !right)
        return value_not_implemented();
    if (op == COMPARE_EQ)
        return value_bool(str_equal(left, right));
    if (op == COMPARE_NE)
        return value_bool(!str_equal(left, right));
    int c = str_compare_bytes(left, right);
    switch (op) {
    case COMPARE_LT:
        return value_bool(c < 0);
    case COMPARE_LE:
        return value_bool(c <= 0);
    case COMPARE_GT:
        return value_bool(c > 0);
    default:
        return value_bool(c >= 0);
    }
}

static int str_slot_truthy(Value self) {
    return str_layout(self)->length != 0;
}
static int64_t str_slot_length(Value self) {
    return str_layout(self)->length;
}

/* s * count (count <= 0 gives ''). */
static Value str_repeat(Str *s, Value count_value) {
    int64_t count;
    if (!int_as_int64(count_value, &count)) {
        error_clear();
        return raise_error(&type_overflow_error, "cannot fit 'int' into an index-sized integer");
    }
    if (count <= 0 || s->byte_length == 0)
        return str_value(str_empty());
    if (count == 1)
        return str_value(s);
    if (s->byte_length > INT64_MAX / count)
        return raise_error(&type_overflow_error, "repeated string is too long");
    Str *result = str_alloc(s->byte_length * count);
    if (!result)
        return value_null();
    for (int64_t i = 0; i < count; i++)
        memcpy(result->data + i * s->byte_length, s->data, (size_t)s->byte_length);
    result->length = s->length * count;
    result->is_ascii = s->is_ascii;
    return str_value(result);
}

/* Whether the other operand's class defines [dunder] (its reflected
 * operator): then we step aside with NotImplemented, as CPython does. */
bool str_other_defines(Value other, const char *dunder) {
    return (value_type(other)->flags & TYPE_HEAPTYPE) &&
           !is_null(type_lookup_cstr(value_type(other), dunder));
}

static Value str_slot_binary(BinaryOp op, Value left, Value right) {
    if (op >= BINARY_INPLACE_ADD)
        op -= BINARY_INPLACE_OFFSET;
    switch (op) {
    case BINARY_ADD:
        if (!str_unwrap(left))
            return value_not_implemented();
        if (is_str(right))
            return str_value(str_concat(str_unwrap(left), as_str(right)));
        if (str_other_defines(right, "__radd__"))
            return value_not_implemented();
        if (str_unwrap(right))
            return str_value(str_concat(str_unwrap(left), str_unwrap(right)));
        return raise_error(&type_type_error, "can only concatenate str (not \"%s\") to str",
                           value_type_name(right));
    case BINARY_MULTIPLY: {
        bool str_left = str_unwrap(left) != NULL;
        Value s = str_left ? left : right, other = str_left ? right : left;
        if (is_int_like(other))
            return str_repeat(str_unwrap(s), other);
        if (str_other_defines(other, str_left ? "__rmul__" : "__mul__"))
            return value_not_implemented();
        if (str_other_defines(other, "__index__")) {
            int64_t count;
            if (!str_int_argument(other, &count))
                return value_null();
            return str_repeat(str_unwrap(s), value_int(count));
        }
        return raise_error(&type_type_error, "can't multiply sequence by non-int of type '%s'",
                           value_type_name(other));
    }
    case BINARY_MODULO:
        if (!str_unwrap(left))
            return value_not_implemented();
        if (str_other_defines(right, "__rmod__"))
            return value_not_implemented();
        return str_percent_format(str_unwrap(left), right);
    default:
        return value_not_implemented();
    }
}

/* An int index value for a sequence of [length] after negative
 * normalisation; false (TypeError raised) for non-integers. */
static bool str_index_argument(Value key, int64_t *out) {
    if (!is_int_like(key)) {
        Value index = obj_lookup_attr(key, str_intern("__index__"));
        if (is_null(index)) {
            if (!error_pending())
                raise_error(&type_type_error, "string indices must be integers, not '%s'",
                            value_type_name(key));
            return false;
        }
        key = obj_call(index, NULL, 0, NULL);
        if (is_null(key))
            return false;
    }
    if (!int_as_int64(key, out)) {
        error_clear();
        raise_error(&type_index_error, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    return true;
}

/* s[start:stop:step] for a resolved slice. */
static Str *str_slice(Str *s, int64_t start, int64_t step, int64_t count) {
    if (count <= 0)
        return str_empty();
    if (step == 1) {
        int64_t from = str_byte_offset(s, start);
        int64_t to = str_byte_offset(s, start + count);
        if (from == 0 && to == s->byte_length)
            return s;
        return str_new(s->data + from, to - from);
    }
    StrBuilder sb;
    sb_init(&sb);
    if (s->is_ascii) {
        for (int64_t k = 0, i = start; k < count; k++, i += step)
            sb_append_char(&sb, s->data[i]);
        return sb_finish(&sb);
    }
    /* non-ASCII with a step: index every code point once, so reversing a
     * long Chinese string stays linear */
    int64_t *offsets = malloc(sizeof(int64_t) * (size_t)(s->length + 1));
    if (!offsets) {
        sb_free(&sb);
        raise_memory_error();
        return NULL;
    }
    for (int64_t i = 0, offset = 0; i <= s->length; i++) {
        offsets[i] = offset;
        if (i < s->length) {
            offset++;
            while (offset < s->byte_length && ((unsigned char)s->data[offset] & 0xC0) == 0x80)
                offset++;
        }
    }
    for (int64_t k = 0, i = start; k < count; k++, i += step)
        sb_append(&sb, s->data + offsets[i], offsets[i + 1] - offsets[i]);
    free(offsets);
    return sb_finish(&sb);
}

static Value str_slot_getitem(Value self, Value key) {
    Str *s = str_unwrap(self);
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices((Slice *)key.as.object, s->length, &start, &stop, &step, &count))
            return value_null();
        return str_value(str_slice(s, start, step, count));
    }
    int64_t index;
    if (!str_index_argument(key, &index))
        return value_null();
    if (index < 0)
        index += s->length;
    if (index < 0 || index >= s->length)
        return raise_error(&type_index_error, "string index out of range");
    if (s->is_ascii)
        return str_value(str_from_codepoint((unsigned char)s->data[index]));
    return str_value(str_from_codepoint(str_codepoint_at(s, index)));
}

static int str_slot_contains(Value self, Value item) {
    if (!str_unwrap(item)) {
        raise_error(&type_type_error, "'in <string>' requires string as left operand, not %s",
                    value_type_name(item));
        return -1;
    }
    Str *s = str_unwrap(self), *sub = str_unwrap(item);
    if (sub->byte_length == 0)
        return 1;
    return memmem(s->data, (size_t)s->byte_length, sub->data, (size_t)sub->byte_length) != NULL;
}

/* str(), str(x), str(b, encoding[, errors]) */
/* The text str(...) makes: str(), str(x), str(b, encoding[, errors]). */
static Value str_construct(Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Value parsed[3];
    if (!str_parse_args("str", args, nargs, kwnames, names, 0, 3, parsed))
        return value_null();
    if (is_null(parsed[0]))
        return str_value(str_empty());
    if (is_null(parsed[1]) && is_null(parsed[2]))
        return obj_str(parsed[0]);
    if (!is_bytes(parsed[0]))
        return raise_error(&type_type_error, "decoding to str: need a bytes-like object, %s found",
                           value_type_name(parsed[0]));
    Value decode_args[3] = {parsed[0],
                            is_null(parsed[1]) ? str_value(str_intern("utf-8")) : parsed[1],
                            is_null(parsed[2]) ? str_value(str_intern("strict")) : parsed[2]};
    return obj_call_method(parsed[0], "decode", decode_args + 1, 2);
}

/* str(...) and MyStr(...): the text first, then the subclass wrapper. */
static Value str_slot_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Value text = str_construct(args, nargs, kwnames);
    if (is_null(text) || cls == &type_str)
        return text;
    Str *plain = str_unwrap(text);
    if (!plain)
        return raise_error(&type_type_error, "__str__ returned non-string (type %s)",
                           value_type_name(text));
    return str_new_subclass_instance(cls, plain);
}

/* ======================================================================
 * The str iterator
 * ====================================================================== */

typedef struct StrIterator {
    Object base;
    Str *s;
    int64_t offset; /* byte offset of the next code point */
} StrIterator;

/* Two names for one iterator, as in CPython: str_ascii_iterator for
 * all-ASCII strings, str_iterator otherwise. */
static Type type_str_iterator, type_str_ascii_iterator;

static Value str_slot_iter(Value self) {
    Str *s = str_unwrap(self);
    Type *type = s->is_ascii ? &type_str_ascii_iterator : &type_str_iterator;
    StrIterator *it = (StrIterator *)gc_alloc(type, sizeof(StrIterator));
    if (!it)
        return value_null();
    it->s = s;
    return value_object(it);
}

static Value str_iterator_next(Value self) {
    StrIterator *it = (StrIterator *)self.as.object;
    if (it->offset >= it->s->byte_length)
        return value_null();
    int used;
    uint32_t cp = utf8_decode(it->s->data + it->offset, &used);
    it->offset += used;
    return str_value(str_from_codepoint(cp));
}

static Value str_iterator_iter(Value self) {
    return self;
}

static void str_iterator_mark(Object *self) {
    gc_mark_object(&((StrIterator *)self)->s->base);
}

static void str_gc_free(Object *self) {
    if (offset_cache.s == (Str *)self)
        offset_cache.s = NULL;
}

static Type type_str_ascii_iterator = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "str_ascii_iterator",
    .base_type = &type_object,
    .instance_size = sizeof(StrIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .iter = str_iterator_iter,
    .next = str_iterator_next,
    .gc_mark = str_iterator_mark,
};

static Type type_str_iterator = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "str_iterator",
    .base_type = &type_object,
    .instance_size = sizeof(StrIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .iter = str_iterator_iter,
    .next = str_iterator_next,
    .gc_mark = str_iterator_mark,
};

/* ======================================================================
 * The type and start-up
 * ====================================================================== */


Type type_str = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "str",
    .base_type = &type_object,
    .flags = TYPE_BASETYPE,
    .instance_size = sizeof(Str),
    .methods = str_methods,
    .new = str_slot_new,
    .repr = str_slot_repr,
    .str = str_slot_str,
    .hash = str_slot_hash,
    .compare = str_slot_compare,
    .truthy = str_slot_truthy,
    .binary = str_slot_binary,
    .length = str_slot_length,
    .getitem = str_slot_getitem,
    .contains = str_slot_contains,
    .iter = str_slot_iter,
    .getattr = obj_generic_getattr,
    .gc_free = str_gc_free,
};

/* Ready str and its iterator; load the Unicode character tables. */
void str_types_init(void) {
    str_methods_init();
    type_ready(&type_str);
    type_ready(&type_str_iterator);
    type_ready(&type_str_ascii_iterator);
}
