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

#endif
