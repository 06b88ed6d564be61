/* What the segmenters need to know of a code point, from one table lookup: its UAX #29 word
 * and sentence properties and its segmenter class. A text is decoded once, for all three. */
#ifndef VB_CHARPROPS_H
#define VB_CHARPROPS_H

#include <stdint.h>

/* The segmenter's class of a character beyond its UAX #29 properties: whether it is
 * invisible (white space, a line break, an invalid sequence), a letter or a digit (which
 * type a segment gets), or ends a sentence outside ASCII (where a URL stops). */
enum { C_SPACE, C_BREAK, C_LETTER, C_DIGIT, C_TERM, C_OTHER, C_INVALID };

/* Packed properties: Word_Break (WB_*), Extended_Pictographic, Sentence_Break (SB_*) and
 * class (C_*). */
#define VB_CP_WB(p) ((p) & 31u)
#define VB_CP_PICT(p) (((p) >> 5) & 1u)
#define VB_CP_SB(p) (((p) >> 6) & 15u)
#define VB_CP_CLASS(p) (((p) >> 10) & 7u)
#define VB_CP_FILLED 0x8000u /* in every entry of the table that is filled */

/* Below this the properties come from a table: the BMP and the emoji of plane 1. It is
 * filled by chunks of 4,096 code points, each when a text first has one of them (most runs
 * meet a few; all 32 took 2 ms of every run's start). */
#define VB_CP_TABLE 0x20000

extern uint16_t vb__cp_table[VB_CP_TABLE];

/* Fill the chunk that holds cp (thread-safe); returns cp's entry. */
unsigned vb__cp_fill(int32_t cp);

/* Properties of a code point beyond the table, or of an invalid sequence (cp < 0). */
unsigned vb__cp_props_slow(int32_t cp);

static inline unsigned vb__cp_props(int32_t cp)
{
    if (cp < 0 || cp >= VB_CP_TABLE)
        return vb__cp_props_slow(cp);
    /* relaxed: an entry is written once, whole, with the value every thread would write */
    unsigned p = __atomic_load_n(&vb__cp_table[cp], __ATOMIC_RELAXED);
    return p ? p : vb__cp_fill(cp);
}

#endif
