using System.Text.Json;
using System.Text.Json.Serialization;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.Jsonl;

/// <summary>Source-generated JSON for the JSON Lines exchange format: one compact object per line, camelCase, nulls kept.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExportedSource))]
[JsonSerializable(typeof(ExportedEvent))]
[JsonSerializable(typeof(ExportedClaim))]
[JsonSerializable(typeof(ExportedLink))]
[JsonSerializable(typeof(ExportedRecord))]
internal sealed partial class ExportJson : JsonSerializerContext
{
    /// <summary>Non-ASCII text (names, passages in any script) is written as itself, not as \u escapes.</summary>
    public static ExportJson Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
