namespace Attest.Reports.Exports.Jsonl;

/// <summary>What an import did: sources added or already present, knowledge records added, and the lines it refused (each named on stderr).</summary>
public sealed record ImportOutcome(int SourcesAdded, int SourcesPresent, int RecordsAdded, int LinksSaved, int ItemsChecked, int LinesRefused);
