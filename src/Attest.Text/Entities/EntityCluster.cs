using Attest.Core.Extraction;
using Attest.Text.Knowledge;

namespace Attest.Text.Entities;

/// <summary>The mentions of one entity while a document is being resolved.</summary>
public sealed class EntityCluster(string type, string name, KnownEntity? known)
{
    private string name = Collapse(name);

    public string Type { get; } = type;

    private string[]? nameWords;
    private int[]? sealedStarts;
    private int lastAdded = -1;

    /// <summary>The display name, on one line even when the text wraps it.</summary>
    public string Name
    {
        get => name;
        set
        {
            name = Collapse(value);
            nameWords = null;
        }
    }

    public KnownEntity? Known { get; } = known;
    public string? Country { get; set; } = known?.Country;
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The name's words, for matching a later surname or first name.</summary>
    public string[] NameWords => nameWords ??= Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    public bool IsMedia => Known?.Kind == "media" || (Known is null && Type == "organization" && Name.EndsWith("News", StringComparison.Ordinal));

    /// <summary>Offset of the first mention (valid after <see cref="Seal"/>).</summary>
    public int FirstStart { get; private set; }

    /// <summary>The first nationality stated with a mention (valid after <see cref="Seal"/>).</summary>
    public string? MentionCountry { get; private set; }

    /// <summary>Initials of the name when the text spells the name out ("IPS"), else null (valid after <see cref="Seal"/>).</summary>
    public string? SpelledInitials { get; private set; }

    public void Add(EntityMention mention)
    {
        Mentions.Add(mention);
        if (sealedStarts is not null)
        {
            lastAdded = Math.Max(lastAdded, mention.Start);
        }
    }

    /// <summary>Fixes the mentions found so far into lookups, so that resolving thousands of later mentions stays linear.
    /// Mentions added afterwards must come in document order (they are tracked as the latest one only).</summary>
    public void Seal()
    {
        sealedStarts = [.. Mentions.Select(m => m.Start).Order()];
        FirstStart = sealedStarts.Length > 0 ? sealedStarts[0] : int.MaxValue;
        MentionCountry = Mentions.Select(m => m.Country).FirstOrDefault(c => c is not null);
        SpelledInitials = Mentions.Any(m => m.Kind != MentionKind.Reference && m.Name == Name) ? Initials(Name) : null;
    }

    public int LastMentionBefore(int offset)
    {
        var last = lastAdded < offset ? lastAdded : -1;
        if (sealedStarts is null)
        {
            foreach (var mention in Mentions)
            {
                if (mention.Start < offset)
                {
                    last = Math.Max(last, mention.Start);
                }
            }

            return last;
        }

        var index = Array.BinarySearch(sealedStarts, offset);
        var before = (index >= 0 ? index : ~index) - 1;
        return before >= 0 ? Math.Max(last, sealedStarts[before]) : last;
    }

    private static string Initials(string name)
    {
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) && n < buffer.Length)
            {
                buffer[n++] = word[0];
            }
        }

        return new string(buffer[..n]);
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
