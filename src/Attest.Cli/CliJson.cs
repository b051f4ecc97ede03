using System.Text.Json;
using System.Text.Json.Serialization;
using Attest.Core.Knowledge;
using Attest.Store.Corroboration;
using Attest.Store.Extractions;
using Attest.Store.Knowledge;
using Attest.Store.Search;
using Attest.Store.Sources;
using Attest.Workspace.Adding;
using Attest.Workspace.Verifying;

namespace Attest.Cli;

/// <summary>Source-generated JSON for everything the CLI lists with --json.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InputOutcome[]))]
[JsonSerializable(typeof(SourceSummary[]))]
[JsonSerializable(typeof(SearchResultJson[]))]
[JsonSerializable(typeof(VerificationReport))]
[JsonSerializable(typeof(ClaimListing[]))]
[JsonSerializable(typeof(EventListing[]))]
[JsonSerializable(typeof(EntityListing[]))]
[JsonSerializable(typeof(RecordWithMentions[]))]
[JsonSerializable(typeof(KnowledgeRecord))]
[JsonSerializable(typeof(ClusterDetail))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>One object per line, for JSON Lines files.</summary>
    public static CliJson Compact { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    });
}

/// <summary>A knowledge record with every mention of it, as printed by <c>attest entities show --json</c>.</summary>
internal sealed record RecordWithMentions(KnowledgeRecord Record, IReadOnlyList<RecordMention> Mentions);

/// <summary>A search hit as printed by <c>attest search --json</c>: matched words in the snippet are wrapped in <c>**</c>.</summary>
internal sealed record SearchResultJson(string SourceId, string? Title, string? Outlet, DateOnly? Published, string Origin, double Rank, string Snippet);
