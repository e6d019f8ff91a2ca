/* lexer.re — the regular part of Python's lexical grammar, for re2c.
 *
 * lexer_scan() matches one lexeme at lexer->cursor and returns its kind:
 * an operator's TK_ number, or a LEX_ code (lexer.h) for what lexer.c must
 * finish — names (keywords are looked up there), numbers (checked for a
 * trailing letter there), string openings (the body may span lines and is
 * scanned by hand), newlines (which become NEWLINE only outside brackets and
 * on non-blank lines) and skipped text.
 *
 * The buffer ends with a NUL, which is the sentinel: re2c never reads past
 * it, so no refill is needed. Non-ASCII bytes are accepted in names as whole
 * UTF-8 sequences; lexer.c rejects the code points that cannot be part of
 * an identifier (Chinese punctuation, for one).
 */
#include "lexer.h"
#include "parser.h"

/*!conditions:re2c*/

/* Match one lexeme at lexer->cursor and advance past it. */
int lexer_scan(Lexer *lexer) {
    const unsigned char *cursor = (const unsigned char *)lexer->cursor;
    const unsigned char *marker = cursor;
    int condition = yycINIT;
    int kind;
#define LEXER_RETURN(value) do { kind = (value); goto done; } while (0)
    /*!re2c
    re2c:yyfill:enable = 0;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cursor;
    re2c:define:YYMARKER = marker;
    re2c:define:YYGETCONDITION = "condition";
    re2c:define:YYGETCONDITION:naked = 1;
    re2c:define:YYSETCONDITION = "condition = @@;";
    re2c:define:YYSETCONDITION:naked = 1;

    utf8_tail   = [\x80-\xbf];
    utf8_char   = [\xc2-\xdf] utf8_tail | [\xe0-\xef] utf8_tail utf8_tail | [\xf0-\xf4] utf8_tail utf8_tail utf8_tail;
    name_start  = [a-zA-Z_] | utf8_char;
    name_char   = [a-zA-Z0-9_] | utf8_char;
    digit_part  = [0-9] ("_"? [0-9])*;
    decimal     = [1-9] ("_"? [0-9])* | "0"+ ("_"? "0")*;
    hex         = "0" [xX] ("_"? [0-9a-fA-F])+;
    octal       = "0" [oO] ("_"? [0-7])+;
    binary      = "0" [bB] ("_"? [01])+;
    point_float = digit_part? "." digit_part | digit_part ".";
    exponent    = [eE] [+-]? digit_part;
    float       = point_float exponent? | digit_part exponent;
    prefix      = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];

    <INIT> [ \t\f]+                 { LEXER_RETURN(LEX_SKIP); }
    <INIT> "#" [^\n\r\x00]*         { LEXER_RETURN(LEX_SKIP); }
    <INIT> "\\" "\r"? "\n"          { LEXER_RETURN(LEX_SKIP); }
    <INIT> "\\" "\x00"              { cursor--; LEXER_RETURN(LEX_BACKSLASH_END); }
    <INIT> "\\"                     { LEXER_RETURN(LEX_BAD_BACKSLASH); }
    <INIT> "\r"? "\n" | "\r"        { LEXER_RETURN(LEX_NEWLINE); }
    <INIT> "\x00"                   { cursor--; LEXER_RETURN(LEX_END); }

    <INIT> prefix? ['"]             { LEXER_RETURN(LEX_STRING); }
    <INIT> name_start name_char*    { LEXER_RETURN(LEX_NAME); }
    <INIT> decimal | hex | octal | binary   { LEXER_RETURN(LEX_NUMBER_INT); }
    <INIT> "0" ("_"? [0-9])+      { LEXER_RETURN(LEX_NUMBER_INT); }
    <INIT> float                    { LEXER_RETURN(LEX_NUMBER_FLOAT); }
    <INIT> (float | digit_part) [jJ] { LEXER_RETURN(LEX_NUMBER_IMAGINARY); }

    <INIT> "("   { LEXER_RETURN(TK_LPAR); }
    <INIT> ")"   { LEXER_RETURN(TK_RPAR); }
    <INIT> "["   { LEXER_RETURN(TK_LSQB); }
    <INIT> "]"   { LEXER_RETURN(TK_RSQB); }
    <INIT> "{"   { LEXER_RETURN(TK_LBRACE); }
    <INIT> "}"   { LEXER_RETURN(TK_RBRACE); }
    <INIT> ":"   { LEXER_RETURN(TK_COLON); }
    <INIT> ":="  { LEXER_RETURN(TK_COLONEQUAL); }
    <INIT> ","   { LEXER_RETURN(TK_COMMA); }
    <INIT> ";"   { LEXER_RETURN(TK_SEMI); }
    <INIT> "+"   { LEXER_RETURN(TK_PLUS); }
    <INIT> "-"   { LEXER_RETURN(TK_MINUS); }
    <INIT> "*"   { LEXER_RETURN(TK_STAR); }
    <INIT> "/"   { LEXER_RETURN(TK_SLASH); }
    <INIT> "|"   { LEXER_RETURN(TK_VBAR); }
    <INIT> "&"   { LEXER_RETURN(TK_AMPER); }
    <INIT> "<"   { LEXER_RETURN(TK_LESS); }
    <INIT> ">"   { LEXER_RETURN(TK_GREATER); }
    <INIT> "="   { LEXER_RETURN(TK_EQUAL); }
    <INIT> "."   { LEXER_RETURN(TK_DOT); }
    <INIT> "%"   { LEXER_RETURN(TK_PERCENT); }
    <INIT> "=="  { LEXER_RETURN(TK_EQEQUAL); }
    <INIT> "!="  { LEXER_RETURN(TK_NOTEQUAL); }
    <INIT> "<="  { LEXER_RETURN(TK_LESSEQUAL); }
    <INIT> ">="  { LEXER_RETURN(TK_GREATEREQUAL); }
    <INIT> "~"   { LEXER_RETURN(TK_TILDE); }
    <INIT> "^"   { LEXER_RETURN(TK_CIRCUMFLEX); }
    <INIT> "<<"  { LEXER_RETURN(TK_LEFTSHIFT); }
    <INIT> ">>"  { LEXER_RETURN(TK_RIGHTSHIFT); }
    <INIT> "**"  { LEXER_RETURN(TK_DOUBLESTAR); }
    <INIT> "+="  { LEXER_RETURN(TK_PLUSEQUAL); }
    <INIT> "-="  { LEXER_RETURN(TK_MINEQUAL); }
    <INIT> "*="  { LEXER_RETURN(TK_STAREQUAL); }
    <INIT> "/="  { LEXER_RETURN(TK_SLASHEQUAL); }
    <INIT> "%="  { LEXER_RETURN(TK_PERCENTEQUAL); }
    <INIT> "&="  { LEXER_RETURN(TK_AMPEREQUAL); }
    <INIT> "|="  { LEXER_RETURN(TK_VBAREQUAL); }
    <INIT> "^="  { LEXER_RETURN(TK_CIRCUMFLEXEQUAL); }
    <INIT> "<<=" { LEXER_RETURN(TK_LEFTSHIFTEQUAL); }
    <INIT> ">>=" { LEXER_RETURN(TK_RIGHTSHIFTEQUAL); }
    <INIT> "**=" { LEXER_RETURN(TK_DOUBLESTAREQUAL); }
    <INIT> "//"  { LEXER_RETURN(TK_DOUBLESLASH); }
    <INIT> "//=" { LEXER_RETURN(TK_DOUBLESLASHEQUAL); }
    <INIT> "@"   { LEXER_RETURN(TK_AT); }
    <INIT> "@="  { LEXER_RETURN(TK_ATEQUAL); }
    <INIT> "->"  { LEXER_RETURN(TK_RARROW); }
    <INIT> "..." { LEXER_RETURN(TK_ELLIPSIS); }

    <INIT> utf8_char | [^]          { LEXER_RETURN(LEX_BAD_CHAR); }
    */
done:
#undef LEXER_RETURN
    (void)condition;
    (void)marker;
    lexer->cursor = (const char *)cursor;
    return kind;
}
