using System.Collections.Frozen;

using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Attribution;

/// <summary>Marks the sentences where the writer speaks for themselves (opinion pieces): unattributed sentences that carry a
/// stance — a modal of obligation, the writer's "we", an evaluative adverb, a rhetorical question.</summary>
/// <remarks>Plain unattributed narration ("The meeting was attended by…") is left alone: it reports, it does not argue.</remarks>
internal static class AuthorVoice
{
    private static readonly FrozenSet<string> StanceWords = new[]
    {
        "should", "must", "ought", "imperative", "we", "our", "us", "regrettably", "unfortunately", "sadly", "clearly", "surely",
        "undoubtedly", "shameful", "unacceptable", "deplorable", "worth", "need", "needs", "necessary", "essential", "crucial",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"US" is a country, not the writer's "us".</summary>
    private static bool IsAcronym(string text, Token t) => t.Length > 1 && char.IsUpper(text[t.Start]) && char.IsUpper(text[t.Start + 1]);

    public static void Add(string text, List<Token> tokens, IReadOnlyList<SentenceSpan> sentences, List<Quotation> quotes,
        List<ClaimCandidate> candidates, Func<SentenceSpan, (int First, int Last)> tokenRange, IReadOnlySet<int> spokenByOthers)
    {
        var covered = new bool[sentences.Count];
        var sorted = candidates.Select(c => (c.Start, c.End)).OrderBy(c => c.Start).ToArray();
        var next = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            while (next < sorted.Length && sorted[next].End <= s.Start)
            {
                next++;
            }

            covered[k] = next < sorted.Length && sorted[next].Start < s.End || spokenByOthers.Contains(k);
        }

        var quoteIndex = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (covered[k])
            {
                continue;
            }

            var s = sentences[k];
            while (quoteIndex < quotes.Count && quotes[quoteIndex].End <= s.Start)
            {
                quoteIndex++;
            }

            if (quoteIndex < quotes.Count && quotes[quoteIndex].Start <= s.Start && quotes[quoteIndex].End >= s.End - 1)
            {
                continue; // a sentence inside someone's quotation
            }

            var (t0, t1) = tokenRange(s);
            var stance = false;
            for (var i = t0; i < t1 && !stance; i++)
            {
                var t = tokens[i];
                stance = t.Kind == TokenKind.Word && StanceWords.Has(text.AsSpan(t.Start, t.Length)) && !IsAcronym(text, t)
                    || t.Kind == TokenKind.Punctuation && text[t.Start] == '?' && i >= t1 - 2;
            }

            if (!stance)
            {
                continue;
            }

            var (start, end) = QuotePieces.Trim(text, s.Start, s.End);
            if (end > start)
            {
                candidates.Add(new ClaimCandidate
                {
                    Start = start,
                    End = end,
                    Direct = false,
                    Cue = null,
                    Frame = CueFrame.Say,
                    Layout = ClaimLayout.Author,
                    CueStart = start,
                    FrameStart = start,
                    Speaker = new Speaker("author", null, null),
                    Sentence = k,
                });
            }
        }
    }
}
