namespace Attest.Bench.Copies;

/// <summary>A labelled corpus: originals made from seed sentences with many words replaced (so they are independent of each
/// other), retitled lightly edited copies, and stories that reprint part of an original. Each copy knows its original.</summary>
public sealed class SyntheticCorpus
{
    private SyntheticCorpus(IReadOnlyList<string> texts, IReadOnlyList<int> copyOf) => (Texts, CopyOf) = (texts, copyOf);

    public IReadOnlyList<string> Texts { get; }

    /// <summary>For each text, the index of the original it copies, or -1 for an original.</summary>
    public IReadOnlyList<int> CopyOf { get; }

    public static SyntheticCorpus Build(string seedFolder, int count, int seed = 20191023)
    {
        var sentences = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Split(' ').Length >= 8)
            .ToArray();
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 20_000).Select(_ => RandomWord(random)).ToArray();
        var texts = new List<string>(count);
        var copyOf = new List<int>(count);
        var originals = new List<int>();
        while (texts.Count < count)
        {
            var roll = random.NextDouble();
            if (originals.Count < 10 || roll < 0.6)
            {
                originals.Add(texts.Count);
                texts.Add(Original(sentences, vocabulary, random));
                copyOf.Add(-1);
            }
            else
            {
                var original = originals[random.Next(originals.Count)];
                texts.Add(roll < 0.8
                    ? "New headline " + RandomWord(random) + "\n\n" + Edit(texts[original], vocabulary, random, 0.02)
                    : Original(sentences, vocabulary, random) + " " + Half(texts[original]));
                copyOf.Add(original);
            }
        }

        return new SyntheticCorpus(texts, copyOf);
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
