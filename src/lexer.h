/* lexer.h — source text to tokens: the lexer's state and its one entry point.
 *
 * Two layers. The regular part of Python's lexical grammar (names, numbers,
 * operators, string openings, comments, line continuations) is a re2c
 * scanner, grammar/lexer.re, compiled to build/gen/lexer_gen.c; it exposes
 * lexer_scan(). What regular expressions cannot do lives in lexer.c, which
 * wraps it: the indentation stack (INDENT/DEDENT), the bracket stack
 * (implicit line joining and mismatched-bracket errors), the body of string
 * literals (which may span lines) and keyword recognition.
 *
 * Token kinds are the TK_ numbers of the lemon-generated parser.h, so the
 * lexer and the grammar cannot disagree. A token points into the source; it
 * owns nothing.
 */
#ifndef PYCO_LEXER_H
#define PYCO_LEXER_H

#include <stdbool.h>
#include "parse.h"

typedef struct Token {
    int kind;              /* TK_... (0 = end of input) */
    const char *start;     /* first byte in the source */
    int length;            /* bytes */
    int line, column;      /* 1-based line, 0-based code-point column */
    int end_line, end_column;
} Token;

/* What lexer_scan() found besides real tokens (all negative: never a TK_). */
enum {
    LEX_SKIP = -1,          /* whitespace, comment, backslash continuation */
    LEX_NEWLINE = -2,       /* a physical newline */
    LEX_END = -3,           /* the terminating NUL */
    LEX_STRING = -4,        /* a string prefix and its opening quote(s) */
    LEX_NAME = -5,          /* an identifier or keyword */
    LEX_NUMBER_INT = -6,
    LEX_NUMBER_FLOAT = -7,
    LEX_NUMBER_IMAGINARY = -8,
    LEX_BAD_CHAR = -9,      /* a character that cannot start a token */
    LEX_BACKSLASH_END = -10,/* a backslash right before the end of input */
    LEX_BAD_BACKSLASH = -11,/* a backslash not followed by a newline */
};

enum { LEXER_MAX_INDENT = 100, LEXER_MAX_BRACKETS = 200 };

typedef struct Lexer {
    const char *source;
    const char *cursor;
    const char *line_start;   /* first byte of the current physical line */
    int line;
    int base_line, base_column; /* where the text sits in an enclosing file (f-strings) */
    /* indentation: columns with tabs to multiples of 8, and with tabs as 1 */
    int indents[LEXER_MAX_INDENT];
    int alt_indents[LEXER_MAX_INDENT];
    int indent_depth;
    int pending_dents;        /* >0 INDENTs, <0 DEDENTs still to hand out */
    /* open brackets, for line joining and "'(' was never closed" */
    char brackets[LEXER_MAX_BRACKETS];
    int bracket_lines[LEXER_MAX_BRACKETS];
    int bracket_columns[LEXER_MAX_BRACKETS];
    int bracket_depth;
    bool at_line_start;
    bool line_has_tokens;     /* the current logical line produced a token */
    bool finished;            /* the final DEDENTs have been handed out */
    SyntaxErrorInfo *error;
} Lexer;

/* Prepare [lexer] to read [source] (NUL-terminated UTF-8). Errors go to [error]. */
void lexer_init(Lexer *lexer, const char *source, SyntaxErrorInfo *error);

/* Like lexer_init for text that starts at [line]:[column] of a bigger
 * source (an f-string's replacement field), so positions match the file. */
void lexer_init_at(Lexer *lexer, const char *source, SyntaxErrorInfo *error, int line, int column);

/* Fill [token] with the next token (kind 0 at the end). Returns false after
 * a lexical error, which is recorded in lexer->error. */
bool lexer_next(Lexer *lexer, Token *token);

/* The generated scanner: match one lexeme at lexer->cursor, advance the
 * cursor past it and return a TK_ kind or one of the LEX_ codes above. */
int lexer_scan(Lexer *lexer);

/* Code points between [from] and [to] (a column count). */
int lexer_columns(const char *from, const char *to);

/* Record a syntax error of [kind] at [line] and 1-based [column]. */
void lexer_error(SyntaxErrorInfo *error, SyntaxErrorKind kind, int line, int column,
                 const char *message);

/* The TK_ name of a token kind, for `pyco --tokens`. */
const char *lexer_token_name(int kind);

#endif
