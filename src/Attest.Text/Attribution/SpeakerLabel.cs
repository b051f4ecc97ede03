using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Attribution;

/// <summary>A line that opens with the name of who speaks and a colon: a transcript turn ("OKAFOR: Were the pumps…",
/// "Dr Ana Ruiz, Health Minister: Good evening") or a headline ("Ortiz: The bridge will be rebuilt"). Token indices, both
/// ends inclusive; the content starts at <see cref="ContentFirst"/>.</summary>
internal readonly record struct SpeakerLabel(int First, int Last, int ContentFirst)
{
    private const int MaxLabelTokens = 9;
    private const int MinContentWords = 3;

    /// <summary>The labels of a document, by sentence: a name the entity stage knows as a person or an organisation, or,
    /// when two or more different labels are in capitals, any label in capitals. <paramref name="transcript"/> says whether
    /// two or more different speakers take turns, in which case a turn runs on until the next label.</summary>
    public static Dictionary<int, SpeakerLabel> Find(string text, List<Token> tokens, IReadOnlyList<SentenceSpan> sentences,
        MentionIndex mentions, Func<SentenceSpan, (int First, int Last)> tokenRange, out bool transcript)
    {
        var named = new Dictionary<int, SpeakerLabel>();
        var capitals = new Dictionary<int, SpeakerLabel>();
        var capitalNames = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Start > 0 && text[s.Start - 1] != '\n' || Read(text, tokens, tokenRange(s)) is not { } label)
            {
                continue;
            }

            if (IsCapitals(text, tokens, label))
            {
                capitals[k] = label;
                capitalNames.Add(text[tokens[label.First].Start..tokens[label.Last].End]);
            }
            else if (IsKnownName(tokens, mentions, label))
            {
                named[k] = label;
            }
        }

        if (capitalNames.Count >= 2)
        {
            foreach (var (k, label) in capitals)
            {
                named[k] = label;
            }
        }

        transcript = named.Values.Select(l => text[tokens[l.First].Start..tokens[l.Last].End]).Distinct(StringComparer.Ordinal).Count() >= 2;
        return named;
    }

    private static SpeakerLabel? Read(string text, List<Token> tokens, (int First, int Last) range)
    {
        var (first, end) = range;
        // A transcript quoted paragraph by paragraph opens each turn with a quotation mark: "“WALLACE: …".
        if (first < end && tokens[first].Kind == TokenKind.Quote)
        {
            first++;
        }

        var colon = -1;
        for (var i = first; i < end && i <= first + MaxLabelTokens; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ':')
            {
                colon = i;
                break;
            }

            // A label is a name, perhaps with its role after a comma: capitalised words, "of", the period of "Mr.".
            var word = t.Kind == TokenKind.Word && (char.IsUpper(text[t.Start]) || text.AsSpan(t.Start, t.Length) is "of" or "for" or "and");
            var mark = t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or ',' && i > first;
            if (!word && !mark)
            {
                return null;
            }
        }

        if (colon <= first)
        {
            return null;
        }

        var words = 0;
        for (var i = colon + 1; i < end; i++)
        {
            words += tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= MinContentWords ? new SpeakerLabel(first, colon - 1, colon + 1) : null;
    }

    private static bool IsCapitals(string text, List<Token> tokens, SpeakerLabel label)
    {
        for (var i = label.First; i <= label.Last; i++)
        {
            foreach (var c in text.AsSpan(tokens[i].Start, tokens[i].Length))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return tokens[label.Last].Length > 1;
    }

    private static bool IsKnownName(List<Token> tokens, MentionIndex mentions, SpeakerLabel label)
    {
        foreach (var (_, _, entity) in mentions.Within(tokens[label.First].Start, tokens[label.Last].End))
        {
            if (entity.Type is "person" or "organization")
            {
                return true;
            }
        }

        return false;
    }
}
