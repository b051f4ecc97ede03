using System.Data.Common;
using Attest.Core.Audit;
using Attest.Core.Extraction;
using Attest.Store.Providers;

namespace Attest.Store.Extractions;

/// <summary>Keeps each source's extraction result whole, as the contract's JSON.</summary>
public sealed class ExtractionStore(IStoreProvider provider)
{
    public ExtractionResult? Get(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM extractions WHERE source_id = @id";
        command.AddParameter("id", sourceId);
        return command.ExecuteScalar() is string json ? ExtractionJson.Deserialize(json) : null;
    }

    public IEnumerable<(string SourceId, ExtractionResult Result)> All()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, json FROM extractions ORDER BY source_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (ExtractionJson.Deserialize(reader.GetString(1)) is { } result)
            {
                yield return (reader.GetString(0), result);
            }
        }
    }

    internal static void Write(DbTransaction transaction, string sourceId, ExtractionResult result)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO extractions (source_id, schema, json, extracted_at) VALUES (@id, @schema, @json, @at)";
        command.AddParameter("id", sourceId).AddParameter("schema", result.Schema)
            .AddParameter("json", ExtractionJson.Serialize(result, indented: false)).AddParameter("at", AuditChain.Truncate(DateTimeOffset.UtcNow));
        command.ExecuteNonQuery();
    }
}
