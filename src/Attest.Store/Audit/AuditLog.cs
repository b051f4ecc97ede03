using System.Data.Common;
using Attest.Core.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Audit;

/// <summary>Appends hash-chained entries inside the caller's write transaction and reads the chain back.</summary>
public sealed class AuditLog(IStoreProvider provider)
{
    /// <summary>Appends one entry in <paramref name="transaction"/>, which must come from <see cref="IStoreProvider.BeginWrite"/>.</summary>
    public AuditEntry Append(DbTransaction transaction, string actor, string action, string subject, string details, string stateHash)
    {
        var connection = transaction.Connection!;
        long sequence = 1;
        var previousHash = string.Empty;
        using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
            using var reader = last.ExecuteReader();
            if (reader.Read())
            {
                sequence = reader.GetInt64(0) + 1;
                previousHash = reader.GetString(1);
            }
        }

        var at = AuditChain.Truncate(DateTimeOffset.UtcNow);
        var hash = AuditChain.ComputeHash(sequence, at, actor, action, subject, details, stateHash, previousHash);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO audit_log (seq, at, actor, action, subject, details, state_hash, prev_hash, hash) " +
            "VALUES (@seq, @at, @actor, @action, @subject, @details, @state, @prev, @hash)";
        insert.AddParameter("seq", sequence).AddParameter("at", at).AddParameter("actor", actor).AddParameter("action", action)
            .AddParameter("subject", subject).AddParameter("details", details).AddParameter("state", stateHash)
            .AddParameter("prev", previousHash).AddParameter("hash", hash);
        insert.ExecuteNonQuery();
        return new AuditEntry(sequence, at, actor, action, subject, details, stateHash, previousHash, hash);
    }

    public IReadOnlyList<AuditEntry> Entries(string? subject = null)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at, actor, action, subject, details, state_hash, prev_hash, hash FROM audit_log"
            + (subject is null ? string.Empty : " WHERE subject = @subject") + " ORDER BY seq";
        if (subject is not null)
        {
            command.AddParameter("subject", subject);
        }

        var entries = new List<AuditEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }

        return entries;
    }
}
