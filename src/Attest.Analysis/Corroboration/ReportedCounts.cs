using System.Collections.Frozen;
using Attest.Core.Extraction;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Corroboration;

/// <summary>Finds the counted people of a passage: an extracted quantity with a word beside it that says what happened to them.</summary>
public static class ReportedCounts
{
    private static readonly FrozenDictionary<string, string> Outcomes = KnowledgeFile.Rows("casualty-outcomes.tsv")
        .ToFrozenDictionary(r => KnowledgeFile.Column(r, 0), r => KnowledgeFile.Column(r, 1), StringComparer.OrdinalIgnoreCase);

    // Words that may stand between the count and what happened: "two civilians WERE REPORTEDLY killed".
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "got", "get", "reportedly", "allegedly", "also", "all",
        "later", "critically", "seriously", "severely", "badly", "fatally", "mostly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts in <c>[start, end)</c> of <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<ReportedCount> In(ExtractionResult extraction, string text, int start, int end)
    {
        List<ReportedCount>? counts = null;
        foreach (var q in extraction.Quantities)
        {
            if (q.Start < start || q.End > end || q.Unit is not { Length: > 0 } unit || Outcome(text, q, start, end) is not { } outcome)
            {
                continue;
            }

            (counts ??= []).Add(new ReportedCount(outcome, Singular(unit.ToLowerInvariant()), q.Low, q.High, q.Text));
        }

        return counts ?? (IReadOnlyList<ReportedCount>)[];
    }

    // The word after the count ("two civilians were KILLED"), past any auxiliaries, else the word just before it ("KILLING two").
    private static string? Outcome(string text, QuantityMention q, int start, int end)
    {
        var at = q.End;
        for (var skipped = 0; skipped <= 3 && NextWord(text, ref at, end) is { } word; skipped++)
        {
            if (Outcomes.TryGetValue(word, out var outcome))
            {
                return outcome;
            }

            if (!Auxiliaries.Contains(word))
            {
                break;
            }
        }

        return PreviousWord(text, q.Start, start) is { } before && Outcomes.TryGetValue(before, out var found) ? found : null;
    }

    private static string? NextWord(string text, ref int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        var first = at;
        while (at < end && char.IsLetter(text[at]))
        {
            at++;
        }

        return at > first ? text[first..at] : null;
    }

    private static string? PreviousWord(string text, int at, int start)
    {
        var last = at;
        while (last > start && text[last - 1] == ' ')
        {
            last--;
        }

        var first = last;
        while (first > start && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return last > first ? text[first..last] : null;
    }

    // Crude, but both sides of a comparison go through it: "civilians" and "civilian" meet, "people" stays.
    private static string Singular(string unit) =>
        unit.Length > 3 && unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1] : unit;
}
