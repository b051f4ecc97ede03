using Attest.Text.Pipeline;

namespace Attest.Text.Sentences;

/// <summary>Pipeline stage that fills <see cref="TextDocument.Sentences"/> from the tokens.</summary>
public sealed class SentenceStage : IExtractionStage
{
    public void Run(TextDocument document) => SentenceSplitter.Split(document.Text, document.Tokens, document.Dateline, document.Sentences);
}
