using System.Text.Json;
using System.Text.Json.Serialization;
using Attest.Core.Extraction;

namespace Attest.Store.Reviews;

/// <summary>Reviewed claims and events as JSON, in the extraction contract's camel-case shape, without reflection.</summary>
public static class ReviewJson
{
    public static string Serialize(ClaimRecord claim) => JsonSerializer.Serialize(claim, ReviewJsonContext.Default.ClaimRecord);

    public static string Serialize(EventRecord item) => JsonSerializer.Serialize(item, ReviewJsonContext.Default.EventRecord);

    public static ClaimRecord Claim(string json) =>
        JsonSerializer.Deserialize(json, ReviewJsonContext.Default.ClaimRecord) ?? throw new FormatException("a reviewed claim is empty");

    public static EventRecord Event(string json) =>
        JsonSerializer.Deserialize(json, ReviewJsonContext.Default.EventRecord) ?? throw new FormatException("a reviewed event is empty");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ClaimRecord))]
[JsonSerializable(typeof(EventRecord))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
