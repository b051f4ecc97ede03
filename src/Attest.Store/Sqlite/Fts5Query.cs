using System.Text;

namespace Attest.Store.Sqlite;

/// <summary>Translates web-search syntax (words, "phrases", OR, -word) into an FTS5 query that cannot be a syntax error.</summary>
public static class Fts5Query
{
    public static string FromWebSearch(string text)
    {
        var positives = new List<string>();
        var negatives = new List<string>();
        var pendingOr = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negate = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negate)
            {
                i++;
            }

            string term;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                term = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                term = text[start..i];
                if (term == "OR" && !negate)
                {
                    pendingOr = positives.Count > 0;
                    continue;
                }
            }

            var quoted = Quote(term);
            if (quoted is null)
            {
                continue;
            }

            if (negate)
            {
                negatives.Add(quoted);
            }
            else if (pendingOr)
            {
                positives[^1] = $"({positives[^1]} OR {quoted})";
                pendingOr = false;
            }
            else
            {
                positives.Add(quoted);
            }
        }

        if (positives.Count == 0)
        {
            return string.Empty;
        }

        var query = new StringBuilder(string.Join(" AND ", positives));
        foreach (var negative in negatives)
        {
            query.Append(" NOT ").Append(negative);
        }

        return query.ToString();
    }

    // Each term becomes an FTS5 string: double quotes inside are doubled, and tokens of pure punctuation are dropped.
    private static string? Quote(string term)
    {
        if (!term.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        return "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
