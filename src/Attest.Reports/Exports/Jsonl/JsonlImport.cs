using System.Security.Cryptography;
using System.Text.Json;
using Attest.Analysis.Copies;
using Attest.Core.Knowledge;
using Attest.Core.Sources;
using Attest.Reports.Model;
using Attest.Workspace;
using Attest.Workspace.Copies;
using Attest.Workspace.Corroborating;
using Attest.Workspace.Knowledge;

namespace Attest.Reports.Exports.Jsonl;

/// <summary>
/// Reads a JSON Lines export (<see cref="JsonlExport"/>) into a workspace: knowledge records, then each source under its own hash
/// (original bytes, text, metadata and extraction in one transaction), its entity links, and its copy origin. Sources already
/// present are left alone, so importing twice changes nothing. A bad line is named (file and line) and skipped; the rest goes on.
/// </summary>
public sealed class JsonlImport(AttestWorkspace workspace, string actor)
{
    public ImportOutcome Import(string path, TextWriter errors)
    {
        var name = Path.GetFileName(path);
        var records = new List<KnowledgeRecord>();
        var sources = new List<(int Line, ExportedSource Source)>();
        var links = new List<(int Line, ExportedLink Link)>();
        var items = new List<(int Line, string SourceId, string Id)>();
        var refused = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var kind = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var k) ? k.GetString() : null;
                switch (kind)
                {
                    case "record":
                        var record = Require(document.Deserialize(ExportJson.Lines.ExportedRecord)?.Record, "a record needs an id, a type and a label",
                            r => r.Id is { Length: > 0 } && r.Type is { Length: > 0 } && r.Label is { Length: > 0 });
                        records.Add(record with { Names = record.Names ?? [], Roles = record.Roles ?? [] });
                        break;
                    case "source":
                        sources.Add((number, Require(document.Deserialize(ExportJson.Lines.ExportedSource), "a source needs its sha256, metadata, text and content",
                            s => s.Sha256 is { Length: 64 } && s.Metadata?.Origin is not null && s.Text is not null && s.Content is not null)));
                        break;
                    case "link":
                        links.Add((number, Require(document.Deserialize(ExportJson.Lines.ExportedLink), "a link needs a source, an entity and a record",
                            l => l.SourceId is { Length: > 0 } && l.EntityId is { Length: > 0 } && l.Record is { Length: > 0 })));
                        break;
                    case "event" or "claim":
                        var root = document.RootElement;
                        items.Add((number, root.GetProperty("sourceId").GetString() ?? "", root.GetProperty("id").GetString() ?? ""));
                        break;
                    default:
                        throw new JsonException($"unknown kind '{kind}' (expected record, source, link, event or claim)");
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                errors.WriteLine($"{name}:{number}: refused: {ex.Message}");
                refused++;
            }
        }

        var linking = new KnowledgeLinking(workspace);
        linking.EnsureSeeded(actor);
        var recordsAdded = records.Count == 0 ? 0 : workspace.Store.Knowledge.SeedPack(records, actor, "knowledge.import");
        var added = new List<ExportedSource>();
        var present = 0;
        foreach (var (line, source) in sources)
        {
            switch (Store(source, out var reason))
            {
                case true:
                    added.Add(source);
                    break;
                case false:
                    present++;
                    break;
                default:
                    errors.WriteLine($"{name}:{line}: source {source.Id} refused: {reason}");
                    refused++;
                    break;
            }
        }

        // Each added source goes through what `attest add` does after storing, in the order the sources were first added:
        // its links, its copy origin, then its clusters, so origins and cluster ids come out as where the export came from.
        var linksSaved = 0;
        var known = workspace.Store.Knowledge.ActiveRecords().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var copies = new CopyTracking(workspace, new CopyDetector());
        var corroboration = new CorroborationTracking(workspace);
        foreach (var source in added)
        {
            var mine = links.Where(l => l.Link.SourceId == source.Id).ToList();
            foreach (var (line, link) in mine.Where(l => !known.Contains(l.Link.Record)))
            {
                errors.WriteLine($"{name}:{line}: link {link.SourceId}/{link.EntityId} refused: no knowledge record {link.Record}");
                refused++;
            }

            var usable = mine.Where(l => known.Contains(l.Link.Record)).Select(l => l.Link).ToList();
            var spans = (source.Extraction?.Entities ?? []).ToDictionary(
                e => e.Id, e => (IReadOnlyList<(int, int)>)[.. e.Mentions.Select(m => (m.Start, m.End))], StringComparer.Ordinal);
            workspace.Store.Knowledge.SaveLinks(source.Id,
                [.. usable.Select(l => (new EntityLink(l.SourceId, l.EntityId, l.Record, l.Rule, l.Matched, l.Score, l.Status, l.Alternatives), l.EntityName))],
                [], spans, actor);
            linksSaved += usable.Count;
            var change = copies.Track(source.Id, source.Text, actor);
            if (source.Extraction is { } extraction)
            {
                var rated = corroboration.Track(source.Id, extraction, source.Text, source.Metadata.Published, actor);
                if (change.Merged.Count > 0)
                {
                    corroboration.RateOrigin(change.Origin, rated);
                }
            }
        }

        var stored = sources.Select(s => s.Source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (line, sourceId, id) in items.Where(i => !stored.Contains(i.SourceId) && workspace.Store.Sources.Get(i.SourceId) is null))
        {
            errors.WriteLine($"{name}:{line}: {id} names source {sourceId}, which is neither in the file nor in the workspace");
            refused++;
        }

        return new ImportOutcome(added.Count, present, recordsAdded, linksSaved, items.Count, refused);
    }

    /// <returns>true when stored, false when the same bytes were already there, null (with a reason) when refused.</returns>
    private bool? Store(ExportedSource source, out string reason)
    {
        reason = string.Empty;
        byte[] content;
        try
        {
            content = Convert.FromBase64String(source.Content!);
        }
        catch (FormatException)
        {
            reason = "its content is not base64";
            return null;
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        if (!string.Equals(sha, source.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            reason = $"its content hashes to {sha}, not to the sha256 it claims ({source.Sha256})";
            return null;
        }

        if (workspace.Store.Sources.Contains(sha))
        {
            return false;
        }

        try
        {
            workspace.Blobs.Put(sha, content);
            return workspace.Store.Sources.Add(new CapturedSource(sha, content, source.Text, source.Metadata), source.Extraction, actor).Added;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
        {
            reason = $"could not be stored: {ex.Message}";
            return null;
        }
    }

    private static T Require<T>(T? value, string message, Func<T, bool> valid) where T : class =>
        value is not null && valid(value) ? value : throw new JsonException(message);
}
