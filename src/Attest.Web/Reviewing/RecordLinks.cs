using System.Text.RegularExpressions;
using Attest.Core.Knowledge;
using Attest.Workspace;

namespace Attest.Web.Reviewing;

/// <summary>
/// The knowledge record an extracted item's speaker, actor or target stands for. The machine writes the source's own entity id
/// (<c>e1</c>), which means nothing outside that source; a reviewer writes a record id. Both lead to the record page.
/// </summary>
public static partial class RecordLinks
{
    /// <summary>The record <paramref name="entity"/> stands for in source <paramref name="sourceId"/>, or null when it stands for none.</summary>
    public static KnowledgeRecord? RecordOf(AttestWorkspace workspace, string sourceId, string? entity)
    {
        if (string.IsNullOrWhiteSpace(entity))
        {
            return null;
        }

        var id = LocalEntityId().IsMatch(entity) ? workspace.Store.Knowledge.LinkedRecord(sourceId, entity) : entity;
        // Record ids are "type:slug"; without the colon a lookup would match names, which is not what was stored.
        return id is not null && id.Contains(':', StringComparison.Ordinal) && workspace.Store.Knowledge.Find(id) is [var record, ..] ? record : null;
    }

    /// <summary>
    /// What a review form's record field means: unchanged (<paramref name="typed"/> null or what the form showed) keeps the
    /// current value, empty unlinks, anything else must name exactly one knowledge record, whose id is kept.
    /// </summary>
    public static (string? Entity, string? Error) Resolve(AttestWorkspace workspace, string sourceId, string field, string? current, string? typed)
    {
        var shown = RecordOf(workspace, sourceId, current)?.Id ?? string.Empty;
        if (typed is null || typed.Trim() == shown)
        {
            return (current, null);
        }

        if (typed.Trim().Length == 0)
        {
            return (null, null);
        }

        return workspace.Store.Knowledge.Find(typed.Trim()) switch
        {
            [var record] => (record.Id, null),
            [] => (current, $"{field} '{typed.Trim()}': no knowledge record has this id or name"),
            var several => (current, $"{field} '{typed.Trim()}': {several.Count} records have this name ({string.Join(", ", several.Take(5).Select(r => r.Id))}); give the id"),
        };
    }

    [GeneratedRegex(@"^e\d+$")]
    private static partial Regex LocalEntityId();
}
