using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attest.Analysis.Corroboration;

/// <summary>Stores a profile with the item so later sources are compared without re-reading extractions.</summary>
public static class ItemProfileJson
{
    public static string Serialize(ItemProfile profile) => JsonSerializer.Serialize(profile, ItemProfileJsonContext.Default.ItemProfile);

    public static ItemProfile Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ItemProfileJsonContext.Default.ItemProfile) ?? throw new JsonException("empty cluster item profile");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ItemProfile))]
internal sealed partial class ItemProfileJsonContext : JsonSerializerContext;
