using Attest.Analysis.Resolution;
using Attest.Core.Extraction;
using Attest.Core.Knowledge;

namespace Attest.Workspace.Knowledge;

/// <summary>Links each source's extracted entities to knowledge records, seeding the shipped pack on first use.</summary>
/// <remarks>The index is built once from the store and grows with the candidates it creates, so one batch sees its own new names.</remarks>
public sealed class KnowledgeLinking(AttestWorkspace workspace)
{
    private EntityLinker? linker;
    private KnowledgeIndex? index;

    /// <summary>Adds the shipped starter pack when the workspace has no records yet.</summary>
    public int EnsureSeeded(string actor) =>
        workspace.Store.Knowledge.CountRecords() == 0 ? workspace.Store.Knowledge.SeedPack(StarterPack.Load(), actor) : 0;

    public IReadOnlyList<EntityLink> Link(string sourceId, ExtractionResult extraction, string actor)
    {
        if (linker is null || index is null)
        {
            EnsureSeeded(actor);
            index = new KnowledgeIndex(workspace.Store.Knowledge.ActiveRecords());
            linker = new EntityLinker(index);
        }

        var result = linker.LinkAll(sourceId, extraction);
        foreach (var record in result.Candidates)
        {
            index.Add(record);
        }

        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var spans = extraction.Entities.ToDictionary(
            e => e.Id, e => (IReadOnlyList<(int, int)>)[.. e.Mentions.Select(m => (m.Start, m.End))], StringComparer.Ordinal);
        workspace.Store.Knowledge.SaveLinks(
            sourceId, [.. result.Links.Select(l => (l, names.GetValueOrDefault(l.EntityId, l.Matched)))], result.Candidates, spans, actor);
        return result.Links;
    }
}
