using System.Text.Json.Serialization;
using Attest.Store.Extractions;
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
internal sealed partial class CliJson : JsonSerializerContext;

/// <summary>A search hit as printed by <c>attest search --json</c>: matched words in the snippet are wrapped in <c>**</c>.</summary>
internal sealed record SearchResultJson(string SourceId, string? Title, string? Outlet, DateOnly? Published, string Origin, double Rank, string Snippet);
