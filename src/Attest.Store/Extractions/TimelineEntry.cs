namespace Attest.Store.Extractions;

/// <summary>One event on the timeline: when (its own date, or its report's when <paramref name="DateFromReport"/>), what, who.</summary>
public sealed record TimelineEntry(
    string SourceId, string EventId, string? When, bool DateFromReport, string Cameo, string Actor, string? Target, string? Location, string Text);
