namespace Attest.Core.Hashing;

/// <summary>SplitMix64's 64-bit finaliser: spreads nearby inputs over the whole range, every input bit reaching every
/// output bit. Shared by copy detection's shingles and the syntax model's feature keys.</summary>
public static class SplitMix64
{
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
