using Attest.Core.Knowledge;
using Attest.Store.Extractions;
using Attest.Store.Knowledge;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Entities;

/// <summary>One knowledge record: every name and who uses it, roles over time, mentions, and events with it as actor or target.</summary>
public sealed class ShowModel(AttestWorkspace workspace) : PageModel
{
    public KnowledgeRecord Record { get; private set; } = null!;
    public IReadOnlyList<RecordMention> Mentions { get; private set; } = [];
    public IReadOnlyList<EventListing> AsSource { get; private set; } = [];
    public IReadOnlyList<EventListing> AsTarget { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (workspace.Store.Knowledge.Find(id) is not [var record, ..])
        {
            return NotFound();
        }

        Record = record;
        Mentions = workspace.Store.Knowledge.Mentions(record.Id);
        // Events name their actors as written; any of the record's names (or the names it was linked from) counts.
        var names = record.Names.Select(n => n.Name).Concat(Mentions.Select(m => m.EntityName)).Append(record.Label)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var events = names.Take(10)
            .SelectMany(name => workspace.Store.Extractions.Events(new ItemFilter(Entity: name, Limit: 1000)))
            .DistinctBy(v => (v.SourceId, v.EventId)).ToList();
        AsSource = [.. events.Where(v => names.Contains(v.Actor))];
        AsTarget = [.. events.Where(v => v.Target is not null && names.Contains(v.Target))];
        return Page();
    }
}
