/* parse_internal.h — what parse.c and fstring.c share.
 *
 * The front end's driver (parse.c) and the string-literal decoder
 * (fstring.c) are separate files; the only thing fstring.c needs that is not
 * in parse.h is the driver's entry point for a nested parse, with which each
 * f-string replacement field is parsed.
 */
#ifndef PYCO_PARSE_INTERNAL_H
#define PYCO_PARSE_INTERNAL_H

#include "parse.h"

/* Parse [source] in [mode] into a tree allocated in [arena]. Positions are
 * offset so that the source starts at [line] and [column] (0-based) of the
 * enclosing file; [in_fstring] prefixes errors with "f-string: " and treats
 * the source as a replacement field's expression. Returns NULL with *[error]
 * filled in on a syntax error. Allocates only in [arena] and the C heap;
 * never raises. */
Node *parse_run(Arena *arena, const char *source, ParseMode mode, SyntaxErrorInfo *error,
                int line, int column, bool in_fstring);

#endif
