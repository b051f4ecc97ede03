namespace Attest.Text.Tokens;

/// <summary>A token as a character range of the document text; no string is copied.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>The coarse class of a token.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
}
