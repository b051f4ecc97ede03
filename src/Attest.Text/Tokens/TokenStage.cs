using Attest.Text.Pipeline;

namespace Attest.Text.Tokens;

/// <summary>Pipeline stage that fills <see cref="TextDocument.Tokens"/>.</summary>
public sealed class TokenStage : IExtractionStage
{
    public void Run(TextDocument document) => Tokenizer.Tokenize(document.Text, document.Tokens);
}
