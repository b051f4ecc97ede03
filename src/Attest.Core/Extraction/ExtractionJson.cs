using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attest.Core.Extraction;

/// <summary>Writes and reads extraction results in the contract's JSON shape, without reflection.</summary>
public static class ExtractionJson
{
    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, indented ? ExtractionJsonContext.Indented.ExtractionResult : ExtractionJsonContext.Default.ExtractionResult);

    public static ExtractionResult? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ExtractionJsonContext.Default.ExtractionResult);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractionResult))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext
{
    public static ExtractionJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });
}
