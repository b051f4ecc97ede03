using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Dates;

/// <summary>Finds date expressions in the token stream and resolves them against the publication date: absolute
/// ("August 5, 2019", "5 August 2019", "May 2025", "1947"), partial ("DEC 8", "August 5"), relative ("on Thursday",
/// "Monday night", "last month", "earlier this month", "last summer", "three days ago") and anaphoric ("the same day",
/// "a day after") dates. Unresolvable expressions keep a null value.</summary>
public static class DateRecognizer
{
    public static void Recognize(string text, IReadOnlyList<Token> tokens, DateOnly? published, List<DateMention> into)
    {
        var scan = new Scan(text, tokens, published, into);
        var k = 0;
        while (k < tokens.Count)
        {
            k = scan.At(k) is { } next && next > k ? next : k + 1;
        }
    }

    // Every word a date expression can start with; one lookup turns away all other words.
    private static readonly System.Collections.Frozen.FrozenSet<string> Triggers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        CalendarWords.Months.Keys.Concat(CalendarWords.Weekdays.Keys).Concat(CalendarWords.Seasons.Keys).Concat(CalendarWords.Counts.Keys)
            .Concat(["today", "yesterday", "tomorrow", "tonight", "last", "this", "next", "past", "previous", "coming", "earlier", "later", "the", "that"]),
        StringComparer.OrdinalIgnoreCase);

    private sealed class Scan(string text, IReadOnlyList<Token> tokens, DateOnly? published, List<DateMention> into)
    {
        private const int MinYear = 1800;
        private const int MaxYear = 2100;

        private DateOnly? lastDay;

        private ReadOnlySpan<char> Word(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length);

        private bool Is(int k, string word) => k >= 0 && k < tokens.Count && Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsAny(int k, params ReadOnlySpan<string> words)
        {
            foreach (var word in words)
            {
                if (Is(k, word))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsCapitalised(int k) => k < tokens.Count && char.IsUpper(text[tokens[k].Start]);

        private int? Month(int k) =>
            k < tokens.Count && tokens[k].Kind == TokenKind.Word && IsCapitalised(k)
            && CalendarWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(k), out var month) ? month : null;

        /// <summary>A day of month: 1–31, optionally with an ordinal suffix.</summary>
        private int? DayNumber(int k)
        {
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Number)
            {
                return null;
            }

            var span = Word(k);
            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }

            var suffix = span[digits..];
            if (digits is 0 or > 2 || !(suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th"))
            {
                return null;
            }

            var day = int.Parse(span[..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
            return day is >= 1 and <= 31 ? day : null;
        }

        private int? Year(int k)
        {
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Length != 4)
            {
                return null;
            }

            return int.TryParse(Word(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= MinYear and <= MaxYear ? year : null;
        }

        private int SkipComma(int k) => k < tokens.Count && text[tokens[k].Start] == ',' ? k + 1 : k;

        private int Emit(int first, int last, ResolvedDate? date, string precision)
        {
            var start = tokens[first].Start;
            var end = tokens[last].End;
            into.Add(new DateMention(start, end, text[start..end], date?.Value, date?.Precision ?? precision));
            if (date?.AsDay is { } day)
            {
                lastDay = day;
            }

            return last + 1;
        }

        private static ResolvedDate? Day(int year, int month, int day) =>
            day <= DateTime.DaysInMonth(year, month) ? ResolvedDate.OfDay(new DateOnly(year, month, day)) : null;

        public int? At(int k)
        {
            return tokens[k].Kind switch
            {
                TokenKind.Number => Numeric(k) ?? DayFirst(k) ?? YearAlone(k) ?? CountAgo(k),
                TokenKind.Word when !Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(k)) => null,
                TokenKind.Word => MonthFirst(k) ?? Weekday(k) ?? Deictic(k) ?? RelativeUnit(k) ?? SeasonPhrase(k) ?? CountAgo(k) ?? Anaphoric(k),
                _ => null,
            };
        }

        /// <summary>"2019-08-05" (ISO) and "05/08/2019" (day first, as South Asian and British papers write it).</summary>
        private int? Numeric(int k)
        {
            if (k + 4 >= tokens.Count || !Glued(k, k + 4))
            {
                return null;
            }

            var separator = text[tokens[k + 1].Start];
            if (separator is not ('-' or '/' or '.') || text[tokens[k + 3].Start] != separator || tokens[k + 1].Length != 1 || tokens[k + 3].Length != 1)
            {
                return null;
            }

            if (Year(k) is { } isoYear && separator == '-' && Small(k + 2) is { } isoMonth and >= 1 and <= 12 && Small(k + 4) is { } isoDay and >= 1)
            {
                return Emit(k, k + 4, Day(isoYear, isoMonth, isoDay), "day");
            }

            if (Small(k) is { } day and >= 1 && Small(k + 2) is { } month and >= 1 and <= 12 && Year(k + 4) is { } year)
            {
                return Emit(k, k + 4, Day(year, month, day), "day");
            }

            return null;
        }

        private bool Glued(int first, int last)
        {
            for (var i = first + 1; i <= last; i++)
            {
                if (tokens[i].Start != tokens[i - 1].End)
                {
                    return false;
                }
            }

            return true;
        }

        private int? Small(int k) =>
            tokens[k].Kind == TokenKind.Number && tokens[k].Length <= 2
            && int.TryParse(Word(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

        /// <summary>"5 August 2019", "5th August", "the 5th of August".</summary>
        private int? DayFirst(int k)
        {
            if (DayNumber(k) is not { } day)
            {
                return null;
            }

            var m = Is(k + 1, "of") ? k + 2 : k + 1;
            if (Month(m) is not { } month)
            {
                return null;
            }

            var y = SkipComma(m + 1);
            if (Year(y) is { } year)
            {
                return Emit(k, y, Day(year, month, day), "day");
            }

            return EmitMonthDay(k, m, month, day);
        }

        /// <summary>"August 5, 2019", "Aug. 5", "DEC 8", "October 2019", "in October".</summary>
        private int? MonthFirst(int k)
        {
            if (Month(k) is not { } month)
            {
                return null;
            }

            // "May" is also a verb: a bare capitalised "May" needs a day, a year or a date cue before it.
            var m = k + 1 < tokens.Count && text[tokens[k + 1].Start] == '.' && tokens[k + 1].Start == tokens[k].End ? k + 2 : k + 1;
            if (DayNumber(m) is { } day)
            {
                var y = SkipComma(m + 1);
                if (Year(y) is { } year)
                {
                    return Emit(k, y, Day(year, month, day), "day");
                }

                return EmitMonthDay(k, m, month, day);
            }

            if (Year(m) is { } monthYear)
            {
                return Emit(k, m, ResolvedDate.OfMonth(monthYear, month), "month");
            }

            var before = k - 1;
            while (before >= 0 && IsAny(before, "-", "early", "mid", "late", "the"))
            {
                before--;
            }

            if (before >= 0 && CalendarWords.MonthCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(before)))
            {
                if (Is(k - 1, "last"))
                {
                    return Emit(k - 1, k, published is { } p ? ResolvedDate.OfMonth(p.Month > month ? p.Year : p.Year - 1, month) : null, "month");
                }

                return Emit(k, k, published is { } q ? ResolvedDate.OfMonth(q.Year, month) : null, "month");
            }

            return null;
        }

        /// <summary>A month and day without a year: the publication year, or the one named after it ("August 5 last year").</summary>
        private int EmitMonthDay(int first, int dayToken, int month, int day)
        {
            var last = dayToken;
            var year = published?.Year;
            if (IsAny(dayToken + 1, "last", "this", "next") && Is(dayToken + 2, "year"))
            {
                last = dayToken + 2;
                year += Is(dayToken + 1, "last") ? -1 : Is(dayToken + 1, "next") ? 1 : 0;
            }

            return Emit(first, last, year is { } y ? Day(y, month, day) : null, "day");
        }


        /// <summary>"1947", "in 1995", "the 1995 massacre" — a four-digit year not counting something ("2000 troops").</summary>
        private int? YearAlone(int k)
        {
            if (Year(k) is not { } year)
            {
                return null;
            }

            if (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[k + 1].Start]) && Word(k + 1).EndsWith("s")
                && !IsAny(k + 1, "was", "is", "has", "as", "its", "his", "this", "was", "us", "says"))
            {
                return null;
            }

            if (k > 0 && (tokens[k - 1].Kind == TokenKind.Symbol || text[tokens[k - 1].Start] is '$' or '€' or '£' or '₹'))
            {
                return null;
            }

            return Emit(k, k, ResolvedDate.OfYear(year), "year");
        }

        /// <summary>"on Thursday", "Monday night", "last Tuesday", "next Friday".</summary>
        private int? Weekday(int k)
        {
            if (!IsCapitalised(k) || !CalendarWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(k), out var weekday))
            {
                return null;
            }

            var first = IsAny(k - 1, "last", "next", "this") ? k - 1 : k;
            var last = IsAny(k + 1, "night", "morning", "evening", "afternoon") ? k + 1 : k;
            ResolvedDate? date = null;
            if (published is { } p)
            {
                // News convention: a bare weekday is the most recent one on or before publication; "next" looks forward.
                if (Is(k - 1, "next"))
                {
                    var ahead = ((int)weekday - (int)p.DayOfWeek + 7) % 7;
                    date = ResolvedDate.OfDay(p.AddDays(ahead == 0 ? 7 : ahead));
                }
                else
                {
                    var back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
                    if (Is(k - 1, "last") && back == 0)
                    {
                        back = 7;
                    }

                    date = ResolvedDate.OfDay(p.AddDays(-back));
                }
            }

            return Emit(first, last, date, "day");
        }

        /// <summary>"today", "yesterday", "tomorrow", "tonight".</summary>
        private int? Deictic(int k)
        {
            var offset = Is(k, "today") || Is(k, "tonight") ? 0 : Is(k, "yesterday") ? -1 : Is(k, "tomorrow") ? 1 : (int?)null;
            if (offset is not { } days)
            {
                return null;
            }

            // "Today’s worldwide protest" still dates the protest; the possessive is not part of the date.
            return Emit(k, k, published is { } p ? ResolvedDate.OfDay(p.AddDays(days)) : null, "day");
        }

        /// <summary>"last month", "this year", "earlier this month", "next year".</summary>
        private int? RelativeUnit(int k)
        {
            if (!IsAny(k, "last", "this", "next", "past", "previous", "coming"))
            {
                return null;
            }

            var unit = k + 1;
            if (!IsAny(unit, "month", "year"))
            {
                return null;
            }

            var step = IsAny(k, "last", "past", "previous") ? -1 : IsAny(k, "next", "coming") ? 1 : 0;
            var first = step == 0 && IsAny(k - 1, "earlier", "later") ? k - 1 : k;
            ResolvedDate? date = null;
            if (published is { } p)
            {
                date = Is(unit, "month") ? ResolvedDate.OfMonth(p.AddMonths(step).Year, p.AddMonths(step).Month) : ResolvedDate.OfYear(p.Year + step);
            }

            return Emit(first, unit, date, Is(unit, "month") ? "month" : "year");
        }

        /// <summary>"last summer", "this winter", "summer of 2019", "spring 2020".</summary>
        private int? SeasonPhrase(int k)
        {
            var seasonToken = IsAny(k, "last", "this", "next") ? k + 1 : k;
            if (seasonToken >= tokens.Count || !CalendarWords.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(seasonToken), out var season))
            {
                return null;
            }

            var y = Is(seasonToken + 1, "of") ? seasonToken + 2 : seasonToken + 1;
            if (Year(y) is { } year)
            {
                return Emit(k, y, ResolvedDate.OfSeason(year, season), "season");
            }

            if (seasonToken == k || Is(seasonToken, "fall") && seasonToken == k)
            {
                return null; // a bare "summer" or "fall" is too vague (and "fall" is a verb)
            }

            ResolvedDate? date = null;
            if (published is { } p)
            {
                var start = CalendarWords.SeasonStartMonth(season);
                // The season's instance in the publication year has begun when its first month has come.
                var begun = p.Month >= start || (season == "WI" && p.Month <= 2);
                var thisYear = season == "WI" && p.Month <= 2 ? p.Year - 1 : p.Year;
                var inSeasonNow = begun && (season == "WI" ? p.Month is 12 or <= 2 : p.Month < start + 3);
                var target = Is(k, "last") ? (begun && !inSeasonNow ? thisYear : thisYear - 1) : Is(k, "next") ? thisYear + 1 : thisYear;
                date = ResolvedDate.OfSeason(target, season);
            }

            return Emit(k, seasonToken, date, "season");
        }

        /// <summary>"three days ago", "two years ago", "a month ago".</summary>
        private int? CountAgo(int k)
        {
            int count;
            if (tokens[k].Kind == TokenKind.Number && int.TryParse(Word(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                count = n;
            }
            else if (!CalendarWords.Counts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(k), out count))
            {
                return null;
            }

            if (!Is(k + 2, "ago") || !IsAny(k + 1, "day", "days", "week", "weeks", "month", "months", "year", "years"))
            {
                return null;
            }

            ResolvedDate? date = null;
            var unit = Word(k + 1);
            if (published is { } p)
            {
                date = unit.StartsWith("day") ? ResolvedDate.OfDay(p.AddDays(-count))
                    : unit.StartsWith("week") ? ResolvedDate.OfDay(p.AddDays(-7 * count))
                    : unit.StartsWith("month") ? ResolvedDate.OfMonth(p.AddMonths(-count).Year, p.AddMonths(-count).Month)
                    : ResolvedDate.OfYear(p.Year - count);
            }

            return Emit(k, k + 2, date, unit.StartsWith("year") ? "year" : unit.StartsWith("month") ? "month" : "day");
        }

        /// <summary>"the same day", "a day after", "the next day", "earlier in the day": relative to the last day mentioned.</summary>
        private int? Anaphoric(int k)
        {
            if (IsAny(k, "the", "that") && Is(k + 1, "same") && Is(k + 2, "day"))
            {
                return Emit(k, k + 2, lastDay is { } d ? ResolvedDate.OfDay(d) : null, "day");
            }

            if (Is(k, "a") && Is(k + 1, "day") && IsAny(k + 2, "after", "later", "before", "earlier"))
            {
                var shift = IsAny(k + 2, "after", "later") ? 1 : -1;
                return Emit(k, k + 2, lastDay is { } d ? ResolvedDate.OfDay(d.AddDays(shift)) : null, "day");
            }

            if (Is(k, "the") && IsAny(k + 1, "next", "following", "previous") && Is(k + 2, "day"))
            {
                var shift = Is(k + 1, "previous") ? -1 : 1;
                return Emit(k, k + 2, lastDay is { } d ? ResolvedDate.OfDay(d.AddDays(shift)) : null, "day");
            }

            if (IsAny(k, "earlier", "later") && Is(k + 1, "in") && Is(k + 2, "the") && Is(k + 3, "day"))
            {
                return Emit(k, k + 3, lastDay is { } d ? ResolvedDate.OfDay(d) : published is { } p ? ResolvedDate.OfDay(p) : null, "day");
            }

            return null;
        }
    }
}
