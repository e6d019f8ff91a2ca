/* lexer.c — what Python's lexical grammar needs beyond regular expressions.
 *
 * The re2c scanner (grammar/lexer.re) matches one lexeme at a time. This file
 * turns those lexemes into the token stream the grammar expects:
 *
 *   - Indentation. At the start of each logical line outside brackets the
 *     indent is measured twice, tabs to the next multiple of 8 and tabs as 1
 *     column (CPython's `altindstack`); the two must order the same way as
 *     the stack entries or it is a TabError. A deeper line pushes one INDENT,
 *     a shallower one pops one DEDENT per level (pending_dents), and a level
 *     between two entries is "unindent does not match any outer indentation
 *     level". Blank and comment-only lines are invisible.
 *   - Brackets. Inside (), [] and {} newlines are whitespace (implicit line
 *     joining); the stack also gives "'(' was never closed", "unmatched ')'"
 *     and mismatched-closer errors.
 *   - NEWLINE ends a logical line that produced tokens; at the end of input
 *     come a NEWLINE if needed, one DEDENT per open level, then kind 0.
 *   - String bodies (they may span lines) are delimited here; decoding the
 *     escapes happens in parse.c when the literal becomes a Constant.
 *   - Names become keywords by table lookup; numbers are checked for the
 *     letters CPython rejects right after them ("invalid decimal literal").
 */
#include "lexer.h"
#include "parser.h"

#include <stdio.h>
#include <string.h>

/* ---- errors and positions ---------------------------------------------- */

/* Record [message] (the first error wins; later calls are ignored). */
void lexer_error(SyntaxErrorInfo *error, SyntaxErrorKind kind, int line, int column,
                 const char *message) {
    if (error->message[0] != '\0') return;
    error->kind = kind;
    error->line = line;
    error->column = column;
    error->end_column = column;
    snprintf(error->message, sizeof error->message, "%s", message);
}

/* Code points in [from, to): UTF-8 continuation bytes do not count. */
int lexer_columns(const char *from, const char *to) {
    int count = 0;
    for (const char *cursor = from; cursor < to; cursor++)
        if (((unsigned char)*cursor & 0xC0) != 0x80) count++;
    return count;
}

/* 0-based column of [at] on the current line (shifted for embedded text). */
static int lexer_column_of(const Lexer *lexer, const char *at) {
    int column = lexer_columns(lexer->line_start, at);
    return lexer->line == lexer->base_line ? column + lexer->base_column : column;
}

static void lexer_fail(Lexer *lexer, SyntaxErrorKind kind, const char *at, const char *message) {
    lexer_error(lexer->error, kind, lexer->line, lexer_column_of(lexer, at) + 1, message);
}

/* ---- setup --------------------------------------------------------------- */

/* Prepare [lexer] for text embedded at [line]:[column] of a file (lexer.h). */
void lexer_init_at(Lexer *lexer, const char *source, SyntaxErrorInfo *error, int line, int column) {
    memset(lexer, 0, sizeof *lexer);
    if (strncmp(source, "\xEF\xBB\xBF", 3) == 0) source += 3;   /* a UTF-8 byte order mark */
    lexer->source = lexer->cursor = lexer->line_start = source;
    lexer->line = lexer->base_line = line;
    lexer->base_column = column;
    lexer->at_line_start = true;
    lexer->error = error;
}

/* Prepare [lexer] to read [source] from its start (lexer.h). */
void lexer_init(Lexer *lexer, const char *source, SyntaxErrorInfo *error) {
    lexer_init_at(lexer, source, error, 1, 0);
}

/* ---- keywords and token names ----------------------------------------- */

#define LEXER_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as") \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") \
    X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") \
    X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") \
    X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") X(IF, "if") \
    X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") \
    X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass") \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while") \
    X(WITH, "with") X(YIELD, "yield")

static const struct { int kind; const char *text; const char *name; } lexer_keywords[] = {
#define LEXER_KEYWORD_ENTRY(kind, text) { TK_##kind, text, #kind },
    LEXER_KEYWORDS(LEXER_KEYWORD_ENTRY)
#undef LEXER_KEYWORD_ENTRY
};

static int lexer_keyword(const char *start, int length) {
    for (size_t i = 0; i < sizeof lexer_keywords / sizeof lexer_keywords[0]; i++)
        if ((int)strlen(lexer_keywords[i].text) == length &&
            memcmp(lexer_keywords[i].text, start, (size_t)length) == 0)
            return lexer_keywords[i].kind;
    return TK_NAME;
}

#define LEXER_TOKEN_NAMES(X) \
    X(NAME) X(INT) X(FLOAT) X(IMAGINARY) X(STRING) X(NEWLINE) X(INDENT) X(DEDENT) \
    X(LPAR) X(RPAR) X(LSQB) X(RSQB) X(LBRACE) X(RBRACE) X(COLON) X(COLONEQUAL) \
    X(COMMA) X(SEMI) X(PLUS) X(MINUS) X(STAR) X(SLASH) X(VBAR) X(AMPER) X(LESS) \
    X(GREATER) X(EQUAL) X(DOT) X(PERCENT) X(EQEQUAL) X(NOTEQUAL) X(LESSEQUAL) \
    X(GREATEREQUAL) X(TILDE) X(CIRCUMFLEX) X(LEFTSHIFT) X(RIGHTSHIFT) X(DOUBLESTAR) \
    X(PLUSEQUAL) X(MINEQUAL) X(STAREQUAL) X(SLASHEQUAL) X(PERCENTEQUAL) \
    X(AMPEREQUAL) X(VBAREQUAL) X(CIRCUMFLEXEQUAL) X(LEFTSHIFTEQUAL) \
    X(RIGHTSHIFTEQUAL) X(DOUBLESTAREQUAL) X(DOUBLESLASH) X(DOUBLESLASHEQUAL) \
    X(AT) X(ATEQUAL) X(RARROW) X(ELLIPSIS)

/* The grammar's name of token [kind] ("NAME", "LPAR", "DEF", "ENDMARKER"). */
const char *lexer_token_name(int kind) {
    if (kind == 0) return "ENDMARKER";
    for (size_t i = 0; i < sizeof lexer_keywords / sizeof lexer_keywords[0]; i++)
        if (lexer_keywords[i].kind == kind) return lexer_keywords[i].name;
    switch (kind) {
#define LEXER_NAME_CASE(name) case TK_##name: return #name;
    LEXER_TOKEN_NAMES(LEXER_NAME_CASE)
#undef LEXER_NAME_CASE
    default: return "OP";
    }
}

/* ---- helpers for the hand-written parts ------------------------------- */

/* Decode the UTF-8 sequence at [text] (advancing it); bad bytes give U+FFFD. */
static unsigned lexer_decode(const char **text) {
    const unsigned char *bytes = (const unsigned char *)*text;
    unsigned code = bytes[0];
    int extra = code >= 0xF0 ? 3 : code >= 0xE0 ? 2 : code >= 0xC0 ? 1 : 0;
    if (extra > 0) code &= 0x3F >> extra;
    for (int i = 1; i <= extra; i++) {
        if ((bytes[i] & 0xC0) != 0x80) { *text += i; return 0xFFFD; }
        code = (code << 6) | (bytes[i] & 0x3F);
    }
    *text += extra + 1;
    return code;
}

/* Non-ASCII code points that are punctuation, symbols or spaces and so can
 * never be part of an identifier (an approximation of Unicode's XID classes
 * that covers what students type by accident: full-width and CJK marks). */
static bool lexer_is_bad_name_char(unsigned code) {
    if (code < 0x80) return false;
    if (code >= 0x80 && code <= 0xBF) return code != 0xAA && code != 0xB5 && code != 0xBA;
    if (code == 0xD7 || code == 0xF7) return true;
    if (code >= 0x2000 && code <= 0x2BFF) return true;   /* punctuation, arrows, math, boxes */
    if (code >= 0x3000 && code <= 0x3004) return true;   /* CJK space and marks */
    if (code >= 0x3008 && code <= 0x3020) return true;   /* CJK brackets */
    if (code >= 0xFE10 && code <= 0xFE6F) return true;   /* vertical and small forms */
    if (code >= 0xFF01 && code <= 0xFF0F) return true;   /* full-width ASCII punctuation */
    if (code >= 0xFF1A && code <= 0xFF20) return true;
    if (code >= 0xFF3B && code <= 0xFF40 && code != 0xFF3F) return true;
    if (code >= 0xFF5B && code <= 0xFF65) return true;
    if (code == 0xFFFD || (code >= 0x1F000 && code <= 0x1FAFF)) return true; /* emoji */
    return false;
}

/* Report "invalid character" for the first bad code point of a name. */
static bool lexer_check_name(Lexer *lexer, const char *start, const char *end) {
    for (const char *cursor = start; cursor < end;) {
        const char *at = cursor;
        unsigned code = lexer_decode(&cursor);
        if (lexer_is_bad_name_char(code)) {
            char message[64];
            snprintf(message, sizeof message, "invalid character '%.*s' (U+%04X)",
                     (int)(cursor - at), at, code);
            lexer_fail(lexer, SYNTAX_ERROR, at, message);
            return false;
        }
    }
    return true;
}

static bool lexer_is_name_byte(char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte == '_' ||
           (byte >= '0' && byte <= '9') || (unsigned char)byte >= 0x80;
}

/* CPython rejects a letter glued to a number ("1abc", "0x", "0b2", "012"). */
static bool lexer_check_number(Lexer *lexer, const char *start, int kind) {
    const char *end = lexer->cursor;
    char next = *end;
    bool radix = start[0] == '0' && (start[1] == 'x' || start[1] == 'X' || start[1] == 'o' ||
                                     start[1] == 'O' || start[1] == 'b' || start[1] == 'B');
    if (kind == LEX_NUMBER_INT && !radix && start[0] == '0' && end - start > 1) {
        for (const char *cursor = start; cursor < end; cursor++)
            if (*cursor != '0' && *cursor != '_') {
                lexer_fail(lexer, SYNTAX_ERROR, start, "leading zeros in decimal integer literals "
                           "are not permitted; use an 0o prefix for octal integers");
                return false;
            }
    }
    if (radix && end - start == 1 && start[2] >= '0' && start[2] <= '9' &&
        start[1] != 'x' && start[1] != 'X') {
        char message[64];
        snprintf(message, sizeof message, "invalid digit '%c' in %s literal", start[2],
                 (start[1] == 'o' || start[1] == 'O') ? "octal" : "binary");
        lexer_fail(lexer, SYNTAX_ERROR, start + 2, message);
        return false;
    }
    if (radix && end - start == 1) {
        /* "0x" with no digit: the scanner matched only the "0" */
        const char *what = (start[1] == 'x' || start[1] == 'X') ? "invalid hexadecimal literal"
                         : (start[1] == 'o' || start[1] == 'O') ? "invalid octal literal"
                         : "invalid binary literal";
        lexer_fail(lexer, SYNTAX_ERROR, start + 1, what);
        return false;
    }
    if (radix && (next >= '0' && next <= '9')) {
        char message[64];
        snprintf(message, sizeof message, "invalid digit '%c' in %s literal", next,
                 (start[1] == 'o' || start[1] == 'O') ? "octal" : "binary");
        lexer_fail(lexer, SYNTAX_ERROR, end, message);
        return false;
    }
    if ((unsigned char)next >= 0x80) {
        const char *cursor = end;
        if (lexer_is_bad_name_char(lexer_decode(&cursor))) return lexer_check_name(lexer, end, cursor);
    }
    if (next == '_' || (lexer_is_name_byte(next) && !(next >= '0' && next <= '9'))) {
        /* `1if x else y` is still accepted by 3.11 (with a warning) */
        static const char *const allowed[] = { "if", "else", "and", "or", "in", "is", "not", "for" };
        for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
            size_t length = strlen(allowed[i]);
            if (strncmp(end, allowed[i], length) == 0 && !lexer_is_name_byte(end[length]))
                return true;
        }
        const char *what = "invalid decimal literal";
        const char *at = start;
        if (radix) {
            what = (start[1] == 'x' || start[1] == 'X') ? "invalid hexadecimal literal"
                 : (start[1] == 'o' || start[1] == 'O') ? "invalid octal literal"
                 : "invalid binary literal";
            at = end - 1;
        } else if (next == '_') {
            at = end;
        }
        lexer_fail(lexer, SYNTAX_ERROR, at, what);
        return false;
    }
    return true;
}

/* Scan a string body; the cursor is just past the prefix and opening quote.
 * Sets [token]'s end and moves lines along for multi-line strings. */
static bool lexer_string(Lexer *lexer, Token *token) {
    const char *cursor = lexer->cursor;
    char quote = cursor[-1];
    bool triple = cursor[0] == quote && cursor[1] == quote;
    if (triple) cursor += 2;
    int start_line = lexer->line;
    const char *start_line_start = lexer->line_start;
    for (;;) {
        char byte = *cursor;
        if (byte == '\0') {
            char message[96];
            /* a final newline does not start a line of its own */
            int detected = lexer->line - (cursor > lexer->source && cursor[-1] == '\n' ? 1 : 0);
            snprintf(message, sizeof message, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", detected);
            int column = lexer_columns(start_line_start, token->start) +
                         (start_line == lexer->base_line ? lexer->base_column : 0);
            lexer_error(lexer->error, SYNTAX_ERROR, start_line, column + 1, message);
            lexer->error->incomplete = triple;
            return false;
        }
        if (byte == '\\' && cursor[1] != '\0') {
            if (cursor[1] == '\n' || (cursor[1] == '\r' && cursor[2] != '\n')) {
                lexer->line++;
                lexer->line_start = cursor + 2;
            } else if (cursor[1] == '\r') {
                cursor++;
                lexer->line++;
                lexer->line_start = cursor + 2;
            }
            cursor += 2;
            continue;
        }
        if (byte == '\n' || byte == '\r') {
            if (!triple) {
                char message[96];
                snprintf(message, sizeof message, "unterminated string literal (detected at line %d)",
                         lexer->line);
                lexer_fail(lexer, SYNTAX_ERROR, token->start, message);
                return false;
            }
            if (byte == '\r' && cursor[1] == '\n') cursor++;
            cursor++;
            lexer->line++;
            lexer->line_start = cursor;
            continue;
        }
        if (byte == quote && (!triple || (cursor[1] == quote && cursor[2] == quote))) {
            cursor += triple ? 3 : 1;
            break;
        }
        cursor++;
    }
    lexer->cursor = cursor;
    return true;
}

/* ---- indentation --------------------------------------------------------- */

/* Measure the indentation of a new line and queue INDENT/DEDENTs. */
static bool lexer_indentation(Lexer *lexer) {
    int column = 0, alt_column = 0;
    const char *cursor = lexer->cursor;
    for (;; cursor++) {
        if (*cursor == ' ') { column++; alt_column++; }
        else if (*cursor == '\t') { column = (column / 8 + 1) * 8; alt_column++; }
        else if (*cursor == '\f') { column = alt_column = 0; }
        else break;
    }
    lexer->at_line_start = false;
    if (*cursor == '#' || *cursor == '\n' || *cursor == '\r' || *cursor == '\0' ||
        (*cursor == '\\' && (cursor[1] == '\n' || cursor[1] == '\r')))
        return true;   /* blank lines do not count */
    int depth = lexer->indent_depth;
    if (column == lexer->indents[depth]) {
        if (alt_column != lexer->alt_indents[depth]) goto tab_error;
    } else if (column > lexer->indents[depth]) {
        if (depth + 1 >= LEXER_MAX_INDENT) {
            lexer_fail(lexer, INDENTATION_ERROR, cursor, "too many levels of indentation");
            return false;
        }
        if (alt_column <= lexer->alt_indents[depth]) goto tab_error;
        lexer->indent_depth = depth + 1;
        lexer->indents[depth + 1] = column;
        lexer->alt_indents[depth + 1] = alt_column;
        lexer->pending_dents = 1;
    } else {
        int dedents = 0;
        while (depth > 0 && column < lexer->indents[depth]) { depth--; dedents++; }
        if (column != lexer->indents[depth]) {
            const char *line_end = cursor;
            while (*line_end != '\0' && *line_end != '\n' && *line_end != '\r') line_end++;
            lexer_error(lexer->error, INDENTATION_ERROR, lexer->line,
                        lexer_columns(lexer->line_start, line_end) + 1,
                        "unindent does not match any outer indentation level");
            return false;
        }
        if (alt_column != lexer->alt_indents[depth]) goto tab_error;
        lexer->indent_depth = depth;
        lexer->pending_dents = -dedents;
    }
    return true;
tab_error:
    lexer_error(lexer->error, TAB_ERROR, lexer->line, 1,
                "inconsistent use of tabs and spaces in indentation");
    lexer->error->end_column = 0;   /* as CPython: no caret range */
    return false;
}

/* ---- brackets -------------------------------------------------------------- */

static bool lexer_open_bracket(Lexer *lexer, const Token *token) {
    if (lexer->bracket_depth >= LEXER_MAX_BRACKETS) {
        lexer_fail(lexer, SYNTAX_ERROR, token->start, "too many nested parentheses");
        return false;
    }
    lexer->brackets[lexer->bracket_depth] = token->start[0];
    lexer->bracket_lines[lexer->bracket_depth] = token->line;
    lexer->bracket_columns[lexer->bracket_depth] = token->column;
    lexer->bracket_depth++;
    return true;
}

static bool lexer_close_bracket(Lexer *lexer, const Token *token) {
    char closer = token->start[0];
    char message[128];
    if (lexer->bracket_depth == 0) {
        snprintf(message, sizeof message, "unmatched '%c'", closer);
        lexer_fail(lexer, SYNTAX_ERROR, token->start, message);
        return false;
    }
    char opener = lexer->brackets[lexer->bracket_depth - 1];
    char expected = opener == '(' ? ')' : opener == '[' ? ']' : '}';
    if (closer != expected) {
        int open_line = lexer->bracket_lines[lexer->bracket_depth - 1];
        if (open_line != token->line)
            snprintf(message, sizeof message, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c' on line %d", closer, opener, open_line);
        else
            snprintf(message, sizeof message, "closing parenthesis '%c' does not match opening "
                     "parenthesis '%c'", closer, opener);
        lexer_fail(lexer, SYNTAX_ERROR, token->start, message);
        return false;
    }
    lexer->bracket_depth--;
    return true;
}

/* ---- the token loop -------------------------------------------------------- */

static void lexer_make(Lexer *lexer, Token *token, int kind, const char *start) {
    token->kind = kind;
    token->start = start;
    token->length = (int)(lexer->cursor - start);
    token->end_line = lexer->line;
    token->end_column = lexer_column_of(lexer, lexer->cursor);
}

/* Hand out the end of input: NEWLINE, DEDENTs, then kind 0. */
static bool lexer_end(Lexer *lexer, Token *token) {
    if (lexer->bracket_depth > 0) {
        int depth = lexer->bracket_depth - 1;
        char message[64];
        snprintf(message, sizeof message, "'%c' was never closed", lexer->brackets[depth]);
        lexer_error(lexer->error, SYNTAX_ERROR, lexer->bracket_lines[depth],
                    lexer->bracket_columns[depth] + 1, message);
        lexer->error->incomplete = true;
        return false;
    }
    const char *end = lexer->cursor;
    if (lexer->line_has_tokens && end - lexer->source >= 2 && end[-1] == '\n' &&
        (end[-2] == '\\' || (end[-2] == '\r' && end - lexer->source >= 3 && end[-3] == '\\'))) {
        /* a backslash continuation with nothing after it */
        const char *backslash = end[-2] == '\\' ? end - 2 : end - 3;
        const char *line_start = backslash;
        while (line_start > lexer->source && line_start[-1] != '\n') line_start--;
        lexer_error(lexer->error, SYNTAX_ERROR, lexer->line - 1,
                    lexer_columns(line_start, backslash) + 2, "unexpected EOF while parsing");
        lexer->error->incomplete = true;
        return false;
    }
    token->start = lexer->cursor;
    token->length = 0;
    token->line = token->end_line = lexer->line;
    token->column = token->end_column = lexer_column_of(lexer, lexer->cursor);
    if (lexer->line_has_tokens) {
        lexer->line_has_tokens = false;
        token->kind = TK_NEWLINE;
    } else if (lexer->indent_depth > 0) {
        lexer->indent_depth--;
        token->kind = TK_DEDENT;
    } else {
        token->kind = 0;
    }
    return true;
}

/* Finish a lexeme the re2c scanner matched; false on error. */
static bool lexer_finish(Lexer *lexer, Token *token, int kind, const char *start) {
    switch (kind) {
    case LEX_NAME:
        if (!lexer_check_name(lexer, start, lexer->cursor)) return false;
        kind = lexer_keyword(start, (int)(lexer->cursor - start));
        break;
    case LEX_NUMBER_INT:
    case LEX_NUMBER_FLOAT:
    case LEX_NUMBER_IMAGINARY:
        if (!lexer_check_number(lexer, start, kind)) return false;
        kind = kind == LEX_NUMBER_INT ? TK_INT : kind == LEX_NUMBER_FLOAT ? TK_FLOAT : TK_IMAGINARY;
        break;
    case LEX_STRING:
        token->start = start;
        if (!lexer_string(lexer, token)) return false;
        kind = TK_STRING;
        break;
    case LEX_BAD_CHAR: {
        const char *cursor = start;
        unsigned code = lexer_decode(&cursor);
        char message[64];
        if (code >= 0x80)
            snprintf(message, sizeof message, "invalid character '%.*s' (U+%04X)",
                     (int)(cursor - start), start, code);
        else if (code < 0x20 || code == 0x7F)
            snprintf(message, sizeof message, "invalid non-printable character U+%04X", code);
        else
            snprintf(message, sizeof message, "invalid syntax");
        lexer_fail(lexer, SYNTAX_ERROR, start, message);
        return false;
    }
    case LEX_BAD_BACKSLASH:
    case LEX_BACKSLASH_END:
        if (kind == LEX_BACKSLASH_END) {
            lexer_fail(lexer, SYNTAX_ERROR, lexer->cursor, "unexpected EOF while parsing");
            lexer->error->incomplete = true;
        } else {
            lexer_fail(lexer, SYNTAX_ERROR, lexer->cursor,
                       "unexpected character after line continuation character");
        }
        return false;
    case TK_LPAR: case TK_LSQB: case TK_LBRACE:
        lexer_make(lexer, token, kind, start);
        return lexer_open_bracket(lexer, token);
    case TK_RPAR: case TK_RSQB: case TK_RBRACE:
        lexer_make(lexer, token, kind, start);
        return lexer_close_bracket(lexer, token);
    default:
        break;
    }
    lexer_make(lexer, token, kind, start);
    return true;
}

/* Hand out the next token: INDENT/DEDENTs first, then what the scanner
 * finds; false after a lexical error (recorded in lexer->error). */
bool lexer_next(Lexer *lexer, Token *token) {
    for (;;) {
        if (lexer->at_line_start && lexer->bracket_depth == 0 && !lexer_indentation(lexer))
            return false;
        const char *start = lexer->cursor;
        if (lexer->pending_dents == 0 || *start == ' ' || *start == '\t' || *start == '\f') {
            int kind = lexer_scan(lexer);
            if (kind == LEX_SKIP) {
                if (lexer->cursor[-1] == '\n') {   /* a backslash continuation */
                    lexer->line++;
                    lexer->line_start = lexer->cursor;
                }
                continue;
            }
            if (kind == LEX_NEWLINE) {
                Token newline = { TK_NEWLINE, start, (int)(lexer->cursor - start), lexer->line,
                                  lexer_column_of(lexer, start), lexer->line,
                                  lexer_column_of(lexer, start) + 1 };
                lexer->line++;
                lexer->line_start = lexer->cursor;
                if (lexer->bracket_depth > 0) continue;
                lexer->at_line_start = true;
                if (!lexer->line_has_tokens) continue;
                lexer->line_has_tokens = false;
                *token = newline;
                return true;
            }
            if (kind == LEX_END) return lexer_end(lexer, token);
            /* only whitespace is scanned while dents are pending (see the test above) */
            token->line = lexer->line;
            token->column = lexer_column_of(lexer, start);
            if (!lexer_finish(lexer, token, kind, start)) return false;
            lexer->line_has_tokens = true;
            return true;
        }
        /* pending INDENT/DEDENT, positioned at the line's first token */
        token->kind = lexer->pending_dents > 0 ? TK_INDENT : TK_DEDENT;
        lexer->pending_dents += lexer->pending_dents > 0 ? -1 : 1;
        token->start = start;
        token->length = 0;
        token->line = token->end_line = lexer->line;
        token->column = token->end_column = lexer_column_of(lexer, start);
        return true;
    }
}
