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

        audit.Append(transaction, actor, "incident.add", incident.Id, Summary(incident), StateHash(incident));
        transaction.Commit();
        return incident;
    }

    /// <summary>
    /// Replaces what an incident says (its id, author and creation time stay); the audit entry names the fields that changed,
    /// except the witness fields, which it only says were changed. False when there is no such incident.
    /// </summary>
    public bool Update(Incident changed, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        Incident? before;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT {Columns} FROM incidents WHERE id = @id";
            read.AddParameter("id", changed.Id);
            using var reader = read.ExecuteReader();
            before = reader.Read() ? Read(reader) : null;
        }

        if (before is null)
        {
            transaction.Rollback();
            return false;
        }

        var incident = changed with { CreatedBy = before.CreatedBy, CreatedAt = before.CreatedAt };
        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE incidents SET occurred = @occurred, place = @place, perpetrators = @perp, victims = @victims, victim_count = @count, " +
                "violation_type = @type, sources = @sources, witness_name = @wname, witness_contact = @wcontact WHERE id = @id";
            update.AddParameter("id", incident.Id).AddParameter("occurred", incident.Occurred).AddParameter("place", incident.Place)
                .AddParameter("perp", incident.Perpetrators).AddParameter("victims", incident.Victims).AddParameter("count", incident.VictimCount)
                .AddParameter("type", incident.ViolationType).AddParameter("sources", incident.Sources)
                .AddParameter("wname", incident.WitnessName).AddParameter("wcontact", incident.WitnessContact);
            update.ExecuteNonQuery();
        }

        audit.Append(transaction, actor, "incident.edit", incident.Id, Changes(before, incident), StateHash(incident));
        transaction.Commit();
        return true;
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

    private static string Summary(Incident i) => string.Create(CultureInfo.InvariantCulture,
        $"occurred={i.Occurred:yyyy-MM-dd}; place={i.Place}; type={i.ViolationType}; victims={i.VictimCount}");

    private static string Changes(Incident a, Incident b)
    {
        var changes = new List<string>();
        void Compare(string field, string before, string after)
        {
            if (before != after)
            {
                changes.Add($"{field}: {before} → {after}");
            }
        }

        Compare("occurred", a.Occurred.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.Occurred.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Compare("place", a.Place, b.Place);
        Compare("type", a.ViolationType, b.ViolationType);
        Compare("perpetrators", a.Perpetrators, b.Perpetrators);
        Compare("victims", a.Victims, b.Victims);
        Compare("victim count", a.VictimCount.ToString(CultureInfo.InvariantCulture), b.VictimCount.ToString(CultureInfo.InvariantCulture));
        Compare("sources", a.Sources.ReplaceLineEndings(" "), b.Sources.ReplaceLineEndings(" "));
        // The log is read by everyone who may audit; witness details are not theirs to see.
        if (a.WitnessName != b.WitnessName || a.WitnessContact != b.WitnessContact)
        {
            changes.Add("witness fields changed");
        }

        return changes.Count == 0 ? "nothing changed" : string.Join("; ", changes);
    }

    private static string StateHash(Incident incident)
    {
        var state = string.Join('\u001F', incident.Id, incident.Occurred.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), incident.Place,
            incident.Perpetrators, incident.Victims, incident.VictimCount.ToString(CultureInfo.InvariantCulture), incident.ViolationType,
            incident.Sources, incident.WitnessName ?? string.Empty, incident.WitnessContact ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
    }

    private static Incident Read(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Incident(
            r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetString(6),
            r.GetString(7), S(8), S(9), r.GetString(10), r.GetFieldValue<DateTimeOffset>(11));
    }
}
