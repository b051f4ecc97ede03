using System.Collections.Immutable;
using Attest.Core.Extraction;

namespace Attest.Text.Pipeline;

/// <summary>An immutable, thread-safe sequence of extraction stages; one instance serves every document.</summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(ImmutableArray<IExtractionStage> stages) => Stages = stages;

    /// <summary>The pipeline with every stage Attest ships, in order.</summary>
    public static ExtractionPipeline Default { get; } = DefaultStages.Create().Build();

    public ImmutableArray<IExtractionStage> Stages { get; }

    public ExtractionResult Extract(string text, DocumentContext context) => Analyze(text, context).ToResult();

    /// <summary>Runs every stage and returns the working document, for callers that need more than the result
    /// (the parse of each sentence, for instance).</summary>
    public TextDocument Analyze(string text, DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new TextDocument(text, context);
        foreach (var stage in Stages)
        {
            stage.Run(document);
        }

        return document;
    }
}
