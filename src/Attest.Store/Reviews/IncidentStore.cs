using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Audit;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Reviews;

/// <summary>Incidents entered by hand, each added in one audited transaction; the audit entry never carries the witness fields.</summary>
public sealed class IncidentStore(IStoreProvider provider, AuditLog audit)
{
    private const string Columns =
        "id, occurred, place, perpetrators, victims, victim_count, violation_type, sources, witness_name, witness_contact, created_by, created_at";

    /// <summary>Stores a new incident (its id and creation time are given here) and returns it.</summary>
    public Incident Add(Incident draft, string actor)
    {
        var incident = draft with
        {
            Id = "inc-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            CreatedBy = actor,
            CreatedAt = AuditChain.Truncate(DateTimeOffset.UtcNow),
        };
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO incidents ({Columns}) VALUES (@id, @occurred, @place, @perp, @victims, @count, @type, @sources, @wname, @wcontact, @by, @at)";
            insert.AddParameter("id", incident.Id).AddParameter("occurred", incident.Occurred).AddParameter("place", incident.Place)
                .AddParameter("perp", incident.Perpetrators).AddParameter("victims", incident.Victims).AddParameter("count", incident.VictimCount)
                .AddParameter("type", incident.ViolationType).AddParameter("sources", incident.Sources)
                .AddParameter("wname", incident.WitnessName).AddParameter("wcontact", incident.WitnessContact)
                .AddParameter("by", incident.CreatedBy).AddParameter("at", incident.CreatedAt);
            insert.ExecuteNonQuery();
        }

        var details = string.Create(CultureInfo.InvariantCulture,
            $"occurred={incident.Occurred:yyyy-MM-dd}; place={incident.Place}; type={incident.ViolationType}; victims={incident.VictimCount}");
        var state = string.Join('\u001F', incident.Id, incident.Occurred.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), incident.Place,
            incident.Perpetrators, incident.Victims, incident.VictimCount.ToString(CultureInfo.InvariantCulture), incident.ViolationType,
            incident.Sources, incident.WitnessName ?? string.Empty, incident.WitnessContact ?? string.Empty);
        audit.Append(transaction, actor, "incident.add", incident.Id, details, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state))));
        transaction.Commit();
        return incident;
    }

    public Incident? Get(string id)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM incidents WHERE id = @id";
        command.AddParameter("id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<Incident> List(int limit = 200, int offset = 0)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM incidents ORDER BY occurred DESC, id LIMIT @limit OFFSET @offset";
        command.AddParameter("limit", limit).AddParameter("offset", offset);
        using var reader = command.ExecuteReader();
        var incidents = new List<Incident>();
        while (reader.Read())
        {
            incidents.Add(Read(reader));
        }

        return incidents;
    }

    private static Incident Read(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Incident(
            r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetString(6),
            r.GetString(7), S(8), S(9), r.GetString(10), r.GetFieldValue<DateTimeOffset>(11));
    }
}
