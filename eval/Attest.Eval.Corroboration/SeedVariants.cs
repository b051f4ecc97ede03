using Attest.Text;
using Attest.Text.Pipeline;

namespace Attest.Eval.Corroboration;

/// <summary>Makes the kinds of variants a documentation team meets: retitled, lightly edited copies under other mastheads, and
/// stories that reprint part of a report inside their own text. Every generated sentence remembers the seed sentence it copies.</summary>
public static class SeedVariants
{
    private static readonly string[] Mastheads = ["Daily Times", "Pakistan Observer", "Business Recorder", "Pakistan Today", "Geo News"];

    // Own text for partial reprints: plain background that reports no event, so the reprinted part carries all events.
    private const string Background =
        "The dispute over the region has remained unresolved for more than seven decades. Analysts in both capitals expect the " +
        "diplomatic contest to continue through the coming months. Observers note that public opinion on each side remains sharply divided.";

    /// <summary>The seed's sentences (as the extraction pipeline splits them), with their ranges.</summary>
    public static IReadOnlyList<(int Start, int End)> SentencesOf(string text) =>
        [.. ExtractionPipeline.Default.Extract(text, new DocumentContext(null, null, null, "en")).Sentences.Select(s => (s.Start, s.End))];

    /// <summary>Two retitled copies with a few words changed and one partial reprint for the seed named <paramref name="seed"/>.</summary>
    public static IReadOnlyList<SyntheticDocument> Of(string seed, string text, DateOnly published, Random random)
    {
        var sentences = SentencesOf(text);
        var variants = new List<SyntheticDocument>();
        for (var copy = 0; copy < 2; copy++)
        {
            var outlet = Mastheads[random.Next(Mastheads.Length)];
            var title = $"{outlet}: {Headline(text, sentences, random)}";
            variants.Add(Build($"{seed}copy{copy + 1}", title, outlet, published.AddDays(copy), seed, seed, title + "\n\n", "", text,
                sentences, Enumerable.Range(0, sentences.Count), random, edits: 0.02));
        }

        // The first 60% of the report inside a story of its own.
        var kept = Enumerable.Range(0, Math.Max(1, sentences.Count * 6 / 10));
        var reprintOutlet = Mastheads[random.Next(Mastheads.Length)];
        variants.Add(Build($"{seed}reprint", "Region watch", reprintOutlet, published.AddDays(1), seed, seed, "Region watch\n\n" + Background + "\n\n",
            "", text, sentences, kept, random, edits: 0));
        return variants;
    }

    private static SyntheticDocument Build(
        string name, string title, string outlet, DateOnly published, string seed, string? copyOf, string prefix, string suffix, string text,
        IReadOnlyList<(int Start, int End)> sentences, IEnumerable<int> keep, Random random, double edits)
    {
        var builder = new System.Text.StringBuilder(prefix);
        var map = new List<(string, int)>();
        foreach (var index in keep)
        {
            var (start, end) = sentences[index];
            var sentence = Edit(text[start..end], random, edits);
            map.Add((sentence, index));
            builder.Append(sentence).Append(index + 1 < sentences.Count && text.AsSpan(end, sentences[index + 1].Start - end).Contains('\n') ? "\n\n" : " ");
        }

        builder.Append(suffix);
        return new SyntheticDocument(name, title, outlet, published, builder.ToString(), seed, copyOf, map);
    }

    // Light editing as subeditors do it: a word here and there swapped for a near synonym, names and numbers untouched.
    private static string Edit(string sentence, Random random, double share)
    {
        if (share <= 0)
        {
            return sentence;
        }

        var words = sentence.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < share && Synonyms.TryGetValue(words[i], out var other))
            {
                words[i] = other;
            }
            else if (random.NextDouble() < share && words[i] is "very" or "also" or "strongly")
            {
                words[i] = "";
            }
        }

        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static string Headline(string text, IReadOnlyList<(int Start, int End)> sentences, Random random)
    {
        var (start, end) = sentences[random.Next(Math.Min(3, sentences.Count))];
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(Math.Min(8, words.Length))).TrimEnd('.', ',');
    }

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["big"] = "large",
        ["large"] = "big",
        ["important"] = "key",
        ["key"] = "important",
        ["many"] = "numerous",
        ["help"] = "assist",
        ["began"] = "started",
        ["started"] = "began",
        ["meeting"] = "session",
        ["session"] = "meeting",
        ["issue"] = "matter",
        ["matter"] = "issue",
        ["country"] = "nation",
        ["nation"] = "country",
        ["world"] = "globe",
        ["situation"] = "condition",
        ["support"] = "backing",
        ["efforts"] = "attempts",
        ["attempts"] = "efforts",
        ["role"] = "part",
        ["continuous"] = "continued",
    };
}
