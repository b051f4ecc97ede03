using Attest.Core.Hashing;

namespace Attest.Analysis.Copies;

/// <summary>A compact fingerprint of a text for copy detection: its MinHash values and how many shingles it had.</summary>
public sealed record CopySignature(ulong[] MinHashes, int ShingleCount)
{
    /// <summary>128 values: the Jaccard estimate is within about ±0.09 at 95% confidence, enough to tell copies from rewrites.</summary>
    public const int Permutations = 128;

    /// <summary>Bands of two values each: pairs with a Jaccard similarity of 0.3 (a partial copy) become candidates 99.9% of the time.</summary>
    public const int Bands = 64;

    public const int RowsPerBand = Permutations / Bands;

    public static CopySignature Of(ReadOnlySpan<char> text) => Of(Shingles.Of(text));

    public static CopySignature Of(HashSet<ulong> shingles)
    {
        var minimums = new ulong[Permutations];
        Array.Fill(minimums, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var p = 0; p < Permutations; p++)
            {
                var value = SplitMix64.Mix(shingle ^ Seeds[p]);
                if (value < minimums[p])
                {
                    minimums[p] = value;
                }
            }
        }

        return new CopySignature(minimums, shingles.Count);
    }

    /// <summary>The estimated share of shingles the two texts have in common out of all they have (Jaccard).</summary>
    public double Jaccard(CopySignature other)
    {
        if (ShingleCount == 0 || other.ShingleCount == 0)
        {
            return 0;
        }

        var same = 0;
        for (var p = 0; p < Permutations; p++)
        {
            same += MinHashes[p] == other.MinHashes[p] ? 1 : 0;
        }

        return (double)same / Permutations;
    }

    /// <summary>The estimated share of the shorter text found in the longer one: high for a passage copied into a longer story.</summary>
    public double Containment(CopySignature other)
    {
        var jaccard = Jaccard(other);
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        return smaller == 0 ? 0 : Math.Min(1, jaccard * (ShingleCount + other.ShingleCount) / ((1 + jaccard) * smaller));
    }

    /// <summary>One key per band; two signatures sharing any band key are candidate copies.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var key = (ulong)b;
            for (var r = 0; r < RowsPerBand; r++)
            {
                key = SplitMix64.Mix(key * 31 + MinHashes[b * RowsPerBand + r]);
            }

            keys[b] = unchecked((long)key);
        }

        return keys;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Permutations * sizeof(ulong)];
        Buffer.BlockCopy(MinHashes, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static CopySignature FromBytes(byte[] bytes, int shingleCount)
    {
        var values = new ulong[Permutations];
        Buffer.BlockCopy(bytes, 0, values, 0, Math.Min(bytes.Length, values.Length * sizeof(ulong)));
        return new CopySignature(values, shingleCount);
    }

    // Fixed seeds: signatures stored today must compare with those computed by every later version.
    private static readonly ulong[] Seeds = Enumerable.Range(1, Permutations).Select(i => SplitMix64.Mix(0x5EED_0000UL + (ulong)i)).ToArray();
}
