/* formatspec.h — the format-spec mini-language shared by int, float and str.
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * format(3.14159, '>10.2f'), f"{n:,}", "{:^9}".format("hi") all parse their
 * spec here, then each type renders its digits and format_align pads them.
 */
#ifndef PYCO_FORMATSPEC_H
#define PYCO_FORMATSPEC_H

#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;      /* fill code point, ' ' by default */
    char align;         /* '<', '>', '=', '^', or 0 when not given */
    char sign;          /* '+', '-', ' ', or 0 when not given */
    bool alternate;     /* '#' */
    bool zero_pad;      /* a '0' before the width */
    int64_t width;      /* -1 when not given */
    char grouping;      /* ',' or '_' or 0 */
    int64_t precision;  /* -1 when not given */
    char type;          /* 's', 'd', 'f', ... or 0 when not given */
    bool no_negative_zero; /* 'z' (3.11): -0.0 formats as 0.0 */
    bool fill_given;    /* an explicit fill character preceded the align */
} FormatSpec;

/* Parse [spec]; ValueError "Invalid format specifier '...' for object of
 * type 'float'" style errors use [type_name]. */
bool format_spec_parse(Str *spec, const char *type_name, FormatSpec *out);

/* Pad [text] ([byte_length] bytes of UTF-8, [codepoints] long) to the
 * spec's width with its fill and alignment ([default_align] when the spec
 * gives none: '<' for str, '>' for numbers). For '=' alignment the sign
 * prefix of [text] ([sign_length] bytes) stays left of the padding. */
Str *format_align(const char *text, int64_t byte_length, int64_t codepoints,
                  const FormatSpec *spec, char default_align, int64_t sign_length);

/* Render a number: [sign] ("-", "+", " " or ""), [prefix] ("0x" or ""),
 * the integer-part [digits] (ASCII, no sign), and [rest] (fraction,
 * exponent, '%'), grouped every [group_size] digits with the spec's
 * grouping character, then padded. With fill '0' and '=' alignment the
 * padding zeros are grouped too, as CPython does ('0,001'). */
Str *format_number(const FormatSpec *spec, const char *sign, const char *prefix,
                   const char *digits, int64_t digit_count, const char *rest,
                   int group_size);

/* Raise ValueError "Unknown format code 'x' for object of type 'int'". */
bool format_unknown_code(char type, const char *type_name);

#endif
