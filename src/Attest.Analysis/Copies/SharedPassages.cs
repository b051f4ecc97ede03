using Attest.Core.Hashing;

namespace Attest.Analysis.Copies;

/// <summary>Finds the passages one text shares with another — runs of words whose five-word shingles both contain — so a
/// reader sees exactly what was copied, not only a score.</summary>
public static class SharedPassages
{
    /// <summary>Passages of <paramref name="text"/> (offsets into it) that also occur in <paramref name="other"/>, longest first.</summary>
    /// <param name="minWords">Shorter runs are stock phrases, not copying.</param>
    public static IReadOnlyList<SharedPassage> Find(string text, string other, int minWords = 12)
    {
        var words = Words(text);
        var otherWords = Words(other);
        var theirs = new HashSet<ulong>();
        for (var i = 0; i + Shingles.Size <= otherWords.Count; i++)
        {
            theirs.Add(ShingleAt(otherWords, i));
        }

        var passages = new List<SharedPassage>();
        var runStart = -1;
        var runEnd = -1;
        for (var i = 0; i + Shingles.Size <= words.Count; i++)
        {
            if (theirs.Contains(ShingleAt(words, i)))
            {
                if (runStart < 0 || i > runEnd)
                {
                    Close(words, passages, runStart, runEnd, minWords);
                    runStart = i;
                }

                // A shared shingle at i covers words i .. i+4.
                runEnd = i + Shingles.Size - 1;
            }
        }

        Close(words, passages, runStart, runEnd, minWords);
        return [.. passages.OrderByDescending(p => p.Words).ThenBy(p => p.Start)];
    }

    private static void Close(List<(int Start, int End, ulong Hash)> words, List<SharedPassage> passages, int first, int last, int minWords)
    {
        if (first >= 0 && last - first + 1 >= minWords)
        {
            passages.Add(new SharedPassage(words[first].Start, words[last].End, last - first + 1));
        }
    }

    private static ulong ShingleAt(List<(int Start, int End, ulong Hash)> words, int at)
    {
        var shingle = 0UL;
        for (var k = 0; k < Shingles.Size; k++)
        {
            shingle = SplitMix64.Mix(shingle * 31 + words[at + k].Hash);
        }

        return shingle;
    }

    // Words as Shingles reads them (letters and digits, apostrophes inside), with their offsets.
    private static List<(int Start, int End, ulong Hash)> Words(string text)
    {
        var words = new List<(int, int, ulong)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hash = 14695981039346656037UL;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                if (text[i] is not ('\'' or '’'))
                {
                    hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                }

                i++;
            }

            words.Add((start, i, hash));
        }

        return words;
    }
}

/// <summary>A run of words one text shares with another: its range in the first text and its length in words.</summary>
public sealed record SharedPassage(int Start, int End, int Words);
