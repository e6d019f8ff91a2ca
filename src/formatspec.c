/* formatspec.c — parsing the format-spec mini-language and padding results.
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * format_spec_parse turns the text after the ':' of a replacement field into
 * a FormatSpec, with CPython 3.11's checks and messages (a spec with more
 * than one character left where the type should be is "Invalid format
 * specifier"; ',' is only allowed with the decimal and float types, '_' also
 * with b, o, x, X where it groups every four digits).
 *
 * The types then render their own digits: int.c and float.c hand the pieces
 * of a number (sign, prefix, integer digits, the rest) to format_number,
 * which inserts the grouping separators and pads; str (format.c) pads plain
 * text with format_align.
 *
 * A '0' before the width means "fill with '0'" unless a fill was given
 * explicitly, and for numbers (default alignment '>') also "align '='" so
 * the zeros go between the sign and the digits. The spec keeps align == 0 in
 * that case; the alignment is resolved when padding, because only then is
 * the default alignment of the type known.
 */
#include <stdio.h>
#include <string.h>

#include "formatspec.h"
#include "exc.h"
#include "str.h"

/* ---- parsing -------------------------------------------------------- */

static bool formatspec_is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Read a decimal number at [pos]; -1 if there are no digits there. */
static bool formatspec_read_number(const char *text, int64_t length, int64_t *pos, int64_t *out) {
    int64_t value = -1;
    while (*pos < length && text[*pos] >= '0' && text[*pos] <= '9') {
        int digit = text[*pos] - '0';
        if (value < 0) value = 0;
        if (value > (INT64_MAX - digit) / 10) {
            raise_error(&type_value_error, "Too many decimal digits in format string");
            return false;
        }
        value = value * 10 + digit;
        (*pos)++;
    }
    *out = value;
    return true;
}

/* CPython shows printable ASCII type codes as themselves, others as \x..  */
static void formatspec_code_text(uint32_t code, char out[16]) {
    if (code > 32 && code < 128) snprintf(out, 16, "%c", (char)code);
    else snprintf(out, 16, "\\x%x", (unsigned)code);
}

/* Raise ValueError "Unknown format code 'x' for object of type 'int'".
 * Always returns false so callers can return its result. */
bool format_unknown_code(char type, const char *type_name) {
    char code[16];
    formatspec_code_text((unsigned char)type, code);
    raise_error(&type_value_error, "Unknown format code '%s' for object of type '%s'", code, type_name);
    return false;
}

static bool formatspec_check_grouping(FormatSpec *out, uint32_t type) {
    if (!out->grouping) return true;
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return true;
    case 'b': case 'o': case 'x': case 'X':
        if (out->grouping == '_') return true;
        break;
    default:
        break;
    }
    char code[16];
    formatspec_code_text(type, code);
    raise_error(&type_value_error, "Cannot specify '%c' with '%s'.", out->grouping, code);
    return false;
}

/* Parse the leading [[fill]align]: returns the byte position after it. */
static int64_t formatspec_parse_align(const char *text, int64_t length, FormatSpec *out) {
    if (length == 0) return 0;
    int first_length = 1;
    uint32_t first = utf8_decode(text, &first_length);
    if (first_length < length && formatspec_is_align((unsigned char)text[first_length])) {
        out->fill = first;
        out->fill_given = true;
        out->align = text[first_length];
        return first_length + 1;
    }
    if (formatspec_is_align(first)) {
        out->align = (char)first;
        return 1;
    }
    return 0;
}

static bool formatspec_parse_grouping(const char *text, int64_t length, int64_t *pos, FormatSpec *out) {
    if (*pos < length && text[*pos] == ',') {
        out->grouping = ',';
        (*pos)++;
    }
    if (*pos < length && text[*pos] == '_') {
        if (out->grouping) goto both;
        out->grouping = '_';
        (*pos)++;
    }
    if (*pos < length && text[*pos] == ',' && out->grouping == '_') goto both;
    return true;
both:
    raise_error(&type_value_error, "Cannot specify both ',' and '_'.");
    return false;
}

/* Parse [spec] into [out]; ValueError with CPython's messages naming
 * [type_name] on malformed specs. Allocates nothing on success. */
bool format_spec_parse(Str *spec, const char *type_name, FormatSpec *out) {
    const char *text = spec->data;
    int64_t length = spec->byte_length;
    *out = (FormatSpec){.fill = ' ', .width = -1, .precision = -1};
    int64_t pos = formatspec_parse_align(text, length, out);
    if (pos < length && (text[pos] == '+' || text[pos] == '-' || text[pos] == ' ')) out->sign = text[pos++];
    if (pos < length && text[pos] == 'z') { out->no_negative_zero = true; pos++; }
    if (pos < length && text[pos] == '#') { out->alternate = true; pos++; }
    if (pos < length && text[pos] == '0') {
        out->zero_pad = true;
        if (!out->fill_given) out->fill = '0';
        pos++;
    }
    if (!formatspec_read_number(text, length, &pos, &out->width)) return false;
    if (!formatspec_parse_grouping(text, length, &pos, out)) return false;
    if (pos < length && text[pos] == '.') {
        pos++;
        if (!formatspec_read_number(text, length, &pos, &out->precision)) return false;
        if (out->precision < 0) {
            raise_error(&type_value_error, "Format specifier missing precision");
            return false;
        }
    }
    uint32_t type = 0;
    if (pos < length) {
        int type_length = 1;
        type = utf8_decode(text + pos, &type_length);
        if (pos + type_length < length) {
            raise_error(&type_value_error, "Invalid format specifier '%s' for object of type '%s'",
                        text, type_name);
            return false;
        }
    }
    if (!formatspec_check_grouping(out, type)) return false;
    if (type >= 128) {
        char code[16];
        formatspec_code_text(type, code);
        raise_error(&type_value_error, "Unknown format code '%s' for object of type '%s'", code, type_name);
        return false;
    }
    out->type = (char)type;
    return true;
}

/* ---- padding -------------------------------------------------------- */

static char formatspec_resolve_align(const FormatSpec *spec, char default_align) {
    if (spec->align) return spec->align;
    if (spec->zero_pad && default_align == '>') return '=';
    return default_align;
}

static void formatspec_append_fill(StrBuilder *sb, uint32_t fill, int64_t count) {
    char encoded[4];
    int size = utf8_encode(fill, encoded);
    for (int64_t i = 0; i < count; i++) sb_append(sb, encoded, size);
}

/* Pad [text] to the spec's width (see formatspec.h). Returns NULL with
 * MemoryError pending if allocation fails. */
Str *format_align(const char *text, int64_t byte_length, int64_t codepoints,
                  const FormatSpec *spec, char default_align, int64_t sign_length) {
    if (spec->width <= codepoints) return str_new(text, byte_length);
    int64_t padding = spec->width - codepoints;
    int64_t left = 0;
    switch (formatspec_resolve_align(spec, default_align)) {
    case '<': left = 0; break;
    case '^': left = padding / 2; break;
    case '=': left = padding; break;
    default: left = padding; sign_length = 0; break;
    }
    if (formatspec_resolve_align(spec, default_align) != '=') sign_length = 0;
    StrBuilder sb;
    sb_init(&sb);
    sb_append(&sb, text, sign_length);
    formatspec_append_fill(&sb, spec->fill, left);
    sb_append(&sb, text + sign_length, byte_length - sign_length);
    formatspec_append_fill(&sb, spec->fill, padding - left);
    return sb_finish(&sb);
}

/* Write [digits] with separators every [group_size] into [sb], padding with
 * grouped zeros on the left until at least [min_width] characters. */
static void formatspec_group_digits(StrBuilder *sb, const char *digits, int64_t count,
                                    char separator, int group_size, int64_t min_width) {
    /* Built right to left into a scratch buffer, then reversed. */
    StrBuilder reversed;
    sb_init(&reversed);
    int64_t in_group = 0;
    int64_t index = count - 1;
    while (index >= 0 || reversed.length < min_width) {
        if (in_group == group_size && separator) {
            sb_append_char(&reversed, separator);
            in_group = 0;
        }
        sb_append_char(&reversed, index >= 0 ? digits[index] : '0');
        index--;
        in_group++;
    }
    for (int64_t i = reversed.length - 1; i >= 0; i--) sb_append_char(sb, reversed.data[i]);
    sb_free(&reversed);
}

/* Assemble and pad a formatted number (see formatspec.h). */
Str *format_number(const FormatSpec *spec, const char *sign, const char *prefix,
                   const char *digits, int64_t digit_count, const char *rest,
                   int group_size) {
    int64_t head = (int64_t)(strlen(sign) + strlen(prefix));
    int64_t rest_length = (int64_t)strlen(rest);
    char align = formatspec_resolve_align(spec, '>');
    int64_t min_width = 0;
    if (align == '=' && spec->fill == '0' && spec->grouping && spec->width > 0)
        min_width = spec->width - head - rest_length;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, sign);
    sb_append_cstr(&sb, prefix);
    formatspec_group_digits(&sb, digits, digit_count, spec->grouping, group_size, min_width);
    sb_append_cstr(&sb, rest);
    if (spec->width <= sb.length) return sb_finish(&sb);
    Str *padded = format_align(sb.data, sb.length, sb.length, spec, '>', head);
    sb_free(&sb);
    return padded;
}
