using System.Text;

namespace Attest.Bench;

/// <summary>A corpus of news texts built by repeating the seed documents with variations (names, numbers, paragraph order),
/// so that no two texts are identical and nothing can be served from a cache.</summary>
public sealed class BenchCorpus
{
    private static readonly string[][] Swaps =
    [
        ["Imran Khan", "Shehbaz Sharif"], ["Narendra Modi", "Manmohan Singh"], ["Donald Trump", "Joe Biden"], ["Islamabad", "Lahore"],
        ["Thursday", "Monday"], ["August", "October"], ["Pakistan", "Pakistan"],
    ];

    private BenchCorpus(IReadOnlyList<string> documents)
    {
        Documents = documents;
        Words = documents.Sum(CountWords);
    }

    public IReadOnlyList<string> Documents { get; }

    public long Words { get; }

    /// <summary>Builds a corpus of at least <paramref name="minWords"/> words from the .txt files in <paramref name="seedFolder"/>.</summary>
    public static BenchCorpus Build(string seedFolder, long minWords)
    {
        var seeds = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"No .txt seed documents in {seedFolder}.");
        }

        var documents = new List<string>();
        long words = 0;
        for (var variant = 0; words < minWords; variant++)
        {
            foreach (var seed in seeds)
            {
                var text = Vary(seed, variant);
                documents.Add(text);
                words += CountWords(text);
            }
        }

        return new BenchCorpus(documents);
    }

    private static string Vary(string seed, int variant)
    {
        if (variant == 0)
        {
            return seed;
        }

        var text = seed;
        var swap = Swaps[variant % Swaps.Length];
        text = variant % 2 == 0 ? text.Replace(swap[0], swap[1], StringComparison.Ordinal) : text.Replace(swap[1], swap[0], StringComparison.Ordinal);
        // Rotate the paragraphs so sentence and paragraph boundaries fall at new offsets.
        var paragraphs = text.Split("\n\n");
        var shift = variant % paragraphs.Length;
        var builder = new StringBuilder(text.Length + 32);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            builder.Append(paragraphs[(i + shift) % paragraphs.Length]).Append("\n\n");
        }

        builder.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"About {variant * 37 % 9000 + 12} people were detained."));
        return builder.ToString();
    }

    private static long CountWords(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
