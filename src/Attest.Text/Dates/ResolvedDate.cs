using System.Globalization;

namespace Attest.Text.Dates;

/// <summary>A normalised date value at a precision: a day, a month, a year or a season of a year.</summary>
public readonly record struct ResolvedDate(int Year, int Month, int Day, string Precision, string? Season = null)
{
    public static ResolvedDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, "day");

    public static ResolvedDate OfMonth(int year, int month) => new(year, month, 0, "month");

    public static ResolvedDate OfYear(int year) => new(year, 0, 0, "year");

    public static ResolvedDate OfSeason(int year, string season) => new(year, 0, 0, "season", season);

    /// <summary>The contract's text form: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SU.</summary>
    public string Value => Precision switch
    {
        "day" => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        "month" => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        "season" => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Season}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public DateOnly? AsDay => Precision == "day" ? new DateOnly(Year, Month, Day) : null;
}
