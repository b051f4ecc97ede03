using Attest.Core.Extraction;
using Attest.Text.Pipeline;
using Attest.Text.Tokens;

namespace Attest.Text.Attribution;

/// <summary>Pipeline stage that fills <see cref="TextDocument.Claims"/>: every reported statement with its speaker, cue and
/// chain of attribution. Reads the sentences, tokens and entity mentions of the earlier stages.</summary>
public sealed class AttributionStage(AttributionLexicon lexicon) : IExtractionStage
{
    public AttributionStage()
        : this(AttributionLexicon.Shipped)
    {
    }

    public void Run(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        if (tokens.Count == 0 && document.Text.Length > 0)
        {
            Tokenizer.Tokenize(document.Text, tokens = []);
        }

        // Without a sentence stage the whole text is one unit: worse claims, but still a result.
        IReadOnlyList<SentenceSpan> sentences = document.Sentences.Count > 0 ? document.Sentences : [new SentenceSpan(0, document.Text.Length)];
        var pass = new AttributionPass(document.Text, tokens, sentences, new MentionIndex(document.Entities), lexicon, document.Syntax);
        document.Claims.AddRange(pass.Run());
    }
}
