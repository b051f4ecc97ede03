namespace Attest.Text.Pipeline;

/// <summary>One step of the extraction pipeline. Stages are stateless after construction, so one pipeline serves many threads.</summary>
public interface IExtractionStage
{
    /// <summary>Reads what earlier stages left on the document and adds its own findings.</summary>
    void Run(TextDocument document);
}
