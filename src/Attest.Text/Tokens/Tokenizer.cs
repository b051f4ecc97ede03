namespace Attest.Text.Tokens;

/// <summary>Splits text into word, number, punctuation and quote tokens with exact offsets, in one linear pass.</summary>
/// <remarks>Hyphens split words ("Pakistan-India" → three tokens) so each part can be a name; a possessive "’s" is its own token;
/// dotted acronyms ("U.S.", "D.C.") stay whole so their periods are not read as sentence ends.</remarks>
public static class Tokenizer
{
    public static void Tokenize(string text, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i);
                AddWord(text, start, i, into);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                into.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsApostrophe(c) && IsPossessive(text, i) && into.Count > 0 && into[^1].End == i && into[^1].Kind == TokenKind.Word)
            {
                i += 2;
                into.Add(new Token(start, i, TokenKind.Word));
            }
            else if (c == '\'' && i + 1 < n && text[i + 1] == '\'')
            {
                i += 2; // '' stands for a double quotation mark in some archives: one token, as in the Penn Treebank
                into.Add(new Token(start, i, TokenKind.Quote));
            }
            else if (IsQuote(c))
            {
                into.Add(new Token(start, ++i, TokenKind.Quote));
            }
            else if (char.IsPunctuation(c))
            {
                i++;
                // "..." and "?!" stay one token so the sentence splitter sees one boundary.
                while (i < n && (text[i] == c && c is '.' or '-' || (c is '?' or '!' && text[i] is '?' or '!')))
                {
                    i++;
                }

                into.Add(new Token(start, i, TokenKind.Punctuation));
            }
            else
            {
                // Surrogate pairs stay together so a token never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                into.Add(new Token(start, i, TokenKind.Symbol));
            }
        }
    }

    /// <summary>Adds a word, with a contracted clitic split off as the treebanks do: "don't" → do + n't, "we're" →
    /// we + 're, "cannot" → can + not. Both parts keep their exact offsets.</summary>
    private static void AddWord(string text, int start, int end, List<Token> into)
    {
        var split = CliticStart(text.AsSpan(start, end - start));
        if (split > 0)
        {
            into.Add(new Token(start, start + split, TokenKind.Word));
            into.Add(new Token(start + split, end, TokenKind.Word));
        }
        else
        {
            into.Add(new Token(start, end, TokenKind.Word));
        }
    }

    // Where the clitic of a contraction starts in a word, or 0 when it has none.
    private static int CliticStart(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n > 3 && IsApostrophe(word[n - 2]) && word[n - 1] is 't' or 'T' && word[n - 3] is 'n' or 'N')
        {
            return n - 3;
        }

        if (n > 2 && IsApostrophe(word[n - 2]) && word[n - 1] is 'm' or 'M' or 'd' or 'D')
        {
            return n - 2;
        }

        if (n > 3 && IsApostrophe(word[n - 3]) && (word[^2..].Equals("re", StringComparison.OrdinalIgnoreCase)
                || word[^2..].Equals("ve", StringComparison.OrdinalIgnoreCase) || word[^2..].Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            return n - 3;
        }

        return word.Equals("cannot", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static int ScanWord(string text, int i)
    {
        var n = text.Length;
        var start = i;
        // Dotted acronym: U.S., U.N., D.C., e.g.
        if (i + 2 < n && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && (i + 3 >= n || !char.IsLetter(text[i + 3])))
        {
            var j = i;
            while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }

            if (j - start >= 4)
            {
                return j;
            }
        }

        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        var n = text.Length;
        while (i < n)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < n && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Ordinals and units glued to the digits: 1st, 5th, 10km.
        while (i < n && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
