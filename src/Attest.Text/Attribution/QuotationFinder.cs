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
                        found.Add(new Quotation(open, i + 1, open + 1, i));
                        open = -1;
                    }

                    break;
                case '"':
                    if (open >= 0 && (text[open] == '"' || !OpensStraight(text, i)))
                    {
                        found.Add(new Quotation(open, i + 1, open + 1, i));
                        open = -1;
                    }
                    else if (open < 0)
                    {
                        open = i;
                    }

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

    private static bool OpensStraight(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static void CloseAt(List<Quotation> found, string text, int open, int end)
    {
        while (end > open + 1 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > open + 1)
        {
            found.Add(new Quotation(open, end, open + 1, end));
        }
    }
}
