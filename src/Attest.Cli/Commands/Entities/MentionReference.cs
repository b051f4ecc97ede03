using Attest.Core.Extraction;
using Attest.Workspace;

namespace Attest.Cli.Commands.Entities;

/// <summary>Reads a mention reference as listed by <c>attest entities</c>: <c>SOURCE/ENTITY</c> (e.g. <c>a25556eeb14d/e3</c>).</summary>
public static class MentionReference
{
    public static (string SourceId, EntityRecord Entity)? Resolve(AttestWorkspace workspace, string reference, out string? error)
    {
        var parts = reference.Split('/', 2);
        error = null;
        if (parts.Length != 2)
        {
            error = $"{reference}: not a mention reference; use SOURCE/ENTITY as `attest entities` lists them (e.g. a25556eeb14d/e3)";
            return null;
        }

        var source = workspace.Store.Sources.Get(parts[0]);
        if (source is null)
        {
            error = $"{reference}: no source {parts[0]} in this workspace";
            return null;
        }

        var entity = workspace.Store.Extractions.Get(source.Id)?.Entities.FirstOrDefault(e => e.Id == parts[1]);
        if (entity is null)
        {
            error = $"{reference}: source {source.Id} has no entity {parts[1]}";
            return null;
        }

        return (source.Id, entity);
    }
}
