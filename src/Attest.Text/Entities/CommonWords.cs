namespace Attest.Text.Entities;

/// <summary>The words a document also writes in lower case: "Despite" or "Today" at a sentence start is then a common word, not a name.</summary>
public sealed class CommonWords
{
    private readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private CommonWords() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CommonWords Collect(string text, IReadOnlyList<Tokens.Token> tokens)
    {
        var common = new CommonWords();
        foreach (var token in tokens)
        {
            if (token.Kind == Tokens.TokenKind.Word && char.IsLower(text[token.Start]))
            {
                var span = text.AsSpan(token.Start, token.Length);
                if (!common.lookup.Contains(span))
                {
                    common.lookup.Add(span);
                }
            }
        }

        return common;
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
