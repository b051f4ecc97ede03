using Attest.Core.Sources;

namespace Attest.Text.Datelines;

/// <summary>Finds a news dateline (<c>ISLAMABAD, DEC 8 /DNA/ –</c>, <c>Islamabad - </c>, <c>NEW DELHI (Reuters) -</c>) near the start of a report.</summary>
/// <remarks>Hand-written scanner rather than a regex: bounded, linear, and it only looks at the first few lines.</remarks>
public static class DatelineParser
{
    // A dateline sits on the first lines (after a headline at most); looking further only invites false hits.
    private const int SearchWindow = 600;
    private const int MaxLines = 4;
    private const int MaxPlaceLength = 40;
    private const int GluedHeadlineLength = 160;

    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    public static Dateline? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var window = Math.Min(text.Length, SearchWindow);
        var lineStart = 0;
        for (var line = 0; line < MaxLines && lineStart < window; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart, window - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = window;
            }

            if (TryAt(text, SkipSpaces(text, lineStart, lineEnd), lineEnd) is { } found)
            {
                return found;
            }

            // A headline glued to the dateline on the same line: "Pakistan steps up offensive ISLAMABAD: Pakistan has…".
            for (var i = lineStart + 1; i < Math.Min(lineEnd, lineStart + GluedHeadlineLength); i++)
            {
                if (text[i - 1] == ' ' && char.IsUpper(text[i]) && i + 1 < lineEnd && char.IsUpper(text[i + 1])
                    && TryAt(text, i, lineEnd) is { } glued && IsAllCapsPlace(glued.Place))
                {
                    return glued;
                }
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private static Dateline? TryAt(string text, int start, int lineEnd)
    {
        var i = start;
        var placeEnd = -1;
        var allCaps = true;
        var words = 0;
        while (i < lineEnd && words < 5)
        {
            if (!char.IsLetter(text[i]) || !char.IsUpper(text[i]))
            {
                break;
            }

            var wordStart = i;
            while (i < lineEnd && (char.IsLetter(text[i]) || text[i] == '.' || text[i] == '\''))
            {
                allCaps &= !char.IsLower(text[i]);
                i++;
            }

            if (i - wordStart < 2)
            {
                break;
            }

            words++;
            placeEnd = i;
            if (i < lineEnd && text[i] == ' ' && i + 1 < lineEnd && char.IsUpper(text[i + 1]) && (allCaps || !LooksLikeSentence(text, i + 1, lineEnd)))
            {
                i++;
                continue;
            }

            break;
        }

        if (placeEnd < 0 || placeEnd - start > MaxPlaceLength)
        {
            return null;
        }

        var place = text[start..placeEnd];
        i = placeEnd;
        string? date = null;
        string? agency = null;

        // ", DEC 8" or ", August 5"
        if (i < lineEnd && text[i] == ',')
        {
            var j = SkipSpaces(text, i + 1, lineEnd);
            var dateEnd = ScanMonthDay(text, j, lineEnd);
            if (dateEnd > j)
            {
                date = text[j..dateEnd];
                i = dateEnd;
            }
        }

        i = SkipSpaces(text, i, lineEnd);
        // "(Reuters)" or "/DNA/"
        if (i < lineEnd && (text[i] == '(' || text[i] == '/'))
        {
            var close = text[i] == '(' ? ')' : '/';
            var end = text.IndexOf(close, i + 1, Math.Min(lineEnd, i + 30) - i - 1);
            if (end > i + 1)
            {
                agency = text[(i + 1)..end].Trim();
                i = SkipSpaces(text, end + 1, lineEnd);
            }
        }

        if (i >= lineEnd || !IsSeparator(text[i]))
        {
            return null;
        }

        var separator = text[i];
        var after = SkipSpaces(text, i + 1, lineEnd);
        // "BJP-led" or "10:30" are words, not datelines: the separator must stand apart from what follows.
        if (after == i + 1 && !(separator != ':' && i > 0 && text[i - 1] == ' '))
        {
            return null;
        }

        // "Islamabad - " in title case is only a dateline when spaced as one; a colon needs capitals ("ISLAMABAD:").
        var spacedDash = separator != ':' && i > 0 && text[i - 1] == ' ' && after > i + 1;
        if (!allCaps && !spacedDash && agency is null)
        {
            return null;
        }

        if (!allCaps && words > 3)
        {
            return null;
        }

        // "OKAFOR:" with more capitalised labels opening lines further on is a speaker taking turns in a transcript.
        if (separator == ':' && allCaps && HasLaterCapitalLabel(text, lineEnd))
        {
            return null;
        }

        if (after >= lineEnd || !(char.IsLetterOrDigit(text[after]) || text[after] is '"' or '“' or '‘' or '\''))
        {
            return null;
        }

        return new Dateline(start, i + 1, place, date, agency);
    }

    private static bool LooksLikeSentence(string text, int from, int lineEnd)
    {
        // In title case, "Prime Minister says…" is a sentence, not a place; a place is followed by its separator within a few words.
        var limit = Math.Min(lineEnd, from + MaxPlaceLength);
        for (var k = from; k < limit; k++)
        {
            if (IsSeparator(text[k]) || text[k] == ',' || text[k] == '(')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCapsPlace(string place)
    {
        foreach (var c in place)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLaterCapitalLabel(string text, int from)
    {
        for (var line = text.IndexOf('\n', from); line >= 0 && line + 1 < text.Length; line = text.IndexOf('\n', line + 1))
        {
            var i = line + 1;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\''))
            {
                i++;
            }

            if (i - line > 2 && i < text.Length && text[i] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c is '-' or '–' or '—' or ':';

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0' || text[i] == '\r'))
        {
            i++;
        }

        return i;
    }

    private static int ScanMonthDay(string text, int i, int end)
    {
        var wordEnd = i;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd - i < 3)
        {
            return i;
        }

        var word = text.AsSpan(i, wordEnd - i);
        var isMonth = false;
        foreach (var abbreviation in MonthAbbreviations)
        {
            if (word.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                isMonth = true;
                break;
            }
        }

        if (!isMonth)
        {
            return i;
        }

        var j = wordEnd;
        if (j < end && text[j] == '.')
        {
            j++;
        }

        j = SkipSpaces(text, j, end);
        var digitsStart = j;
        while (j < end && j - digitsStart < 2 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > digitsStart ? j : wordEnd;
    }
}
