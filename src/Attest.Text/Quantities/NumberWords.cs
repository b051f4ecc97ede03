using System.Collections.Frozen;

namespace Attest.Text.Quantities;

/// <summary>Numbers written as words, scale words, and vague plural amounts with the range they stand for.</summary>
public static class NumberWords
{
    /// <summary>Cardinals from two up ("one" and "a" are left out: "one of the…" is rarely a count).</summary>
    public static readonly FrozenDictionary<string, double> Cardinals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["thousand"] = 1000,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers after a number ("8 million", "2 lakh").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["lakh"] = 100_000,
        ["lakhs"] = 100_000,
        ["crore"] = 10_000_000,
        ["crores"] = 10_000_000,
        ["mn"] = 1_000_000,
        ["bn"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plural amounts: "thousands (of)" is at least two thousand and fewer than ten thousand.</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> Vague = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99),
        ["scores"] = (40, 99),
        ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 9_999),
        ["millions"] = (2_000_000, 9_999_999),
        ["billions"] = (2_000_000_000, 9_999_999_999),
        ["lakhs"] = (200_000, 999_999),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hedges before an amount and how they widen it ("nearly 8 million" → 90–100 % of it).</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> Hedges = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["nearly"] = (0.9, 1),
        ["almost"] = (0.9, 1),
        ["about"] = (0.9, 1.1),
        ["around"] = (0.9, 1.1),
        ["approximately"] = (0.9, 1.1),
        ["roughly"] = (0.9, 1.1),
        ["some"] = (0.9, 1.1),
        ["over"] = (1, 1.5),
        ["more than"] = (1, 1.5),
        ["at least"] = (1, 1.5),
        ["up to"] = (0, 1),
        ["less than"] = (0, 1),
        ["fewer than"] = (0, 1),
        ["under"] = (0, 1),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
