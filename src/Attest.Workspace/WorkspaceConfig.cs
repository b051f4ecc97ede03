using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attest.Workspace;

/// <summary>A workspace's settings, kept in <c>.attest/config.json</c>.</summary>
/// <param name="Database">A PostgreSQL connection string; null means the embedded SQLite file.</param>
/// <param name="MaxBytes">Inputs larger than this are refused rather than stored.</param>
public sealed record WorkspaceConfig(string? Database = null, long MaxBytes = WorkspaceConfig.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static WorkspaceConfig Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), WorkspaceConfigJson.Default.WorkspaceConfig) ?? new() : new();

    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, WorkspaceConfigJson.Default.WorkspaceConfig));
        File.Move(temp, path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(WorkspaceConfig))]
internal sealed partial class WorkspaceConfigJson : JsonSerializerContext;
