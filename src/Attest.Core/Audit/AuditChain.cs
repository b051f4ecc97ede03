using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Attest.Core.Audit;

/// <summary>The hashing rule that chains audit entries: each entry's hash covers its fields and the previous entry's hash.</summary>
public static class AuditChain
{
    /// <summary>Audit times are kept to the millisecond so every store round-trips them exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeMilliseconds(at.ToUniversalTime().ToUnixTimeMilliseconds());

    public static string ComputeHash(
        long sequence, DateTimeOffset at, string actor, string action, string subject, string details, string stateHash, string previousHash)
    {
        // Length-prefixing every field makes the encoding unambiguous: no two field lists hash the same bytes.
        var builder = new StringBuilder();
        foreach (var field in new[]
                 {
                     sequence.ToString(CultureInfo.InvariantCulture),
                     Truncate(at).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                     actor, action, subject, details, stateHash, previousHash,
                 })
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    public static bool IsIntact(AuditEntry entry) =>
        entry.Hash == ComputeHash(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Details, entry.StateHash, entry.PreviousHash);

    /// <summary>Walks the chain from the first entry and names every break: a changed entry, a missing link, a gap in sequence.</summary>
    public static IReadOnlyList<string> FindBreaks(IEnumerable<AuditEntry> entries)
    {
        var breaks = new List<string>();
        var previousHash = string.Empty;
        long expected = 1;
        foreach (var entry in entries)
        {
            if (entry.Sequence != expected)
            {
                breaks.Add($"audit entry {entry.Sequence}: expected entry {expected} here; entries are missing");
            }

            if (entry.PreviousHash != previousHash)
            {
                breaks.Add($"audit entry {entry.Sequence}: does not link to the entry before it");
            }

            if (!IsIntact(entry))
            {
                breaks.Add($"audit entry {entry.Sequence} ({entry.Action} {entry.Subject}): its content was changed after it was written");
            }

            previousHash = entry.Hash;
            expected = entry.Sequence + 1;
        }

        return breaks;
    }
}
