namespace Attest.Reports.Charts;

/// <summary>One value to chart: a bar (<paramref name="Category"/>, e.g. a month or an actor), split by <paramref name="Series"/> (e.g. an event type).</summary>
public sealed record ChartBar(string Category, string Series, int Count);
