namespace Attest.Bench.Copies;

/// <summary>A labelled corpus: originals made from seed sentences with many words replaced (so they are independent of each
/// other), retitled lightly edited copies, and stories that reprint part of an original. Each copy knows its original.</summary>
public static class SyntheticCorpus
{
    /// <summary>Makes <paramref name="count"/> texts one at a time, each with the index of the original it copies (-1 for an
    /// original). Nothing is kept but the originals' indices: an original's text is made again from its own random seed when
    /// a copy needs it, so a million texts fit in memory.</summary>
    public static IEnumerable<(string Text, int CopyOf)> Stream(string seedFolder, int count, int seed = 20191023)
    {
        var sentences = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Split(' ').Length >= 8)
            .ToArray();
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 20_000).Select(_ => RandomWord(random)).ToArray();
        var originals = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            if (originals.Count < 10 || roll < 0.6)
            {
                originals.Add(i);
                yield return (OriginalOf(i), -1);
                continue;
            }

            var original = originals[random.Next(originals.Count)];
            var text = OriginalOf(original);
            yield return (roll < 0.8
                ? "New headline " + RandomWord(random) + "\n\n" + Edit(text, vocabulary, random, 0.02)
                : Original(sentences, vocabulary, random) + " " + Half(text), original);
        }

        // HashCode.Combine would differ between runs; the corpus must be the same every time.
        string OriginalOf(int index) => Original(sentences, vocabulary, new Random(unchecked(seed + (index * 1_000_003))));
    }

    private static string Original(string[] sentences, string[] vocabulary, Random random)
    {
        var picked = Enumerable.Range(0, 10).Select(_ => sentences[random.Next(sentences.Length)]);
        return Edit(string.Join(". ", picked) + ".", vocabulary, random, 0.35);
    }

    private static string Edit(string text, string[] vocabulary, Random random, double share) =>
        string.Join(' ', text.Split(' ').Select(w => random.NextDouble() < share ? vocabulary[random.Next(vocabulary.Length)] : w));

    // Most of an original reprinted inside another story: the first 60% of its words.
    private static string Half(string text)
    {
        var words = text.Split(' ');
        return string.Join(' ', words.Take(words.Length * 6 / 10));
    }

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26)))]);
}
