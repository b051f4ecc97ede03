using Attest.Core.Extraction;

namespace Attest.Text;

/// <summary>The immutable, thread-safe extraction pipeline (placeholder until the stages land).</summary>
public sealed class ExtractionPipeline
{
    public static ExtractionPipeline Default { get; } = new();

    public ExtractionResult Extract(string text, DocumentContext context) =>
        new(new DocumentInfo(context.Sha256, context.Title, context.Published?.ToString("yyyy-MM-dd"), context.Language, null),
            [], [], [], [], [], []);
}
