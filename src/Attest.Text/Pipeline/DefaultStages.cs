using Attest.Text.Attribution;
using Attest.Text.Datelines;
using Attest.Text.Dates;
using Attest.Text.Entities;
using Attest.Text.Events;
using Attest.Text.Quantities;
using Attest.Text.Sentences;
using Attest.Text.Syntax;
using Attest.Text.Tokens;

namespace Attest.Text.Pipeline;

/// <summary>The shipped stage order. Each stage reads only what the ones before it produced, so order is the data flow.</summary>
public static class DefaultStages
{
    // Stages are added here in data-flow order, one line each:
    // datelines → tokens → sentences → syntax → entities → coreference → dates → quantities → attribution → events.
    public static ExtractionPipelineBuilder Create() => new ExtractionPipelineBuilder()
        .Add(new DatelineStage())
        .Add(new TokenStage())
        .Add(new SentenceStage())
        // Syntax needs only tokens and sentences; every later stage may read the trees.
        .Add(new SyntaxStage())
        .Add(new EntityStage())
        .Add(new DateStage())
        .Add(new QuantityStage())
        // Attribution needs sentences, tokens and entity mentions (speakers are named by their entities), so it comes after them.
        .Add(new AttributionStage())
        // Events come last: actors are entities, dates are resolved dates, and each event links the claim that reports it.
        .Add(new EventStage());
}
