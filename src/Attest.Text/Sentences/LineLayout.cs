namespace Attest.Text.Sentences;

/// <summary>Whether a text is hard-wrapped (paragraphs broken into lines of similar width) and at what width.</summary>
public readonly record struct LineLayout(bool HardWrapped, int WrapWidth)
{
    // Enough lines to tell wrapping from a list of short paragraphs.
    private const int MinWrappedLines = 4;

    public static LineLayout Measure(string text)
    {
        var lines = 0;
        var wrapped = 0;
        var widest = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (!line.IsEmpty)
            {
                lines++;
                // A wrapped line is of printable width and breaks mid-sentence (ends on a letter or comma).
                if (line.Length is >= 30 and <= 110 && (char.IsLetterOrDigit(line[^1]) || line[^1] == ','))
                {
                    wrapped++;
                    widest = Math.Max(widest, line.Length);
                }
            }

            lineStart = lineEnd + 1;
        }

        return wrapped >= MinWrappedLines && wrapped * 10 >= lines * 4 ? new LineLayout(true, widest) : new LineLayout(false, 0);
    }
}
