using Attest.Text.Pipeline;

namespace Attest.Text.Syntax;

/// <summary>Pipeline stage that tags and parses every sentence: <see cref="TextDocument.Syntax"/>[i] is the parse of
/// <see cref="TextDocument.Sentences"/>[i], its words the document's tokens inside that sentence.</summary>
public sealed class SyntaxStage : IExtractionStage
{
    private readonly Lazy<SyntaxAnalyzer> analyzer;

    /// <summary>A stage over the shipped model, read on the first document.</summary>
    public SyntaxStage() => analyzer = new(() => new SyntaxAnalyzer(SyntaxModel.Default));

    public SyntaxStage(SyntaxModel model) => analyzer = new(() => new SyntaxAnalyzer(model));

    public void Run(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            while (next < tokens.Count && tokens[next].Start < sentence.Start)
            {
                next++;
            }

            var first = next;
            while (next < tokens.Count && tokens[next].End <= sentence.End)
            {
                next++;
            }

            var starts = new int[next - first];
            var ends = new int[next - first];
            for (var t = first; t < next; t++)
            {
                starts[t - first] = tokens[t].Start;
                ends[t - first] = tokens[t].End;
            }

            document.Syntax.Add(analyzer.Value.Analyze(document.Text, starts, ends));
        }
    }
}
