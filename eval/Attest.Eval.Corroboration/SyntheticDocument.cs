namespace Attest.Eval.Corroboration;

/// <summary>A generated document: its text and metadata, the document it derives from, and which source sentence each of its sentences copies.</summary>
/// <param name="Seed">The seed (file-name prefix, e.g. <c>002_</c>) or hand-made document the text derives from.</param>
/// <param name="CopyOf">The name of the document this one copies (same origin expected), or null for an independent report.</param>
/// <param name="Sentences">Per sentence of this text: its words and the index of the seed sentence it copies.</param>
public sealed record SyntheticDocument(
    string Name, string Title, string Outlet, DateOnly Published, string Text, string Seed, string? CopyOf,
    IReadOnlyList<(string Sentence, int SeedSentence)> Sentences)
{
    /// <summary>The seed sentence a sentence of this text copies, or null when it is the variant's own.</summary>
    public int? SeedSentenceOf(string sentence)
    {
        var trimmed = sentence.Trim();
        foreach (var (own, seedSentence) in Sentences)
        {
            if (own.Trim() == trimmed || trimmed.Contains(own.Trim(), StringComparison.Ordinal) || own.Contains(trimmed, StringComparison.Ordinal))
            {
                return seedSentence;
            }
        }

        return null;
    }
}
