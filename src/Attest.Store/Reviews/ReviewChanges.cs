using Attest.Core.Extraction;

namespace Attest.Store.Reviews;

/// <summary>Says in words what a review changed in an item ("speaker: anonymous → Ministry of Defence"), for the audit log.</summary>
public static class ReviewChanges
{
    public static string Describe(string kind, string? beforeJson, string afterJson)
    {
        if (beforeJson is null)
        {
            return string.Empty;
        }

        var changes = new List<string>();
        if (kind == ItemReview.Claim)
        {
            var (a, b) = (ReviewJson.Claim(beforeJson), ReviewJson.Claim(afterJson));
            Compare(changes, "speaker", Speaker(a.Speaker), Speaker(b.Speaker));
            Compare(changes, "speaker record", a.Speaker.Entity, b.Speaker.Entity);
        }
        else
        {
            var (a, b) = (ReviewJson.Event(beforeJson), ReviewJson.Event(afterJson));
            Compare(changes, "cameo", a.Cameo, b.Cameo);
            Compare(changes, "date", a.Date?.Value, b.Date?.Value);
            Compare(changes, "actor", a.Source.Name, b.Source.Name);
            Compare(changes, "actor record", a.Source.Entity, b.Source.Entity);
            Compare(changes, "target", a.Target?.Name, b.Target?.Name);
            Compare(changes, "target record", a.Target?.Entity, b.Target?.Entity);
        }

        return string.Join("; ", changes);
    }

    private static string Speaker(Speaker s) => s.Name is null ? s.Kind : $"{s.Name} ({s.Kind})";

    private static void Compare(List<string> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add($"{field}: {before ?? "—"} → {after ?? "—"}");
        }
    }
}
