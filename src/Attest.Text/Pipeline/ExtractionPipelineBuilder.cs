namespace Attest.Text.Pipeline;

/// <summary>Holds the ordered list of stages; <see cref="Build"/> freezes it into an immutable pipeline.</summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractionStage> stages = [];

    public IReadOnlyList<IExtractionStage> Stages => stages;

    public ExtractionPipelineBuilder Add(IExtractionStage stage)
    {
        stages.Add(stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> just before the first stage of type <typeparamref name="TStage"/>.</summary>
    public ExtractionPipelineBuilder InsertBefore<TStage>(IExtractionStage stage) where TStage : IExtractionStage
    {
        stages.Insert(IndexOf<TStage>(), stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> just after the first stage of type <typeparamref name="TStage"/>.</summary>
    public ExtractionPipelineBuilder InsertAfter<TStage>(IExtractionStage stage) where TStage : IExtractionStage
    {
        stages.Insert(IndexOf<TStage>() + 1, stage);
        return this;
    }

    public ExtractionPipelineBuilder Remove<TStage>() where TStage : IExtractionStage
    {
        stages.RemoveAt(IndexOf<TStage>());
        return this;
    }

    public ExtractionPipeline Build() => new([.. stages]);

    private int IndexOf<TStage>()
    {
        var index = stages.FindIndex(s => s is TStage);
        return index >= 0 ? index : throw new InvalidOperationException($"The pipeline has no {typeof(TStage).Name} stage.");
    }
}
