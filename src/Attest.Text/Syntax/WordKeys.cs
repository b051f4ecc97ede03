namespace Attest.Text.Syntax;

/// <summary>The hashed views of one word that tagger and parser features are built from: its form, its lower-cased
/// form with digits folded, its shape and its affixes. Computed once per word, from the text, without allocating.</summary>
public readonly record struct WordKeys(
    ulong Form, ulong Lower, ulong Shape, ulong Prefix1, ulong Prefix2, ulong Prefix3,
    ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, bool Capitalised, bool HasDigit, bool HasHyphen)
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The keys of the sentence boundary, which no real word has.</summary>
    public static WordKeys Boundary { get; } = new(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, false, false, false);

    public static WordKeys Of(ReadOnlySpan<char> word)
    {
        var form = Offset;
        var lower = Offset;
        var shape = Offset;
        var capitalised = word.Length > 0 && char.IsUpper(word[0]);
        var hasDigit = false;
        var hasHyphen = false;
        var lastShape = '\0';
        var run = 0;
        foreach (var c in word)
        {
            form = (form ^ c) * Prime;
            lower = (lower ^ Folded(c)) * Prime;
            hasDigit |= char.IsDigit(c);
            hasHyphen |= c == '-';
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            // Shapes keep at most three of a kind in a row: "Xxxxx" and "Xxxxxxxx" are one shape.
            run = s == lastShape ? run + 1 : 1;
            lastShape = s;
            if (run <= 3)
            {
                shape = (shape ^ s) * Prime;
            }
        }

        return new WordKeys(
            form, lower, shape,
            Affix(word, 1, fromEnd: false), Affix(word, 2, fromEnd: false), Affix(word, 3, fromEnd: false),
            Affix(word, 1, fromEnd: true), Affix(word, 2, fromEnd: true), Affix(word, 3, fromEnd: true), Affix(word, 4, fromEnd: true),
            capitalised, hasDigit, hasHyphen);
    }

    /// <summary>The lower-cased form's key of a word, as <see cref="Lower"/> computes it.</summary>
    public static ulong LowerOf(ReadOnlySpan<char> word)
    {
        var lower = Offset;
        foreach (var c in word)
        {
            lower = (lower ^ Folded(c)) * Prime;
        }

        return lower;
    }

    // Digits fold to 0 so "1999" and "2023" share what they say about the words around them.
    private static char Folded(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    private static ulong Affix(ReadOnlySpan<char> word, int length, bool fromEnd)
    {
        var take = Math.Min(length, word.Length);
        var part = fromEnd ? word[^take..] : word[..take];
        var hash = (Offset ^ (ulong)length) * Prime;
        foreach (var c in part)
        {
            hash = (hash ^ Folded(c)) * Prime;
        }

        return hash;
    }
}
