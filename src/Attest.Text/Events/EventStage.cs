using Attest.Text.Attribution;
using Attest.Text.Pipeline;
using Attest.Text.Tokens;

namespace Attest.Text.Events;

/// <summary>Pipeline stage that fills <see cref="TextDocument.Events"/> with CAMEO-coded events: who did what to whom, where,
/// when, and which claim reports it. Reads tokens, sentences, entities, dates and claims from the earlier stages.</summary>
/// <remarks>Negated ("did not veto") and hypothetical ("would be forced to respond", "urged X to act") events are left out by
/// default: <see cref="TextDocument.Events"/> is read as what happened, and counting a wish as a fact would mislead every
/// consumer of the event data. With <c>includeIrrealis</c> they are kept, marked Negated or Hypothetical.</remarks>
public sealed class EventStage(EventLexicon lexicon, bool includeIrrealis = false) : IExtractionStage
{
    public EventStage()
        : this(EventLexicon.Shipped)
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

        IReadOnlyList<Core.Extraction.SentenceSpan> sentences = document.Sentences.Count > 0
            ? document.Sentences
            : [new Core.Extraction.SentenceSpan(0, document.Text.Length)];
        var pass = new EventPass(document.Text, tokens, sentences, new MentionIndex(document.Entities), lexicon, document.Claims,
            document.Dates, includeIrrealis, document.Syntax);
        document.Events.AddRange(pass.Run());
    }
}
