using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Attest.Core.Sources;
using Attest.Reports.Exports.Cameo;
using Attest.Reports.Model;

namespace Attest.Reports.Feeds;

/// <summary>
/// An Atom (RFC 4287) feed of the newest events and claims: one entry per item, newest first, each naming its source, passage,
/// hash and status. Items enter the feed when their source was added; once reviews exist, the review's time will stand in.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Build(ExportSet set, string title, int limit, DateTimeOffset now)
    {
        var entries = set.Events.Select(e => (Updated: Added(set, e.SourceId), Entry: (Func<DateTimeOffset, XElement>)(u => EventEntry(e, u))))
            .Concat(set.Claims.Select(c => (Updated: Added(set, c.SourceId), Entry: (Func<DateTimeOffset, XElement>)(u => ClaimEntry(c, u)))))
            .OrderByDescending(x => x.Updated)
            .Take(limit)
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : now;
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XElement(Atom + "id", "urn:attest:feed:" + Hash(title + "|" + set.Filter.Describe())),
            new XElement(Atom + "title", title),
            new XElement(Atom + "subtitle", $"Events and claims extracted by Attest; filters: {set.Filter.Describe()}"),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "generator", "Attest"),
            new XElement(Atom + "author", new XElement(Atom + "name", "Attest")),
            entries.Select(e => e.Entry(e.Updated))));
    }

    public static void Write(XDocument feed, Stream output)
    {
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        feed.Save(writer);
    }

    private static XElement EventEntry(ExportedEvent e, DateTimeOffset updated)
    {
        var actors = e.Actor.Name + (e.Target is { } t ? $" → {t.Name}" : "");
        var where = string.Join(", ", new[] { e.Place?.Name, e.When }.Where(x => x is not null));
        return Entry($"urn:attest:{e.Sha256}:{e.Id.Split('/')[1]}", $"{CameoCodes.RootName(e.Root)} ({e.Cameo}): {actors}{(where.Length > 0 ? $" — {where}" : "")}",
            updated, e.Url, e.Outlet, "event", e.Passage, e.Id, e.Sha256, e.Status);
    }

    private static XElement ClaimEntry(ExportedClaim c, DateTimeOffset updated)
    {
        var speaker = c.Speaker?.Label ?? c.Speaker?.Name ?? c.SpeakerKind;
        var passage = c.Passage.Length > 120 ? c.Passage[..119] + "…" : c.Passage;
        return Entry($"urn:attest:{c.Sha256}:{c.Id.Split('/')[1]}", $"{speaker} ({c.SpeakerKind}{(c.Cue is null ? "" : ", " + c.Cue)}): {passage}",
            updated, c.Url, c.Outlet, "claim", c.Passage, c.Id, c.Sha256, c.Status);
    }

    private static XElement Entry(
        string id, string title, DateTimeOffset updated, string? url, string? outlet, string kind, string passage, string itemId, string sha256, string? status) =>
        new(Atom + "entry",
            new XElement(Atom + "id", id),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", outlet ?? "unknown outlet")),
            !LinkAddress.IsLinkable(url) ? null : new XElement(Atom + "link", new XAttribute("rel", "related"), new XAttribute("href", url)),
            new XElement(Atom + "category", new XAttribute("term", kind)),
            status is null ? null : new XElement(Atom + "category", new XAttribute("term", status), new XAttribute("scheme", "urn:attest:status")),
            new XElement(Atom + "summary", passage),
            new XElement(Atom + "content", new XAttribute("type", "text"),
                $"“{passage}”\n{kind} {itemId}; source sha256 {sha256}; status: {status ?? "not yet corroborated"}; unreviewed machine extraction."));

    private static DateTimeOffset Added(ExportSet set, string sourceId) => set.AddedAt.TryGetValue(sourceId, out var at) ? at : DateTimeOffset.UnixEpoch;

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
}
