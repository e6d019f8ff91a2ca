/* str_internal.h — what str.c and str_methods.c share, and nobody else.
 *
 * str.c owns the Str object (construction, UTF-8 indexing, the type's
 * slots); str_methods.c owns the methods table and its implementations.
 * The declarations below were file-private before the split and stay
 * private to the pair: other files use str.h.
 */
#ifndef PYCO_STR_INTERNAL_H
#define PYCO_STR_INTERNAL_H

#include "str.h"

/* A Str of [byte_length] bytes, NUL-terminated, hash unset; the caller
 * fills data[] and then calls str_finish_lengths. Allocates (may trigger
 * the GC); NULL after raising MemoryError. */
Str *str_alloc(int64_t byte_length);
/* Fill in length and is_ascii after the bytes are in place. */
void str_finish_lengths(Str *s);
/* The interned empty string. */
Str *str_empty(void);
/* Code point index of byte offset [offset] (at a code point boundary). */
int64_t str_index_of_offset(Str *s, int64_t offset);
/* Whether [v] is an instance of a user subclass of str (Str layout, not
 * is_str). */
bool str_is_subclass_instance(Value v);
/* Make room for [extra] more bytes plus the NUL (aborts when out of memory). */
void sb_reserve(StrBuilder *sb, int64_t extra);

/* The methods of str (str_methods.c), for type_str's .methods. */
extern const MethodDef str_methods[];
/* Load the Unicode locale behind the character classes; called once by
 * str_types_init before any method runs. */
void str_methods_init(void);

#endif
