using Attest.Core.Hashing;

namespace Attest.Text.Syntax.Learning;

/// <summary>Builds the 64-bit keys of sparse features from a template number and a few integer values, without allocating.</summary>
/// <remarks>Features are never strings: a template and its values are mixed into one key, so a feature costs a few
/// multiplications and collisions are rare enough (2^-64 per pair) to ignore.</remarks>
public static class FeatureKey
{
    public static ulong Of(int template, ulong a) => SplitMix64.Mix(SplitMix64.Mix(Seed(template) ^ a));

    public static ulong Of(int template, ulong a, ulong b) => SplitMix64.Mix(SplitMix64.Mix(Seed(template) ^ a) ^ b);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => SplitMix64.Mix(SplitMix64.Mix(SplitMix64.Mix(Seed(template) ^ a) ^ b) ^ c);

    private static ulong Seed(int template) => SplitMix64.Mix(0x9E3779B97F4A7C15UL * (ulong)(template + 1));
}
