/* fstring.c — string literals: decoding escapes, joining, parsing f-strings.
 *
 * The grammar hands every STRING token of an expression to
 * parse_strings_add and then the whole run to parse_strings, which
 * concatenates adjacent literals ("a" 'b' f"{c}") into one Constant or,
 * when an f-string is among them, one JoinedStr. Each token is split into
 * its prefix (r, b, f, u) and body, and its escapes are decoded with
 * CPython 3.11's rules and messages (a malformed \x, \u, \N{...} is a
 * SyntaxError located in the token).
 *
 * The replacement fields of an f-string are parsed the way CPython 3.11
 * does it: the field's text is handed, in parentheses, to a nested parse in
 * eval mode (parse_run, parse.c) whose lexer starts at the field's position,
 * so errors and node positions point into the original source. Conversions
 * (!r, !s, !a), `=` self-documenting fields and nested format specs become
 * FormattedValue nodes.
 */
#include "parse_internal.h"
#include "lexer.h"
#include "parser.h"
#include "object.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- string literals --------------------------------------------------------------- */

/* A growable byte buffer for decoded string text (malloc'd, copied into the
 * arena at the end). */
typedef struct Buffer {
    char *bytes;
    size_t length, capacity;
} Buffer;

static void fstring_buffer_add(Buffer *buffer, const char *bytes, size_t length) {
    if (buffer->length + length + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity * 2 : 64;
        while (capacity < buffer->length + length + 1) capacity *= 2;
        buffer->bytes = realloc(buffer->bytes, capacity);
        if (buffer->bytes == NULL) abort();
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
    buffer->bytes[buffer->length] = '\0';
}

static void fstring_buffer_add_code_point(Buffer *buffer, unsigned code) {
    char bytes[4];
    size_t length;
    if (code < 0x80) { bytes[0] = (char)code; length = 1; }
    else if (code < 0x800) {
        bytes[0] = (char)(0xC0 | (code >> 6)); bytes[1] = (char)(0x80 | (code & 0x3F)); length = 2;
    } else if (code < 0x10000) {
        bytes[0] = (char)(0xE0 | (code >> 12)); bytes[1] = (char)(0x80 | ((code >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (code & 0x3F)); length = 3;
    } else {
        bytes[0] = (char)(0xF0 | (code >> 18)); bytes[1] = (char)(0x80 | ((code >> 12) & 0x3F));
        bytes[2] = (char)(0x80 | ((code >> 6) & 0x3F)); bytes[3] = (char)(0x80 | (code & 0x3F));
        length = 4;
    }
    fstring_buffer_add(buffer, bytes, length);
}

typedef struct StringToken {
    const Token *token;
    bool raw, bytes, fstring, unicode;
    const char *body;      /* first byte after the opening quote(s) */
    const char *body_end;  /* the closing quote(s) */
} StringToken;

static void fstring_split_string(const Token *token, StringToken *out) {
    memset(out, 0, sizeof *out);
    out->token = token;
    const char *cursor = token->start;
    for (; *cursor != '\'' && *cursor != '"'; cursor++) {
        char letter = (char)(*cursor | 0x20);
        if (letter == 'r') out->raw = true;
        else if (letter == 'b') out->bytes = true;
        else if (letter == 'f') out->fstring = true;
        else if (*cursor == 'u') out->unicode = true;   /* CPython marks only lowercase u */
    }
    char quote = *cursor;
    int quotes = (cursor[1] == quote && cursor[2] == quote) ? 3 : 1;
    const char *end = token->start + token->length;
    if (quotes == 1 && end - cursor == 2) quotes = 1;   /* '' is empty, not a triple */
    out->body = cursor + quotes;
    out->body_end = end - quotes;
}

static int fstring_hex_value(char digit) {
    if (digit >= '0' && digit <= '9') return digit - '0';
    if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
    return -1;
}

/* Decode one escape at [cursor] (just past the backslash) into [out];
 * returns the cursor after it. Unknown escapes are kept as written. */
static const char *fstring_escape(ParseContext *ctx, const StringToken *string, const char *cursor,
                                  const char *end, Buffer *out) {
    char letter = *cursor;
    static const char simple_from[] = "\\'\"abfnrtv";
    static const char simple_to[] = "\\'\"\a\b\f\n\r\t\v";
    const char *simple = strchr(simple_from, letter);
    if (letter == '\n') return cursor + 1;
    if (letter == '\r') return cursor + (cursor[1] == '\n' ? 2 : 1);
    if (simple != NULL && letter != '\0') {
        fstring_buffer_add(out, &simple_to[simple - simple_from], 1);
        return cursor + 1;
    }
    if (letter >= '0' && letter <= '7') {
        unsigned value = 0;
        int digits = 0;
        while (digits < 3 && cursor < end && *cursor >= '0' && *cursor <= '7') {
            value = value * 8 + (unsigned)(*cursor - '0');
            cursor++;
            digits++;
        }
        if (string->bytes) { char byte = (char)(value & 0xFF); fstring_buffer_add(out, &byte, 1); }
        else fstring_buffer_add_code_point(out, value);
        return cursor;
    }
    int width = letter == 'x' ? 2 : (letter == 'u' && !string->bytes) ? 4 :
                (letter == 'U' && !string->bytes) ? 8 : 0;
    if (width > 0) {
        unsigned value = 0;
        for (int i = 1; i <= width; i++) {
            int digit = cursor + i < end ? fstring_hex_value(cursor[i]) : -1;
            if (digit < 0) {
                char message[160];
                const char *escape = width == 2 ? "\\xXX" : width == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                snprintf(message, sizeof message, "(%s error) '%sescape' codec can't decode bytes in "
                         "position %d-%d: truncated %s escape", string->bytes ? "value" : "unicode",
                         string->bytes ? "" : "unicode", 0, i, escape);
                parse_error_at(ctx, string->token->end_line, string->token->end_column + 1, message);
                return end;
            }
            value = value * 16 + (unsigned)digit;
        }
        if (string->bytes) { char byte = (char)value; fstring_buffer_add(out, &byte, 1); }
        else if (value > 0x10FFFF) {
            parse_error_at(ctx, string->token->line, string->token->column + 1,
                           "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
        } else fstring_buffer_add_code_point(out, value);
        return cursor + 1 + width;
    }
    if (letter == 'N' && !string->bytes && cursor + 1 < end && cursor[1] == '{') {
        /* pyco has no Unicode name table: say so rather than guess */
        parse_error_at(ctx, string->token->end_line, string->token->end_column + 1,
                       "(unicode error) \\N{...} escapes are not supported by pyco");
        return end;
    }
    fstring_buffer_add(out, "\\", 1);   /* invalid escape: kept, as CPython does */
    return cursor;
}

/* Decode the literal text [from, to) of [string] into [out]. */
static void fstring_decode_text(ParseContext *ctx, const StringToken *string, const char *from,
                                const char *to, Buffer *out) {
    const char *cursor = from;
    while (cursor < to && !ctx->failed) {
        const char *run = cursor;
        while (cursor < to && (*cursor != '\\' || string->raw) && !(*cursor == '\r')) {
            if (string->bytes && (unsigned char)*cursor >= 0x80) {
                parse_error_at(ctx, string->token->line, string->token->column + 1,
                               "bytes can only contain ASCII literal characters");
                return;
            }
            cursor++;
        }
        fstring_buffer_add(out, run, (size_t)(cursor - run));
        if (cursor >= to) break;
        if (*cursor == '\r') {   /* newlines inside literals are always \n */
            fstring_buffer_add(out, "\n", 1);
            cursor += cursor[1] == '\n' ? 2 : 1;
            continue;
        }
        cursor = fstring_escape(ctx, string, cursor + 1, to, out);
    }
}

/* Pieces of a joined string while it is being assembled. */
typedef struct Joiner {
    NodeList values;
    Buffer text;          /* literal text not yet turned into a Constant */
    int text_line, text_column;
    bool has_fstring;
} Joiner;

static void fstring_joiner_flush(ParseContext *ctx, Joiner *joiner) {
    if (joiner->text.length == 0) return;
    Node *constant = node_new(ctx->arena, NODE_CONSTANT, joiner->text_line, joiner->text_column);
    constant->as.constant.kind = CONST_STR;
    constant->as.constant.text = arena_strdup(ctx->arena, joiner->text.bytes, joiner->text.length);
    constant->as.constant.length = joiner->text.length;
    nodelist_append(ctx->arena, &joiner->values, constant);
    joiner->text.length = 0;
}

/* Position (line, 0-based column) of [at] inside [token]'s text. */
static void fstring_position_in(ParseContext *ctx, const Token *token, const char *at, int *line,
                                int *column) {
    *line = token->line;
    const char *line_start = token->start;
    int base = token->column;
    for (const char *cursor = token->start; cursor < at; cursor++) {
        if (*cursor == '\n') {
            (*line)++;
            line_start = cursor + 1;
            base = 0;
        }
    }
    *column = base + lexer_columns(line_start, at);
}

static void fstring_body(ParseContext *ctx, const StringToken *string, const char *from,
                         const char *to, Joiner *joiner, int depth);

/* CPython 3.11 places f-string structure errors just after the literal. */
static void fstring_error(ParseContext *ctx, const StringToken *string, const char *message) {
    parse_error_at(ctx, string->token->end_line, string->token->end_column + 1, message);
}

/* End of a replacement field's expression: the first top-level `!`, `:`,
 * `=` (self-documenting) or `}` that is not inside brackets or a string. */
static const char *fstring_field_expression_end(const char *cursor, const char *to) {
    int nesting = 0;
    char quote = 0;
    for (; cursor < to; cursor++) {
        char byte = *cursor;
        if (quote) {
            if (byte == '\\') cursor++;
            else if (byte == quote) quote = 0;
            continue;
        }
        if (byte == '\'' || byte == '"') quote = byte;
        else if (byte == '(' || byte == '[' || byte == '{') nesting++;
        else if (byte == ')' || byte == ']' || (byte == '}' && nesting > 0)) nesting--;
        else if (nesting == 0) {
            if (byte == '}' || byte == ':') return cursor;
            if (byte == '!' && cursor[1] != '=') return cursor;
            if (byte == '=' && cursor[1] != '=' && !strchr("=!<>", cursor[-1])) return cursor;
            if ((byte == '=' || byte == '!' || byte == '<' || byte == '>') && cursor[1] == '=') cursor++;
        }
    }
    return to;
}

/* Parse the expression text [from, to) of a replacement field. */
static Node *fstring_field_expression(ParseContext *ctx, const StringToken *string, const char *from,
                                      const char *to) {
    int line, column;
    fstring_position_in(ctx, string->token, from, &line, &column);
    bool empty = true;
    for (const char *cursor = from; cursor < to; cursor++)
        if (*cursor != ' ' && *cursor != '\t' && *cursor != '\n') empty = false;
    if (empty) {
        fstring_error(ctx, string, "f-string: empty expression not allowed");
        return NULL;
    }
    size_t length = (size_t)(to - from);
    char *text = arena_alloc(ctx->arena, length + 3);
    text[0] = '(';
    memcpy(text + 1, from, length);
    text[length + 1] = ')';
    SyntaxErrorInfo error;
    memset(&error, 0, sizeof error);
    Node *root = parse_run(ctx->arena, text, PARSE_EVAL, &error, line, column - 1, true);
    if (root == NULL) {
        if (!ctx->failed) {
            ctx->failed = true;
            *ctx->error = error;
            ctx->error->incomplete = false;
        }
        return NULL;
    }
    return root->as.expression.value;
}

/* Parse one replacement field starting after its `{`; returns the cursor
 * after its `}`. */
static const char *fstring_field(ParseContext *ctx, const StringToken *string,
                                 const char *cursor, const char *to, Joiner *joiner,
                                       int depth) {
    const char *open = cursor - 1;
    if (depth >= 2) {
        fstring_error(ctx, string, "f-string: expressions nested too deeply");
        return to;
    }
    const char *expr_end = fstring_field_expression_end(cursor, to);
    if (expr_end >= to) {
        fstring_error(ctx, string, "f-string: expecting '}'");
        return to;
    }
    Node *value = fstring_field_expression(ctx, string, cursor, expr_end);
    if (value == NULL) return to;
    Node *field = node_new(ctx->arena, NODE_FORMATTED_VALUE, string->token->line, string->token->column);
    field->as.formatted_value.value = value;
    field->as.formatted_value.conversion = -1;
    cursor = expr_end;
    bool self_documenting = false;
    if (cursor < to && *cursor == '=') {
        self_documenting = true;
        cursor++;
        while (cursor < to && (*cursor == ' ' || *cursor == '\t' || *cursor == '\n')) cursor++;
        if (joiner->text.length == 0) { joiner->text_line = string->token->line; joiner->text_column = string->token->column; }
        fstring_buffer_add(&joiner->text, open + 1, (size_t)(cursor - open - 1));
    }
    if (cursor < to && *cursor == '!') {
        char conversion = cursor + 1 < to ? cursor[1] : 0;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstring_error(ctx, string, cursor + 1 < to && conversion != '}' && conversion != ':'
                           ? "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                           : "f-string: missing conversion character");
            return to;
        }
        field->as.formatted_value.conversion = conversion;
        cursor += 2;
    }
    if (cursor < to && *cursor == ':') {
        cursor++;
        const char *spec_start = cursor;
        int nesting = 0;
        while (cursor < to && (nesting > 0 || *cursor != '}')) {
            if (*cursor == '{') nesting++;
            else if (*cursor == '}') nesting--;
            cursor++;
        }
        Joiner spec = {0};
        fstring_body(ctx, string, spec_start, cursor, &spec, depth + 1);
        fstring_joiner_flush(ctx, &spec);
        free(spec.text.bytes);
        Node *format = node_new(ctx->arena, NODE_JOINED_STR, string->token->line, string->token->column);
        format->as.joined_str.values = spec.values;
        field->as.formatted_value.format_spec = format;
    } else if (self_documenting && field->as.formatted_value.conversion == -1) {
        field->as.formatted_value.conversion = 'r';
    }
    if (cursor >= to || *cursor != '}') {
        fstring_error(ctx, string, "f-string: expecting '}'");
        return to;
    }
    fstring_joiner_flush(ctx, joiner);
    nodelist_append(ctx->arena, &joiner->values, field);
    return cursor + 1;
}

/* Split the f-string text [from, to) into literal pieces and fields. */
static void fstring_body(ParseContext *ctx, const StringToken *string, const char *from,
                         const char *to, Joiner *joiner, int depth) {
    const char *cursor = from;
    while (cursor < to && !ctx->failed) {
        const char *run = cursor;
        while (cursor < to && *cursor != '{' && *cursor != '}') {
            if (*cursor == '\\' && !string->raw && cursor + 1 < to) {
                if (cursor[1] == 'N' && cursor + 2 < to && cursor[2] == '{') {
                    /* \N{NAME}: its braces are not a field */
                    while (cursor < to && *cursor != '}') cursor++;
                } else if (cursor[1] != '{' && cursor[1] != '}') {
                    cursor++;
                }
            }
            cursor++;
        }
        if (cursor > run) {
            if (joiner->text.length == 0) { joiner->text_line = string->token->line; joiner->text_column = string->token->column; }
            fstring_decode_text(ctx, string, run, cursor, &joiner->text);
        }
        if (cursor >= to) break;
        if (depth == 0 && cursor + 1 < to && cursor[1] == cursor[0]) {   /* {{ or }} */
            if (joiner->text.length == 0) { joiner->text_line = string->token->line; joiner->text_column = string->token->column; }
            fstring_buffer_add(&joiner->text, cursor, 1);
            cursor += 2;
            continue;
        }
        if (*cursor == '}') {
            fstring_error(ctx, string, "f-string: single '}' is not allowed");
            return;
        }
        cursor = fstring_field(ctx, string, cursor + 1, to, joiner, depth);
    }
}

/* CPython 3.11 gives every piece of an f-string (and of its format specs)
 * the span of the whole literal. */
static void fstring_span_pieces(Node *joined, const Node *span) {
    for (int i = 0; i < joined->as.joined_str.values.count; i++) {
        Node *piece = joined->as.joined_str.values.items[i];
        piece->line = span->line;
        piece->column = span->column;
        parse_end_node(piece, span);
        if (piece->kind == NODE_FORMATTED_VALUE && piece->as.formatted_value.format_spec != NULL) {
            Node *spec = piece->as.formatted_value.format_spec;
            spec->line = span->line;
            spec->column = span->column;
            parse_end_node(spec, span);
            fstring_span_pieces(spec, span);
        }
    }
}

/* Append a string token to the run of adjacent literals. */
void parse_strings_add(ParseContext *ctx, StringList *strings, const Token *token) {
    if (strings->count == strings->capacity) {
        int capacity = strings->capacity ? strings->capacity * 2 : 4;
        Token *items = arena_alloc(ctx->arena, sizeof(Token) * (size_t)capacity);
        if (strings->count > 0) memcpy(items, strings->items, sizeof(Token) * (size_t)strings->count);
        strings->items = items;
        strings->capacity = capacity;
    }
    strings->items[strings->count++] = *token;
}

/* Join adjacent literals: a Constant str/bytes, or a JoinedStr when any
 * part is an f-string. */
Node *parse_strings(ParseContext *ctx, StringList *strings) {
    Joiner joiner = {0};
    bool bytes = false;
    for (int i = 0; i < strings->count && !ctx->failed; i++) {
        StringToken string;
        fstring_split_string(&strings->items[i], &string);
        if (i == 0) bytes = string.bytes;
        else if (bytes != string.bytes) {
            const Token *last = &strings->items[strings->count - 1];
            parse_error_at(ctx, last->end_line, last->end_column + 1,
                           "cannot mix bytes and nonbytes literals");
            break;
        }
        if (string.fstring) {
            joiner.has_fstring = true;
            fstring_body(ctx, &string, string.body, string.body_end, &joiner, 0);
        } else {
            if (joiner.text.length == 0) { joiner.text_line = string.token->line; joiner.text_column = string.token->column; }
            fstring_decode_text(ctx, &string, string.body, string.body_end, &joiner.text);
        }
    }
    const Token *first = &strings->items[0];
    const Token *last = &strings->items[strings->count - 1];
    Node *node;
    if (joiner.has_fstring) {
        fstring_joiner_flush(ctx, &joiner);
        node = parse_node(ctx, NODE_JOINED_STR, first);
        node->as.joined_str.values = joiner.values;
        parse_end_token(node, last);
        fstring_span_pieces(node, node);
    } else {
        node = parse_node(ctx, NODE_CONSTANT, first);
        node->as.constant.kind = bytes ? CONST_BYTES : CONST_STR;
        node->as.constant.text = arena_strdup(ctx->arena, joiner.text.bytes ? joiner.text.bytes : "",
                                              joiner.text.length);
        node->as.constant.length = joiner.text.length;
        StringToken first_string;
        fstring_split_string(first, &first_string);
        node->as.constant.u_prefix = first_string.unicode;
    }
    parse_end_token(node, last);
    free(joiner.text.bytes);
    return node;
}
