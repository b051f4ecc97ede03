namespace Attest.Text.Syntax;

/// <summary>One word of a parsed sentence: its character range in the document, tags, and its place in the tree
/// (<see cref="Head"/> is the index of its head word in the sentence, −1 for the root).</summary>
public readonly record struct SyntaxWord(int Start, int End, string Upos, string Xpos, int Head, string Relation)
{
    public bool IsRoot => Head < 0;
}
