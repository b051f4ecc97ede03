using Attest.Core.Extraction;
using Attest.Text.Knowledge;

namespace Attest.Text.Entities;

/// <summary>The mentions of one entity while a document is being resolved.</summary>
public sealed class EntityCluster(string type, string name, KnownEntity? known)
{
    private string name = Collapse(name);

    public string Type { get; } = type;

    /// <summary>The display name, on one line even when the text wraps it.</summary>
    public string Name
    {
        get => name;
        set => name = Collapse(value);
    }

    public KnownEntity? Known { get; } = known;
    public string? Country { get; set; } = known?.Country;
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The name's words, for matching a later surname or first name.</summary>
    public string[] NameWords => Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    public bool IsMedia => Known?.Kind == "media" || (Known is null && Type == "organization" && Name.EndsWith("News", StringComparison.Ordinal));

    public int LastMentionBefore(int offset)
    {
        var last = -1;
        foreach (var mention in Mentions)
        {
            if (mention.Start < offset)
            {
                last = Math.Max(last, mention.Start);
            }
        }

        return last;
    }

    private static string Collapse(string value) =>
        value.AsSpan().ContainsAny('\n', '\r') || value.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : value;

    public EntityRecord ToRecord(string id, string text)
    {
        var mentions = Mentions.OrderBy(m => m.Start).Select(m => new MentionSpan(m.Start, m.End, text[m.Start..m.End])).ToList();
        var aliases = Mentions.Where(m => m.Kind != MentionKind.Reference)
            .Select(m => Collapse(text[m.Start..m.End]))
            .Where(a => !a.Equals(Name, StringComparison.Ordinal) && !a.Equals("it", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new EntityRecord(id, Type, Name, aliases, mentions, Country, Known?.Geo);
    }
}
