/* Dates as exports write them, and the calendar periods of a trend.
 *
 * A date becomes a day number (days since 1970-01-01) in the report's time zone. The
 * common formats are recognised without configuration by reading the value as tokens —
 * numbers, month and weekday names, a time, a zone — rather than by trying a list of
 * patterns: "2024-01-03", "2015-02-24 11:35:52 -0800", "31-Jul-18", "03/18/2020",
 * "18.03.2020", "Fri Nov 03 12:05:12 +0000 2017", "Tue, 24 Feb 2015 11:35:52 GMT",
 * "July 4, 2024", "2024-01-03T10:00:00Z" and Unix seconds or milliseconds. */
#define _GNU_SOURCE /* strptime, tm_gmtoff */
#include "agg_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (the era arithmetic keeps it exact
 * for negative years too). */
int32_t vb__days_from_civil(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

/* 64-bit inside: any int32 day number converts without overflow. */
void vb__civil_from_days(int32_t day, int *y, int *m, int *d)
{
    int64_t z = (int64_t)day + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dm[m - 1];
}

static int month_name(const char *w, size_t n)
{
    static const char *const names[] = { "january", "february", "march",     "april",
                                         "may",     "june",     "july",      "august",
                                         "september", "october", "november", "december" };
    if (n < 3)
        return 0;
    for (int i = 0; i < 12; i++) /* "Sept" and "Sep" both name September */
        if (n <= strlen(names[i]) && strncasecmp(w, names[i], n) == 0)
            return i + 1;
    return 0;
}

static int weekday_name(const char *w, size_t n)
{
    static const char *const names[] = { "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday" };
    if (n < 3)
        return 0;
    for (int i = 0; i < 7; i++)
        if (n <= strlen(names[i]) && strncasecmp(w, names[i], n) == 0)
            return 1;
    return 0;
}

typedef struct date_num {
    long v;
    int digits;
    char sep; /* the separator after it: '-', '/', '.', or 0 */
} date_num;

/* Read up to `max` digits; *v and *digits set. Returns the position after them. */
static size_t read_digits(const char *s, size_t len, size_t i, int max, long *v, int *digits)
{
    *v = 0;
    *digits = 0;
    while (i < len && isdigit((unsigned char)s[i]) && *digits < max) {
        *v = *v * 10 + (s[i++] - '0');
        ++*digits;
    }
    return i;
}

static int valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static int full_year(long y, int digits)
{
    if (digits == 2) /* POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068 */
        return (int)(y >= 69 ? 1900 + y : 2000 + y);
    return (int)y;
}

/* Year, month, day from the numbers of a value without a month name. */
static int numeric_date(const date_num *n, int count, int *y, int *m, int *d)
{
    if (count == 1 && n[0].digits == 8) { /* 20240103 */
        *y = (int)(n[0].v / 10000), *m = (int)(n[0].v / 100 % 100), *d = (int)(n[0].v % 100);
        return 0;
    }
    if (count == 2 && n[0].digits == 4 && n[1].digits <= 2) { /* 2024-01: the first day */
        *y = (int)n[0].v, *m = (int)n[1].v, *d = 1;
        return 0;
    }
    if (count != 3 || n[0].sep != n[1].sep || n[0].digits > 4 || n[1].digits > 2)
        return -1;
    if (n[0].digits == 4) { /* year first: always year, month, day */
        *y = (int)n[0].v, *m = (int)n[1].v, *d = (int)n[2].v;
        return n[2].digits <= 2 ? 0 : -1;
    }
    if (n[0].digits > 2 || (n[2].digits != 2 && n[2].digits != 4))
        return -1;
    *y = full_year(n[2].v, n[2].digits);
    /* Day first when the first number cannot be a month, or with dots (18.03.2020);
     * otherwise month first, as US exports write 03/18/2020. --date-format decides for
     * data that is written the other way. */
    int day_first = n[0].sep == '.' || (n[0].v > 12 && n[1].v <= 12);
    *d = (int)(day_first ? n[0].v : n[1].v);
    *m = (int)(day_first ? n[1].v : n[0].v);
    return 0;
}

/* Year and day from the numbers around a month name: "31-Jul-18", "Jul 31, 2018",
 * "Fri Nov 03 ... 2017". A four-digit number is the year; of two short ones, the first is
 * the day. */
static int named_month_date(const date_num *n, int count, int *y, int *d)
{
    if (count != 2)
        return -1;
    int yi = n[0].digits == 4 ? 0 : 1;
    if (n[yi].digits != 4 && n[yi].digits != 2)
        return -1;
    if (n[1 - yi].digits > 2)
        return -1;
    *y = full_year(n[yi].v, n[yi].digits);
    *d = (int)n[1 - yi].v;
    return 0;
}

static int parse_auto(const char *s, size_t len, int tz_minutes, int32_t *day)
{
    date_num nums[4];
    int count = 0, month = 0, have_time = 0, have_zone = 0, pm = -1;
    long hour = 0, min = 0, sec = 0, zone = 0; /* zone: minutes east of UTC */
    size_t i = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    while (len > i && isspace((unsigned char)s[len - 1]))
        len--;
    if (i == len)
        return -1;
    /* Unix time: 9 to 10 digits are seconds, 12 to 13 milliseconds */
    size_t nd = 0;
    while (i + nd < len && isdigit((unsigned char)s[i + nd]))
        nd++;
    if (i + nd == len && (nd == 9 || nd == 10 || nd == 12 || nd == 13)) {
        long long t = strtoll(s + i, NULL, 10);
        if (nd >= 12)
            t /= 1000;
        long long m = t / 60 + tz_minutes;
        *day = (int32_t)((m - ((m % 1440) + 1440) % 1440) / 1440);
        return 0;
    }
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c) || c == ',') {
            i++;
        } else if (isalpha(c)) {
            size_t st = i;
            while (i < len && isalpha((unsigned char)s[i]))
                i++;
            size_t n = i - st;
            int mo = month_name(s + st, n);
            if (mo && !month)
                month = mo;
            else if (weekday_name(s + st, n))
                ;
            else if (n == 1 && (s[st] == 'T' || s[st] == 't') && count)
                ; /* ISO 8601 date-time separator */
            else if ((n == 1 && (s[st] == 'Z' || s[st] == 'z')) ||
                     ((n == 3) && (!strncasecmp(s + st, "UTC", 3) ||
                                   !strncasecmp(s + st, "GMT", 3))))
                have_zone = 1, zone = 0;
            else if (n == 2 && (!strncasecmp(s + st, "am", 2) || !strncasecmp(s + st, "pm", 2)))
                pm = tolower((unsigned char)s[st]) == 'p';
            else
                return -1;
        } else if (isdigit(c)) {
            long v;
            int digits;
            size_t j = read_digits(s, len, i, 9, &v, &digits);
            if (j < len && s[j] == ':' && digits <= 2 && !have_time) { /* a time */
                hour = v;
                j = read_digits(s, len, j + 1, 2, &min, &digits);
                if (digits != 2)
                    return -1;
                if (j < len && s[j] == ':') {
                    j = read_digits(s, len, j + 1, 2, &sec, &digits);
                    if (digits != 2)
                        return -1;
                    if (j < len && (s[j] == '.' || s[j] == ',') && j + 1 < len &&
                        isdigit((unsigned char)s[j + 1])) {
                        long frac;
                        j = read_digits(s, len, j + 1, 9, &frac, &digits);
                    }
                }
                have_time = 1;
                i = j;
                continue;
            }
            if (count == 4 || digits > 8)
                return -1;
            nums[count].v = v;
            nums[count].digits = digits;
            nums[count].sep = 0;
            if (j < len && (s[j] == '-' || s[j] == '/' || s[j] == '.') && j + 1 < len &&
                (isdigit((unsigned char)s[j + 1]) || isalpha((unsigned char)s[j + 1]))) {
                nums[count].sep = s[j];
                j++;
            }
            count++;
            i = j;
        } else if ((c == '+' || c == '-') && have_time && !have_zone) { /* +0100, -08:00 */
            long hh, mm = 0;
            int digits;
            size_t j = read_digits(s, len, i + 1, 4, &hh, &digits);
            if (digits == 4)
                mm = hh % 100, hh /= 100;
            else if (digits == 2 && j < len && s[j] == ':') {
                j = read_digits(s, len, j + 1, 2, &mm, &digits);
                if (digits != 2)
                    return -1;
            } else if (digits != 2)
                return -1;
            if (hh > 14 || mm > 59)
                return -1;
            zone = (hh * 60 + mm) * (c == '-' ? -1 : 1);
            have_zone = 1;
            i = j;
        } else if ((c == '-' || c == '/' || c == '.') && i > 0 && i + 1 < len &&
                   (isalpha((unsigned char)s[i + 1]) || isalpha((unsigned char)s[i - 1]))) {
            i++; /* "31-Jul-18": the separators around a month name */
        } else {
            return -1;
        }
    }
    int y, m, d;
    if (month) {
        m = month;
        if (named_month_date(nums, count, &y, &d) != 0)
            return -1;
    } else if (numeric_date(nums, count, &y, &m, &d) != 0) {
        return -1;
    }
    if (!valid(y, m, d))
        return -1;
    if (pm >= 0) {
        if (!have_time || hour < 1 || hour > 12)
            return -1;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || min > 59 || sec > 60)
        return -1;
    int32_t dn = vb__days_from_civil(y, m, d);
    if (have_time && have_zone) { /* move the moment into the report's zone */
        long minute = hour * 60 + min - zone + tz_minutes;
        dn += (int32_t)((minute - (((minute % 1440) + 1440) % 1440)) / 1440);
    }
    *day = dn;
    return 0;
}

static int parse_format(const char *s, size_t len, const char *fmt, int tz_minutes,
                        int32_t *day)
{
    char buf[128];
    if (len >= sizeof buf)
        return -1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_mday = 1;
    const char *end = strptime(buf, fmt, &tm);
    if (!end)
        return -1;
    while (isspace((unsigned char)*end))
        end++;
    if (*end)
        return -1;
    int y = tm.tm_year + 1900, m = tm.tm_mon + 1, d = tm.tm_mday;
    if (!valid(y, m, d))
        return -1;
    int32_t dn = vb__days_from_civil(y, m, d);
    if (strstr(fmt, "%z")) {
        long minute = tm.tm_hour * 60 + tm.tm_min - tm.tm_gmtoff / 60 + tz_minutes;
        dn += (int32_t)((minute - (((minute % 1440) + 1440) % 1440)) / 1440);
    }
    *day = dn;
    return 0;
}

int vb_date_parse(const char *s, size_t len, const char *fmt, int tz_minutes, int32_t *day)
{
    if (!s || len > 100)
        return VB_EINVAL;
    int rc = fmt ? parse_format(s, len, fmt, tz_minutes, day) : parse_auto(s, len, tz_minutes, day);
    return rc == 0 ? VB_OK : VB_EINVAL;
}

int vb_tz_parse(const char *s, int *minutes)
{
    if (!strcasecmp(s, "UTC") || !strcasecmp(s, "Z")) {
        *minutes = 0;
        return VB_OK;
    }
    if ((s[0] != '+' && s[0] != '-') || !isdigit((unsigned char)s[1]) ||
        !isdigit((unsigned char)s[2]))
        return VB_EINVAL;
    int h = (s[1] - '0') * 10 + (s[2] - '0'), m = 0;
    const char *p = s + 3;
    if (*p == ':')
        p++;
    if (*p) {
        if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) || p[2])
            return VB_EINVAL;
        m = (p[0] - '0') * 10 + (p[1] - '0');
    }
    if (h > 14 || m > 59)
        return VB_EINVAL;
    *minutes = (h * 60 + m) * (s[0] == '-' ? -1 : 1);
    return VB_OK;
}

static const char *const period_names[] = { "none", "day", "week", "month", "quarter", "year" };

int vb_period_parse(const char *name)
{
    for (int i = 1; i < 6; i++)
        if (!strcasecmp(name, period_names[i]))
            return i;
    return -1;
}

const char *vb_period_name(vb_period p)
{
    return (unsigned)p < 6 ? period_names[p] : "?";
}

int32_t vb_period_start(vb_period p, int32_t day)
{
    int y, m, d;
    switch (p) {
    case VB_PERIOD_WEEK: /* ISO weeks start on Monday; 1970-01-01 was a Thursday */
        return day - (int32_t)(((day + 3) % 7 + 7) % 7);
    case VB_PERIOD_MONTH:
        vb__civil_from_days(day, &y, &m, &d);
        return vb__days_from_civil(y, m, 1);
    case VB_PERIOD_QUARTER:
        vb__civil_from_days(day, &y, &m, &d);
        return vb__days_from_civil(y, (m - 1) / 3 * 3 + 1, 1);
    case VB_PERIOD_YEAR:
        vb__civil_from_days(day, &y, &m, &d);
        return vb__days_from_civil(y, 1, 1);
    default:
        return day;
    }
}

int32_t vb_period_next(vb_period p, int32_t start)
{
    int y, m, d;
    switch (p) {
    case VB_PERIOD_WEEK: return start + 7;
    case VB_PERIOD_MONTH:
        vb__civil_from_days(start, &y, &m, &d);
        return m == 12 ? vb__days_from_civil(y + 1, 1, 1) : vb__days_from_civil(y, m + 1, 1);
    case VB_PERIOD_QUARTER:
        vb__civil_from_days(start, &y, &m, &d);
        return m >= 10 ? vb__days_from_civil(y + 1, 1, 1) : vb__days_from_civil(y, m + 3, 1);
    case VB_PERIOD_YEAR:
        vb__civil_from_days(start, &y, &m, &d);
        return vb__days_from_civil(y + 1, 1, 1);
    default: return start + 1;
    }
}

void vb_period_label(vb_period p, int32_t start, char *buf, size_t size)
{
    int y, m, d;
    vb__civil_from_days(start, &y, &m, &d);
    switch (p) {
    case VB_PERIOD_WEEK: { /* the ISO year is the year of the week's Thursday */
        int ty, tm, td;
        vb__civil_from_days(start + 3, &ty, &tm, &td);
        int32_t thursday_doy = start + 3 - vb__days_from_civil(ty, 1, 1);
        snprintf(buf, size, "%04d-W%02d", ty, (int)(thursday_doy / 7 + 1));
        break;
    }
    case VB_PERIOD_MONTH: snprintf(buf, size, "%04d-%02d", y, m); break;
    case VB_PERIOD_QUARTER: snprintf(buf, size, "%04d-Q%d", y, (m - 1) / 3 + 1); break;
    case VB_PERIOD_YEAR: snprintf(buf, size, "%04d", y); break;
    default: snprintf(buf, size, "%04d-%02d-%02d", y, m, d); break;
    }
}
