using Attest.Text.Knowledge;
using Attest.Text.Pipeline;

namespace Attest.Text.Entities;

/// <summary>Pipeline stage that finds people, organisations, places and groups and links every mention to its entity.</summary>
public sealed class EntityStage(KnowledgeBase knowledge) : IExtractionStage
{
    private readonly EntityRecognizer recognizer = new(knowledge);

    public EntityStage()
        : this(KnowledgeBase.Shared)
    {
    }

    public void Run(TextDocument document)
    {
        var mentions = recognizer.Recognize(document.Text, document.Tokens, document.Sentences, document.Syntax);
        var home = HomeCountry(document, knowledge);
        document.Entities.AddRange(EntityResolver.Resolve(document.Text, mentions, home, knowledge));
    }

    /// <summary>The country the report was filed from, by its dateline place.</summary>
    private static string? HomeCountry(TextDocument document, KnowledgeBase knowledge)
    {
        if (document.Dateline is not { } dateline)
        {
            return null;
        }

        var tokens = new List<Tokens.Token>();
        Tokens.Tokenizer.Tokenize(dateline.Place, tokens);
        return tokens.Count > 0 ? knowledge.Names.Match(dateline.Place, tokens, 0, tokens.Count)?.Value.Country : null;
    }
}
