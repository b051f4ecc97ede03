namespace Attest.Store.Extractions;

/// <summary>One dated event on the timeline: when (the date the text gives), what, who.</summary>
public sealed record TimelineEntry(
    string SourceId, string EventId, string When, string Cameo, string Actor, string? Target, string? Location, string Text);
