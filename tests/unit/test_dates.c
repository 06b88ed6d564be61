/* Dates as exports write them, time zones, and calendar periods (ISO weeks). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "verbatim.h"

static int32_t day_of(int y, int m, int d)
{
    char buf[16];
    int32_t day;
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    assert_int_equal(vb_date_parse(buf, strlen(buf), NULL, 0, &day), VB_OK);
    return day;
}

static void check(const char *s, int tz, int y, int m, int d)
{
    int32_t day;
    if (vb_date_parse(s, strlen(s), NULL, tz, &day) != VB_OK)
        fail_msg("'%s' did not parse", s);
    char got[16];
    vb_period_label(VB_PERIOD_DAY, day, got, sizeof got);
    char want[16];
    snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
    if (strcmp(got, want) != 0)
        fail_msg("'%s' (tz %d): %s, expected %s", s, tz, got, want);
}

static void rejected(const char *s)
{
    int32_t day;
    if (vb_date_parse(s, strlen(s), NULL, 0, &day) == VB_OK)
        fail_msg("'%s' parsed but should not", s);
}

static void epoch_and_civil(void **state)
{
    (void)state;
    assert_int_equal(day_of(1970, 1, 1), 0);
    assert_int_equal(day_of(2000, 3, 1), 11017);
    assert_int_equal(day_of(1969, 12, 31), -1);
    assert_int_equal(day_of(2024, 2, 29) + 1, day_of(2024, 3, 1)); /* leap year */
    rejected("2023-02-29");
    rejected("2100-02-29"); /* not a leap year */
    check("2000-02-29", 0, 2000, 2, 29);
}

static void export_formats(void **state)
{
    (void)state;
    check("2024-01-03", 0, 2024, 1, 3);
    check(" 2024-01-03 ", 0, 2024, 1, 3);
    check("2024/01/03", 0, 2024, 1, 3);
    check("20240103", 0, 2024, 1, 3);
    check("2024-01", 0, 2024, 1, 1);
    check("2024-01-03T10:00:00Z", 0, 2024, 1, 3);
    check("2024-01-03T10:00:00.123+02:00", 0, 2024, 1, 3);
    check("2020-03-18 23:59:59", 0, 2020, 3, 18);
    check("03/18/2020", 0, 2020, 3, 18);  /* US: month first */
    check("18/03/2020", 0, 2020, 3, 18);  /* the first number cannot be a month */
    check("18.03.2020", 0, 2020, 3, 18);  /* dots: day first */
    check("3/8/20", 0, 2020, 3, 8);
    check("31-Jul-18", 0, 2018, 7, 31);   /* Amazon reviews */
    check("31 July 2018", 0, 2018, 7, 31);
    check("July 4, 2024", 0, 2024, 7, 4);
    check("Sept 4 2024", 0, 2024, 9, 4);
    check("Fri Nov 03 12:05:12 +0000 2017", 0, 2017, 11, 3); /* Twitter */
    check("Tue, 24 Feb 2015 11:35:52 GMT", 0, 2015, 2, 24); /* RFC 2822 */
    check("2024-01-03 10:00 PM", 0, 2024, 1, 3);
    check("1700000000", 0, 2023, 11, 14);    /* Unix seconds */
    check("1700000000123", 0, 2023, 11, 14); /* milliseconds */
    check("31-Dec-69", 0, 1969, 12, 31);     /* POSIX: 69-99 are 19xx */
    check("01-Jan-68", 0, 2068, 1, 1);
}

static void time_zones(void **state)
{
    (void)state;
    /* 11:35 at -08:00 is 19:35 UTC: the same day; 20:00 at -08:00 is the next day in UTC */
    check("2015-02-24 11:35:52 -0800", 0, 2015, 2, 24);
    check("2015-02-24 20:00:00 -0800", 0, 2015, 2, 25);
    check("2015-02-24 20:00:00 -08:00", 0, 2015, 2, 25);
    check("2015-02-25T00:30:00+01:00", 0, 2015, 2, 24);
    /* reported in -08:00 instead, the first stays on the 24th */
    check("2015-02-24 20:00:00 -0800", -480, 2015, 2, 24);
    check("2015-02-25T03:00:00Z", -480, 2015, 2, 24);
    /* a time without a zone is taken as written */
    check("2015-02-24 23:30:00", -480, 2015, 2, 24);
    int tz;
    assert_int_equal(vb_tz_parse("+05:30", &tz), VB_OK);
    assert_int_equal(tz, 330);
    assert_int_equal(vb_tz_parse("-0800", &tz), VB_OK);
    assert_int_equal(tz, -480);
    assert_int_equal(vb_tz_parse("UTC", &tz), VB_OK);
    assert_int_equal(tz, 0);
    assert_int_equal(vb_tz_parse("+25:00", &tz), VB_EINVAL);
    assert_int_equal(vb_tz_parse("Europe/Paris", &tz), VB_EINVAL);
}

static void bad_dates(void **state)
{
    (void)state;
    rejected("");
    rejected("   ");
    rejected("n/a");
    rejected("yesterday");
    rejected("2024-13-01");
    rejected("2024-00-10");
    rejected("2024-01-32");
    rejected("13/13/2024");
    rejected("2024-01-03 25:00");
    rejected("2024-01-03 10:61");
    rejected("12345");
    rejected("2024-01-03 garbage");
    rejected("1/2");
    rejected("99999999999999999999");
    char big[200];
    memset(big, '1', sizeof big);
    int32_t day;
    assert_int_equal(vb_date_parse(big, sizeof big, NULL, 0, &day), VB_EINVAL);
}

static void explicit_format(void **state)
{
    (void)state;
    int32_t day;
    /* 03/04/2024 is March 4 by default; a format makes it April 3 */
    assert_int_equal(vb_date_parse("03/04/2024", 10, "%d/%m/%Y", 0, &day), VB_OK);
    assert_int_equal(day, day_of(2024, 4, 3));
    assert_int_equal(vb_date_parse("03/04/2024", 10, NULL, 0, &day), VB_OK);
    assert_int_equal(day, day_of(2024, 3, 4));
    assert_int_equal(vb_date_parse("2024-04-03 23:00 -0200", 22, "%Y-%m-%d %H:%M %z", 0, &day),
                     VB_OK);
    assert_int_equal(day, day_of(2024, 4, 4));
    assert_int_equal(vb_date_parse("2024-04-03x", 11, "%Y-%m-%d", 0, &day), VB_EINVAL);
}

static void label(vb_period p, int32_t day, const char *want)
{
    char buf[32];
    vb_period_label(p, vb_period_start(p, day), buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void periods(void **state)
{
    (void)state;
    int32_t d = day_of(2024, 5, 17);
    label(VB_PERIOD_DAY, d, "2024-05-17");
    label(VB_PERIOD_MONTH, d, "2024-05");
    label(VB_PERIOD_QUARTER, d, "2024-Q2");
    label(VB_PERIOD_YEAR, d, "2024");
    label(VB_PERIOD_WEEK, d, "2024-W20");
    /* ISO weeks at year ends: 2024-12-30 is in 2025-W01; 2021-01-03 in 2020-W53 */
    label(VB_PERIOD_WEEK, day_of(2024, 12, 30), "2025-W01");
    label(VB_PERIOD_WEEK, day_of(2021, 1, 3), "2020-W53");
    label(VB_PERIOD_WEEK, day_of(2021, 1, 4), "2021-W01");
    label(VB_PERIOD_WEEK, day_of(1969, 12, 29), "1970-W01"); /* before the epoch */
    assert_int_equal(vb_period_start(VB_PERIOD_WEEK, day_of(2024, 5, 19)), day_of(2024, 5, 13));
    assert_int_equal(vb_period_next(VB_PERIOD_MONTH, day_of(2024, 12, 1)), day_of(2025, 1, 1));
    assert_int_equal(vb_period_next(VB_PERIOD_QUARTER, day_of(2024, 10, 1)), day_of(2025, 1, 1));
    assert_int_equal(vb_period_next(VB_PERIOD_WEEK, day_of(2024, 5, 13)), day_of(2024, 5, 20));
    assert_int_equal(vb_period_parse("quarter"), VB_PERIOD_QUARTER);
    assert_int_equal(vb_period_parse("fortnight"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(epoch_and_civil), cmocka_unit_test(export_formats),
        cmocka_unit_test(time_zones),      cmocka_unit_test(bad_dates),
        cmocka_unit_test(explicit_format), cmocka_unit_test(periods),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
