namespace Attest.Cli;

/// <summary>How the CLI fits long text into table cells.</summary>
public static class CellText
{
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
