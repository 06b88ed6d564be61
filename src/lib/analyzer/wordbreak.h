/* UAX #29 word boundaries (Unicode's rules WB1-WB999), from generated property tables. */
#ifndef VB_WORDBREAK_H
#define VB_WORDBREAK_H

#include <stddef.h>
#include <stdint.h>

enum {
    WB_Other, WB_CR, WB_LF, WB_Newline, WB_Extend, WB_ZWJ, WB_Regional_Indicator, WB_Format,
    WB_Katakana, WB_Hebrew_Letter, WB_ALetter, WB_Single_Quote, WB_Double_Quote,
    WB_MidNumLet, WB_MidLetter, WB_MidNum, WB_Numeric, WB_ExtendNumLet, WB_WSegSpace
};

typedef struct vb_wb_range {
    uint32_t first, last;
    uint8_t prop;     /* WB_* */
    uint8_t pict;     /* Extended_Pictographic */
} vb_wb_range;

extern const vb_wb_range vb__wb_ranges[];
extern const unsigned vb__wb_nranges;
extern const char vb__wb_unicode_version[];

/* Word_Break property of a code point (-1: an invalid byte sequence, treated as Other);
 * *pict is set to its Extended_Pictographic value. */
int vb__wb_prop(int32_t cp, int *pict);

/* A character of a text as the rules see it. */
typedef struct vb_wb_char {
    uint32_t start;  /* byte offset: texts are under 4 GiB (vb_analyzer_run checks) */
    uint8_t prop, pict;
    uint8_t sprop, cls; /* its Sentence_Break property and segmenter class (charprops.h) */
} vb_wb_char;

/* Word boundaries of text[0..len) (returns the number of characters decoded into chars,
 * which the sentence rules and the segmenter reuse): fills breaks[0..len] with 1 at each
 * byte offset that is a boundary (0 and len always are). breaks has len + 1 bytes. chars is
 * scratch space for len + 1 entries. Invalid UTF-8: each maximal subpart is one character
 * of class Other. */
size_t vb__wordbreaks(const char *text, size_t len, vb_wb_char *chars, uint8_t *breaks,
                      unsigned tailoring);

/* The two halves of vb__wordbreaks. vb__wb_decode: the characters of text[0..len) into
 * chars (len entries room), returning their number. vb__wb_rules: the boundaries inside
 * chars[0..n) taken as a text of its own (so not at its ends), set to 1 in breaks (indexed
 * by byte offset in the text). */
size_t vb__wb_decode(const char *text, size_t len, vb_wb_char *chars, unsigned tailoring);
void vb__wb_rules(const vb_wb_char *chars, size_t n, uint8_t *breaks);
/* The same, indexed by character: breaks[i] (0 <= i <= n) is 1 where there is a boundary
 * before chars[i] (at 0 and n), 0 elsewhere. */
void vb__wb_rules_chars(const vb_wb_char *chars, size_t n, uint8_t *breaks);

/* vb__wb_decode, also storing in trig (len entries room) the indices of the characters
 * after which alone a sentence can end (terminators and paragraph separators,
 * VB_SB_TRIGGERS), ascending, and their number in *ntrig: vb__sentencebreaks_at then
 * visits those only. */
size_t vb__wb_decode_triggers(const char *text, size_t len, vb_wb_char *chars,
                              unsigned tailoring, uint32_t *trig, size_t *ntrig);

/* vb__wb_decode of the characters of text[from..to) alone, with their byte offsets in text;
 * chars has room for to - from + 1. The characters are the whole text's where from and to
 * are at character starts: at any byte but a continuation byte (80-BF), since a sequence or
 * a maximal subpart takes continuation bytes only after its first. With other, it also stores
 * there the byte offsets of the triggers (VB_SB_TRIGGERS) beyond ASCII, ascending, and
 * their number in *nother. */
size_t vb__wb_decode_range(const char *text, size_t from, size_t to, vb_wb_char *chars,
                           unsigned tailoring, uint32_t *other, size_t *nother);

/* Tailorings (0: the rules as UAX #29 writes them, which WordBreakTest checks). */
enum {
    VB_WB_COLON_BREAKS = 1 /* ':' (and its wide forms) is not MidLetter, as in ICU/CLDR:
                              "price:high" is two words; UAX #29 keeps it one for Swedish */
};

/* The colons that VB_WB_COLON_BREAKS takes out of MidLetter. */
int vb__wb_is_colon(int32_t cp);

#endif
