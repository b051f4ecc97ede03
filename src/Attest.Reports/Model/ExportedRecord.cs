using Attest.Core.Knowledge;

namespace Attest.Reports.Model;

/// <summary>A knowledge record that exported links point to, so an importing workspace knows every actor and place they name.</summary>
public sealed record ExportedRecord(KnowledgeRecord Record)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind => "record";
}
