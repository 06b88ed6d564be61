/* The segmenters' table of code point properties (charprops.h), built from the generated
 * UAX #29 range tables and utf8proc's general categories. */
#include "charprops.h"

#include <pthread.h>
#include <utf8proc.h>

#include "sentbreak.h"
#include "wordbreak.h"

uint16_t vb__cp_table[VB_CP_TABLE];

static int classify(int32_t cp)
{
    if (cp < 0)
        return C_INVALID;
    if (cp < 128) {
        if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f')
            return C_BREAK;
        if (cp <= ' ' || cp == 127)
            return C_SPACE;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_')
            return C_LETTER;
        if (cp >= '0' && cp <= '9')
            return C_DIGIT;
        return C_OTHER;
    }
    switch (cp) {
    case 0x85: case 0x2028: case 0x2029: return C_BREAK;
    case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C: case 0x2049:
        return C_TERM;
    default: break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_PC:
        return C_LETTER;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CS:
        return C_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return C_BREAK;
    default:
        return C_OTHER; /* marks, format characters, punctuation, symbols, emoji */
    }
}

static unsigned pack(int wb, int pict, int sb, int cls)
{
    return (unsigned)wb | (unsigned)pict << 5 | (unsigned)sb << 6 | (unsigned)cls << 10;
}

unsigned vb__cp_props_slow(int32_t cp)
{
    int pict;
    int wb = vb__wb_prop(cp, &pict);
    return pack(wb, pict, vb__sb_prop(cp), classify(cp));
}

/* Fill the chunk [lo, lo + CHUNK): the range tables are sorted, so fill from them rather
 * than search per code point. */
enum { CHUNK = 4096 };

static void fill(int32_t lo)
{
    static uint16_t props[CHUNK];
    int32_t hi = lo + CHUNK;
    for (int32_t cp = lo; cp < hi; cp++)
        props[cp - lo] = (uint16_t)pack(0, 0, 0, classify(cp));
    for (unsigned r = 0; r < vb__wb_nranges && (int32_t)vb__wb_ranges[r].first < hi; r++) {
        const vb_wb_range *w = &vb__wb_ranges[r];
        for (int32_t cp = w->first < (uint32_t)lo ? lo : (int32_t)w->first;
             cp <= (int32_t)w->last && cp < hi; cp++)
            props[cp - lo] |= (uint16_t)pack(w->prop, w->pict, 0, 0);
    }
    for (unsigned r = 0; r < vb__sb_nranges && (int32_t)vb__sb_ranges[r].first < hi; r++) {
        const vb_sb_range *t = &vb__sb_ranges[r];
        for (int32_t cp = t->first < (uint32_t)lo ? lo : (int32_t)t->first;
             cp <= (int32_t)t->last && cp < hi; cp++)
            props[cp - lo] |= (uint16_t)pack(0, 0, t->prop, 0);
    }
    for (int32_t cp = lo; cp < hi; cp++)
        __atomic_store_n(&vb__cp_table[cp], (uint16_t)(props[cp - lo] | VB_CP_FILLED),
                         __ATOMIC_RELAXED);
}

unsigned vb__cp_fill(int32_t cp)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    if (!__atomic_load_n(&vb__cp_table[cp], __ATOMIC_RELAXED)) /* not by another thread */
        fill(cp / CHUNK * CHUNK);
    pthread_mutex_unlock(&lock);
    return __atomic_load_n(&vb__cp_table[cp], __ATOMIC_RELAXED);
}
