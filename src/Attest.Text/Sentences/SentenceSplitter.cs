using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Sentences;

/// <summary>Groups tokens into sentences: terminal punctuation (minding abbreviations, initials and closing quotes),
/// blank lines, headline lines, the dateline, and hard-wrapped paragraphs.</summary>
public static class SentenceSplitter
{
    // Real sentences in news rarely pass 150 tokens; these limits only bite on text without sentence ends.
    private const int SoftMaxTokens = 250;
    private const int HardMaxTokens = 500;

    public static void Split(string text, IReadOnlyList<Token> tokens, DatelineInfo? dateline, List<SentenceSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Count == 0)
        {
            return;
        }

        var layout = LineLayout.Measure(text);
        var first = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (k > first && BreaksBefore(text, tokens, k, dateline, layout))
            {
                Emit(tokens, first, k - 1, dateline, into);
                first = k;
            }

            // Text with no sentence ends (a 5 MB line, a table dump) is cut into bounded pieces, at a clause mark when there is
            // one, so that no later stage works on one unbounded "sentence".
            if (k - first >= SoftMaxTokens && (IsClauseMark(text, token) || k - first >= HardMaxTokens))
            {
                Emit(tokens, first, k, dateline, into);
                first = k + 1;
                continue;
            }

            if (AcronymEndsSentence(text, tokens, k))
            {
                Emit(tokens, first, k, dateline, into);
                first = k + 1;
                continue;
            }

            if (token.Kind == TokenKind.Punctuation && IsTerminal(text, token))
            {
                var last = k;
                // A straight quote after a space opens the next quotation ('… Council. "We will…'); only a touching one closes.
                while (last + 1 < tokens.Count && IsCloser(text, tokens[last + 1]) && !HasNewline(text, tokens[last].End, tokens[last + 1].Start)
                       && (tokens[last].End == tokens[last + 1].Start || text[tokens[last + 1].Start] is not ('"' or '\'')))
                {
                    last++;
                }

                if (EndsSentence(text, tokens, k, last))
                {
                    Emit(tokens, first, last, dateline, into);
                    first = last + 1;
                    k = last;
                }
            }
        }

        if (first < tokens.Count)
        {
            Emit(tokens, first, tokens.Count - 1, dateline, into);
        }
    }

    private static void Emit(IReadOnlyList<Token> tokens, int first, int last, DatelineInfo? dateline, List<SentenceSpan> into)
    {
        // The dateline is a header, not part of the first sentence.
        if (dateline is not null)
        {
            while (first <= last && tokens[first].Start >= dateline.Start && tokens[first].End <= dateline.End)
            {
                first++;
            }
        }

        if (first <= last)
        {
            into.Add(new SentenceSpan(tokens[first].Start, tokens[last].End));
        }
    }

    private static bool BreaksBefore(string text, IReadOnlyList<Token> tokens, int k, DatelineInfo? dateline, LineLayout layout)
    {
        var previous = tokens[k - 1];
        var token = tokens[k];
        if (dateline is not null && (token.Start == dateline.Start || (previous.End <= dateline.End && token.Start >= dateline.End)))
        {
            return true;
        }

        var newlines = CountNewlines(text, previous.End, token.Start);
        if (newlines == 0)
        {
            return false;
        }

        if (newlines >= 2 || !layout.HardWrapped)
        {
            return true;
        }

        // Hard-wrapped text: a line break ends a sentence only after a short line (a headline or byline) before a capital.
        // A headline or byline is also written in title case ("By Azharullah Khattak"), unlike the end of a paragraph's line.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, previous.End - 1)) + 1;
        var shortLine = previous.End - lineStart < layout.WrapWidth * 2 / 3;
        return shortLine && char.IsUpper(text[token.Start]) && (previous.Kind != TokenKind.Word || char.IsUpper(text[previous.Start]))
            && !IsContinuationPunctuation(text[previous.End - 1]) && IsTitleCase(text.AsSpan(lineStart, previous.End - lineStart));
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int terminal, int last)
    {
        if (last + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[last + 1];
        var nextChar = text[next.Start];
        var startsLikeSentence = char.IsUpper(nextChar) || char.IsDigit(nextChar) || next.Kind == TokenKind.Quote || nextChar is '(' or '[';
        if (!startsLikeSentence)
        {
            return false;
        }

        if (text[tokens[terminal].Start] != '.' || terminal == 0)
        {
            return true;
        }

        var before = tokens[terminal - 1];
        if (before.End != tokens[terminal].Start || before.Kind != TokenKind.Word)
        {
            return true;
        }

        var word = text.AsSpan(before.Start, before.Length);
        // An initial stands alone ("Ghulam N. Fai"); the last letter of "J&K." or "IIOJ&K." is the end of a name.
        var standsAlone = before.Start == 0 || char.IsWhiteSpace(text[before.Start - 1]) || text[before.Start - 1] is '(' or '"' or '“';
        if (word.Length == 1 && char.IsUpper(word[0]) && standsAlone)
        {
            return false;
        }

        var lookup = Abbreviations.NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(word);
    }

    private static bool IsTerminal(string text, Token token) => text[token.Start] is '.' or '!' or '?' or '…';

    /// <summary>A dotted acronym ends its sentence only when a typical sentence opener follows ("…in the U.S. The talks…").</summary>
    private static bool AcronymEndsSentence(string text, IReadOnlyList<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word || text[token.End - 1] != '.' || k + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[k + 1];
        var lookup = Abbreviations.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        return char.IsUpper(text[next.Start]) && lookup.Contains(text.AsSpan(next.Start, next.Length));
    }

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Quote && text[token.Start] is '"' or '”' or '’' or '\'' or '»' || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']');

    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return capitalised * 2 >= words;
    }

    private static bool IsClauseMark(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is ',' or ';' or ':' or '–' or '—';

    private static bool IsContinuationPunctuation(char c) => c is ',' or ';' or '-' or '–' or '(';

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static int CountNewlines(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n');
}
