namespace Attest.Text.Attribution;

/// <summary>Splits a quotation into its sentences, so a quote of three sentences gives three claims with one speaker.</summary>
public static class QuotePieces
{
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var pieces = new List<(int, int)>();
        var pieceStart = start;
        for (var i = start; i < end - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, start, i))
            {
                var next = i + 1;
                while (next < end && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < end && (char.IsUpper(text[next]) || text[next] is '“' or '"' or '‘'))
                {
                    Add(pieces, text, pieceStart, i + 1);
                    pieceStart = next;
                    i = next - 1;
                }
            }
        }

        Add(pieces, text, pieceStart, end);
        return pieces;
    }

    /// <summary>Trims white space and trailing commas or colons that belong to the sentence around the quote.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '–' or '—'))
        {
            end--;
        }

        return (start, end);
    }

    private static void Add(List<(int, int)> pieces, string text, int start, int end)
    {
        var (s, e) = Trim(text, start, end);
        if (e > s)
        {
            pieces.Add((s, e));
        }
    }

    /// <summary>"Mr.", "Dr.", "U.S." and single initials do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int start, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var w = dot;
        while (w > start && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        return word.Length == 1 && char.IsUpper(word[0])
            || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Col" or "Lt" or "Capt" or "Prof" or "Sen" or "Rep" or "Gov" or "No" or "Vol" or "vs" or "etc" or "Jr" or "Sr";
    }
}
