namespace Attest.Text.Syntax.Conllu;

/// <summary>One sentence of a CoNLL-U file: its syntactic words (multiword tokens and empty nodes left out) with
/// their annotation. Heads are 1-based word numbers, 0 for the root.</summary>
public sealed record TreebankSentence(
    string? Text,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Lemmas,
    IReadOnlyList<string> Upos,
    IReadOnlyList<string> Xpos,
    IReadOnlyList<int> Heads,
    IReadOnlyList<string> Relations)
{
    public int Count => Forms.Count;
}
