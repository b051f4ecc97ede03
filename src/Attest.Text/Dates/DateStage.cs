using Attest.Text.Pipeline;

namespace Attest.Text.Dates;

/// <summary>Pipeline stage that infers the publication date when it is missing, then finds and resolves date expressions.</summary>
public sealed class DateStage : IExtractionStage
{
    public void Run(TextDocument document)
    {
        document.Published ??= PublicationDate.Infer(document.Text, document.Tokens, document.Dateline);
        DateRecognizer.Recognize(document.Text, document.Tokens, document.Published, document.Dates);
    }
}
