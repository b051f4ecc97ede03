namespace Attest.Analysis.Corroboration;

/// <summary>The content words of a passage, for comparing what two reports say regardless of word order and inflection.</summary>
public static class ContentTerms
{
    // Function words and reporting verbs say nothing about which event a passage tells; keeping them would make every pair look alike.
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "over",
        "under", "about", "after", "before", "during", "since", "until", "than", "then", "as", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "it", "its", "this", "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "him", "we", "our",
        "us", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "there", "here",
        "also", "not", "no", "all", "any", "some", "such", "very", "more", "most", "other", "own", "same", "so", "too", "only", "just",
        "said", "says", "say", "saying", "told", "tell", "according", "added", "stated", "noted", "reported", "mr", "ms", "dr",
        "if", "while", "because", "against", "between", "through", "up", "down", "out", "off", "again", "further", "once", "both",
        "each", "few", "nor", "now", "even", "still", "yet", "however", "upon", "within", "without", "via", "per", "latter", "former",
    };

    /// <summary>Distinct stemmed content words of <paramref name="text"/>, sorted ordinally.</summary>
    public static string[] Of(ReadOnlySpan<char> text)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                Add(terms, text[start..i]);
                start = -1;
            }
        }

        return [.. terms];
    }

    /// <summary>Dice overlap of two sorted term lists: 1 when they are the same words, 0 when they share none.</summary>
    public static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : 2.0 * Shared(a, b) / (a.Count + b.Count);

    /// <summary>Share of the smaller list found in the larger: a short passage inside a longer retelling scores high.</summary>
    public static double Containment(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)Shared(a, b) / Math.Min(a.Count, b.Count);

    /// <summary>How many words two sorted term lists share; one merge pass, no allocation.</summary>
    public static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private static void Add(SortedSet<string> terms, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 && !char.IsDigit(word[0]))
        {
            return;
        }

        var lower = word.ToString().ToLowerInvariant();
        if (!Stop.Contains(lower))
        {
            terms.Add(Stem(lower));
        }
    }

    // A crude suffix strip is enough here: it only has to make "shelled" and "shelling", "talks" and "talk" meet.
    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
