using System.Globalization;
using Attest.Core.Extraction;
using Attest.Text.Tokens;

namespace Attest.Text.Quantities;

/// <summary>Finds counted amounts with their unit: digits ("900,000 troops", "8 million Kashmiris"), words ("three phone
/// calls"), ranges ("100 to 200 people"), hedges ("nearly 8 million") and vague plurals ("thousands of troops" → 2,000–9,999).
/// Numbers inside dates are skipped; a number with no counted noun after it is not a quantity.</summary>
public static class QuantityRecognizer
{
    // The counted noun comes within a few words of the number ("three phone calls", "900,000 Indian troops").
    private const int MaxUnitWords = 3;

    public static void Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<DateMention> dates, List<QuantityMention> into)
    {
        var dateIndex = 0;
        var k = 0;
        while (k < tokens.Count)
        {
            var token = tokens[k];
            while (dateIndex < dates.Count && dates[dateIndex].End <= token.Start)
            {
                dateIndex++;
            }

            var inDate = dateIndex < dates.Count && dates[dateIndex].Start <= token.Start && token.End <= dates[dateIndex].End;
            k = !inDate && Match(text, tokens, k) is { } found ? Emit(text, tokens, found, into) : k + 1;
        }
    }

    private readonly record struct Found(int First, int Last, double Low, double High, int UnitFirst, int UnitLast);

    private static int Emit(string text, IReadOnlyList<Token> tokens, Found found, List<QuantityMention> into)
    {
        var start = tokens[found.First].Start;
        var end = tokens[found.Last].End;
        var unit = found.UnitFirst >= 0 ? text[tokens[found.UnitFirst].Start..tokens[found.UnitLast].End] : null;
        into.Add(new QuantityMention(start, end, text[start..end], found.Low, found.High, unit));
        return found.Last + 1;
    }

    private static Found? Match(string text, IReadOnlyList<Token> tokens, int k)
    {
        var hedge = (Low: 1.0, High: 1.0);
        var first = k;
        var n = k;
        if (HedgeAt(text, tokens, k) is { } h)
        {
            hedge = h.Factor;
            n = h.Next;
        }

        if (n >= tokens.Count)
        {
            return null;
        }

        double low;
        double high;
        int last;
        if (NumberWords.Vague.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[n]), out var vague))
        {
            // "tens of thousands", "hundreds of thousands"
            last = n;
            (low, high) = vague;
            if (Is(text, tokens, n + 1, "of") && n + 2 < tokens.Count
                && NumberWords.Vague.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[n + 2]), out var outer))
            {
                (low, high) = (low * outer.Low / 2, high * outer.High / 9.999);
                last = n + 2;
            }

            if (!Is(text, tokens, last + 1, "of"))
            {
                return null; // "thousands of troops": the amount needs its "of"
            }

            return WithUnit(text, tokens, first, last, last + 2, low, high);
        }

        if (Value(text, tokens, n) is not { } value)
        {
            return null;
        }

        last = n;
        if (last + 1 < tokens.Count && NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[last + 1]), out var scale))
        {
            value *= scale;
            last++;
        }

        low = value * hedge.Low;
        high = value * hedge.High;
        // "100 to 200 people", "100-200 people"
        if (last + 2 < tokens.Count && (Is(text, tokens, last + 1, "to") || Is(text, tokens, last + 1, "-")) && Value(text, tokens, last + 2) is { } upper && upper > value)
        {
            high = upper;
            last += 2;
            if (last + 1 < tokens.Count && NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[last + 1]), out var upperScale))
            {
                high *= upperScale;
                low = value * upperScale;
                last++;
            }
        }

        if (last + 1 < tokens.Count && (text[tokens[last + 1].Start] == '%' || Is(text, tokens, last + 1, "percent")))
        {
            return new Found(first, last + 1, low, high, last + 1, last + 1);
        }

        var next = Is(text, tokens, last + 1, "of") && tokens[n].Kind != TokenKind.Number ? last + 2 : last + 1;
        return WithUnit(text, tokens, first, last, next, low, high);
    }

    private static Found? WithUnit(string text, IReadOnlyList<Token> tokens, int first, int last, int unitStart, double low, double high)
    {
        for (var u = unitStart; u < tokens.Count && u < unitStart + MaxUnitWords; u++)
        {
            var token = tokens[u];
            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            var word = Word(text, token);
            if (IsCountedNoun(word))
            {
                return new Found(first, u, low, high, unitStart, u);
            }

            if (word is "the" or "of" or "and" or "or" or "to" or "in" or "on" or "at" or "by" or "was" or "were" or "is" or "are")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A plural noun (or a unit that counts in the singular) ends the counted phrase.</summary>
    private static bool IsCountedNoun(ReadOnlySpan<char> word)
    {
        if (word is "people" or "police" or "personnel" or "children" or "men" or "women" or "km" or "kilometres" or "kilometers"
            or "miles" or "rupees" or "dollars" or "percent" or "cattle" or "staff" or "youth" or "militia")
        {
            return true;
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u'
            && !word.Equals("this", StringComparison.OrdinalIgnoreCase) && !word.Equals("was", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("has", StringComparison.OrdinalIgnoreCase) && !word.Equals("its", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("does", StringComparison.OrdinalIgnoreCase) && !word.Equals("whereas", StringComparison.OrdinalIgnoreCase);
    }

    private static double? Value(string text, IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        var token = tokens[k];
        var word = Word(text, token);
        if (token.Kind == TokenKind.Number)
        {
            Span<char> digits = stackalloc char[Math.Min(word.Length, 32)];
            var n = 0;
            foreach (var c in word)
            {
                if (n == digits.Length || char.IsLetter(c))
                {
                    return null; // ordinals ("5th") and glued units are not counts
                }

                if (c != ',')
                {
                    digits[n++] = c;
                }
            }

            return double.TryParse(digits[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        if (!NumberWords.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var cardinal))
        {
            return null;
        }

        // "twenty five", "twenty-five"
        var next = k + 1 < tokens.Count && Word(text, tokens[k + 1]) is "-" ? k + 2 : k + 1;
        if (cardinal is >= 20 and < 100 && next < tokens.Count
            && NumberWords.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[next]), out var unit) && unit < 10)
        {
            return null; // compound words are rare in news; leave them rather than misread them
        }

        return cardinal;
    }

    private static ((double Low, double High) Factor, int Next)? HedgeAt(string text, IReadOnlyList<Token> tokens, int k)
    {
        // Two-word hedges all end in "than", "least" or "to"; only then is a pair looked up (no string is built per token).
        if (k + 1 < tokens.Count && Word(text, tokens[k + 1]) is "than" or "least" or "to")
        {
            var two = string.Concat(Word(text, tokens[k]), " ", Word(text, tokens[k + 1]));
            if (NumberWords.Hedges.TryGetValue(two, out var pair))
            {
                return (pair, k + 2);
            }
        }

        return NumberWords.Hedges.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Word(text, tokens[k]), out var single) ? (single, k + 1) : null;
    }

    private static bool Is(string text, IReadOnlyList<Token> tokens, int k, string word) =>
        k < tokens.Count && Word(text, tokens[k]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
