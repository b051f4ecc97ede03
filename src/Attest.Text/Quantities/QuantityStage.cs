using Attest.Text.Pipeline;

namespace Attest.Text.Quantities;

/// <summary>Pipeline stage that fills <see cref="TextDocument.Quantities"/>; runs after dates so their numbers are not counted.</summary>
public sealed class QuantityStage : IExtractionStage
{
    public void Run(TextDocument document) =>
        QuantityRecognizer.Recognize(document.Text, document.Tokens, document.Dates, document.Quantities);
}
