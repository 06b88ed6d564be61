/* UAX #29 sentence boundaries (rules SB1-SB998), from generated property tables. */
#ifndef VB_SENTBREAK_H
#define VB_SENTBREAK_H

#include <stddef.h>
#include <stdint.h>

#include "wordbreak.h"

enum {
    SB_Other, SB_CR, SB_LF, SB_Extend, SB_Sep, SB_Format, SB_Sp, SB_Lower, SB_Upper,
    SB_OLetter, SB_Numeric, SB_ATerm, SB_STerm, SB_Close, SB_SContinue
};

/* The properties after which alone a sentence can end (SB4, SB11): ATerm, STerm, Sep, CR,
 * LF. */
enum {
    VB_SB_TRIGGERS = 1u << SB_ATerm | 1u << SB_STerm | 1u << SB_Sep | 1u << SB_CR | 1u << SB_LF
};

typedef struct vb_sb_range {
    uint32_t first, last;
    uint8_t prop; /* SB_* */
} vb_sb_range;

extern const vb_sb_range vb__sb_ranges[];
extern const unsigned vb__sb_nranges;

/* Sentence_Break property of a code point (-1, an invalid sequence: Other). */
int vb__sb_prop(int32_t cp);

/* Sentence boundaries of a text whose characters vb__wordbreaks decoded into chars[0..n):
 * stores the byte offsets of those inside it (all but 0 and its end, SB1 and SB2)
 * ascending in at (room for n), and returns how many. */
size_t vb__sentencebreaks(const vb_wb_char *chars, size_t n, uint32_t *at);

/* The same, given the triggers vb__wb_decode_triggers found (trig[0..ntrig)). */
size_t vb__sentencebreaks_at(const vb_wb_char *chars, size_t n, const uint32_t *trig,
                             size_t ntrig, uint32_t *at);

/* Pure-ASCII text (a character is a byte). vb__sb_ascii_trigger: whether c is a terminator
 * or a paragraph separator, after which alone a sentence can end. vb__sb_after_ascii: the
 * boundary that the one at text[t] sets (0: none); asked at every such byte, in order, it
 * gives every boundary of the text but 0 and len. */
int vb__sb_ascii_trigger(unsigned char c);
size_t vb__sb_after_ascii(const char *text, size_t len, size_t t);

/* The rules after one trigger, for a caller who has a window of a text only. Both also
 * store in *lo and *hi the lowest and highest index the rules read (t at least): the
 * answer is the text's if the window's edges are not among them, or are the text's own.
 * vb__sb_after_bytes: vb__sb_after_ascii on any text, whose bytes beyond ASCII read as
 * Other: the answer holds if text[*lo..*hi] is all ASCII. vb__sb_after_char: on the
 * characters chars[0..n) (a window of a text), after the trigger chars[t]: the index of
 * the boundary it sets, or -1. */
size_t vb__sb_after_bytes(const char *text, size_t len, size_t t, size_t *lo, size_t *hi);
long vb__sb_after_char(const vb_wb_char *chars, size_t n, size_t t, size_t *lo, size_t *hi);

#endif
