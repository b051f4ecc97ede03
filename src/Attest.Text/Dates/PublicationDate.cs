using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Dates;

/// <summary>Infers when a document was published, when no one said: a "Published on …" line, a full date near the top, or a
/// dateline's month and day in the latest year the text mentions.</summary>
public static class PublicationDate
{
    // A publication date is printed with the headline or byline; further down a full date is about something else.
    private const int HeaderWindow = 400;
    private const int ShortLine = 60;

    public static DateOnly? Infer(string text, IReadOnlyList<Token> tokens, DatelineInfo? dateline)
    {
        // Only header lines count: a line that says "Published"/"Updated"/"Posted", or a short line of its own (a date line or
        // byline); a full date inside the first sentence is usually about the news, not the publication.
        var header = new List<Token>();
        for (var i = 0; i < tokens.Count && tokens[i].Start < HeaderWindow; i++)
        {
            header.Add(tokens[i]);
        }

        var lineStart = 0;
        while (lineStart < Math.Min(text.Length, HeaderWindow))
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Trim().Length <= ShortLine || line.Contains("Published", StringComparison.OrdinalIgnoreCase)
                || line.Contains("Updated", StringComparison.OrdinalIgnoreCase) || line.Contains("Posted", StringComparison.OrdinalIgnoreCase))
            {
                var lineTokens = header.FindAll(t => t.Start >= lineStart && t.End <= lineEnd);
                var found = new List<DateMention>();
                DateRecognizer.Recognize(text, lineTokens, null, found);
                foreach (var date in found)
                {
                    if (date.Precision == "day" && date.Value is { } value && DateOnly.TryParseExact(value, "yyyy-MM-dd", out var day))
                    {
                        return day;
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        if (dateline?.Date is not { } partial)
        {
            return null;
        }

        // "DEC 8": the year is the latest one the report names (news is dated in its own year).
        var years = new List<DateMention>();
        DateRecognizer.Recognize(text, tokens, null, years);
        var latest = years.Where(d => d.Precision is "year" or "month" or "day" && d.Value is { Length: >= 4 })
            .Select(d => int.Parse(d.Value![..4], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max();
        if (latest == 0)
        {
            return null;
        }

        var dateTokens = new List<Token>();
        Tokenizer.Tokenize(partial, dateTokens);
        var parsed = new List<DateMention>();
        DateRecognizer.Recognize(partial, dateTokens, new DateOnly(latest, 1, 1), parsed);
        return parsed.Count > 0 && parsed[0].Value is { } v && DateOnly.TryParseExact(v, "yyyy-MM-dd", out var result) ? result : null;
    }
}
