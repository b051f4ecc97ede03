using Attest.Core.Hashing;

namespace Attest.Analysis.Copies;

/// <summary>The word shingles of a text: a hash of every run of <see cref="Size"/> consecutive words, case and punctuation ignored.</summary>
public static class Shingles
{
    /// <summary>Five words: long enough that unrelated news rarely shares one, short enough that a rewritten headline spoils few.</summary>
    public const int Size = 5;

    public static HashSet<ulong> Of(ReadOnlySpan<char> text)
    {
        var shingles = new HashSet<ulong>();
        Span<ulong> window = stackalloc ulong[Size];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            // FNV-1a over the lower-cased word, read in place.
            var hash = 14695981039346656037UL;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                if (text[i] is not ('\'' or '’'))
                {
                    hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                }

                i++;
            }

            window[words % Size] = hash;
            words++;
            if (words >= Size)
            {
                var shingle = 0UL;
                for (var k = 0; k < Size; k++)
                {
                    shingle = SplitMix64.Mix(shingle * 31 + window[(words + k) % Size]);
                }

                shingles.Add(shingle);
            }
        }

        return shingles;
    }
}
