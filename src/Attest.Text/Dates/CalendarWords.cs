using System.Collections.Frozen;

namespace Attest.Text.Dates;

/// <summary>Month, weekday, season and number words used in date expressions.</summary>
public static class CalendarWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seasons (northern hemisphere) by their contract code.</summary>
    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP",
        ["summer"] = "SU",
        ["autumn"] = "FA",
        ["fall"] = "FA",
        ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Small counts written as words ("three days ago").</summary>
    public static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["several"] = 3,
        ["few"] = 3,
        ["couple"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that, before a bare month name, show it is a date ("in October", "since May").</summary>
    public static readonly FrozenSet<string> MonthCues = FrozenSet.ToFrozenSet(
        ["in", "since", "until", "till", "by", "from", "to", "during", "through", "last", "next", "this", "early", "mid", "late",
         "of", "before", "after", "on", "between", "and", "end", "start", "beginning", "throughout"], StringComparer.OrdinalIgnoreCase);

    /// <summary>First month of each season; winter starts in December of its year.</summary>
    public static int SeasonStartMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
}
