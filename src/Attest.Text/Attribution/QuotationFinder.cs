namespace Attest.Text.Attribution;

/// <summary>Pairs double quotation marks across the whole text in one pass, tolerating unbalanced and multi-paragraph quotes.</summary>
/// <remarks>Single quotes are left out: in news they mark scare quotes and apostrophes far more often than speech.
/// A quote left open at a line end closes there, so one stray mark cannot swallow the rest of a document.</remarks>
public static class QuotationFinder
{
    public static List<Quotation> Find(string text)
    {
        var found = new List<Quotation>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“' or '«' or '„':
                    if (open >= 0)
                    {
                        CloseAt(found, text, open, i);
                    }

                    open = i;
                    break;
                case '”' or '»':
                    if (open >= 0)
                    {
                        found.Add(new Quotation(open, i + 1, open + MarkWidth(text, open), i));
                        open = -1;
                    }

                    break;
                case '"':
                case '\'' when IsDoubledApostrophe(text, i):
                    // '' is how some archives (the New York Times among them) write a straight double quotation mark.
                    var width = c == '"' ? 1 : 2;
                    if (open >= 0 && (IsStraight(text, open) || !OpensStraight(text, i, width)))
                    {
                        found.Add(new Quotation(open, i + width, open + MarkWidth(text, open), i));
                        open = -1;
                    }
                    else if (open < 0)
                    {
                        open = i;
                    }

                    i += width - 1;
                    break;
                case '\n':
                    if (open >= 0)
                    {
                        CloseAt(found, text, open, i);
                        open = -1;
                    }

                    break;
            }
        }

        if (open >= 0)
        {
            CloseAt(found, text, open, text.Length);
        }

        return found;
    }

    private static bool OpensStraight(string text, int i, int width) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[') && i + width < text.Length && !char.IsWhiteSpace(text[i + width]);

    /// <summary>Two apostrophes in a row that are not part of a longer run.</summary>
    internal static bool IsDoubledApostrophe(string text, int i) =>
        i + 1 < text.Length && text[i] == '\'' && text[i + 1] == '\'' && (i + 2 >= text.Length || text[i + 2] != '\'') && (i == 0 || text[i - 1] != '\'');

    private static bool IsStraight(string text, int open) => text[open] is '"' or '\'';

    private static int MarkWidth(string text, int open) => text[open] == '\'' ? 2 : 1;

    private static void CloseAt(List<Quotation> found, string text, int open, int end)
    {
        var contentStart = open + MarkWidth(text, open);
        while (end > contentStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > contentStart)
        {
            found.Add(new Quotation(open, end, contentStart, end));
        }
    }
}
