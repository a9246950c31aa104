package io.github.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year (the solar year in which its first day, mùng 1 Tết, falls)
 * @param month the lunar month, 1 to 12
 * @param day the day of the month, 1 to 30
 * @param leapMonth whether the month is the leap (intercalary, nhuận) month that repeats {@code
 *     month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {}
