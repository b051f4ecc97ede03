using Attest.Text.Pipeline;

namespace Attest.Text.Dates;

/// <summary>Pipeline stage that infers the publication date when it is missing, then finds and resolves date expressions.</summary>
public sealed class DateStage : IExtractionStage
{
    private const int MinYear = 1000;
    private const int MaxYear = 9000;

    public void Run(TextDocument document)
    {
        document.Published ??= PublicationDate.Infer(document.Text, document.Tokens, document.Dateline);
        // Date arithmetic needs room on both sides; a publication date outside the plausible range resolves nothing.
        var anchor = document.Published is { Year: >= MinYear and <= MaxYear } published ? published : (DateOnly?)null;
        DateRecognizer.Recognize(document.Text, document.Tokens, anchor, document.Dates);
    }
}
