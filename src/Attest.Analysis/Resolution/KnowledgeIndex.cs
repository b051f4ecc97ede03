using Attest.Core.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>
/// Finds knowledge records by any of their names (case, accents, a leading "the", punctuation and "'s" ignored), by an
/// acronym of a long name, by a part of a person's name (surname, given name) and by the roles people hold.
/// Built once from a list of records; <see cref="Add"/> takes records made later (not thread-safe while adding).
/// </summary>
public sealed class KnowledgeIndex
{
    // Name particles and initials say nothing on their own: "ul" in Anwaar-ul-Haq, "S" in S. Jaishankar.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "ul", "el", "ud", "bin", "ibn", "de", "da", "van", "von", "e", "i", "mr", "dr",
    };

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "in", "on", "e", "i", "&" };

    private readonly Dictionary<string, KnowledgeRecord> byId = new(StringComparer.Ordinal);
    private readonly NameTable<KnowledgeRecord> names;
    private readonly NameTable<KnowledgeRecord> nameParts;
    private readonly NameTable<KnowledgeRecord> acronyms;
    private readonly NameTable<RoleHolder> holders;

    public KnowledgeIndex(IEnumerable<KnowledgeRecord> records)
    {
        var list = records.ToArray();
        foreach (var record in list)
        {
            byId[record.Id] = record;
        }

        names = new NameTable<KnowledgeRecord>(list.SelectMany(r => NameKeys(r).Select(k => (k, r))));
        nameParts = new NameTable<KnowledgeRecord>(list.SelectMany(r => PartKeys(r).Select(k => (k, r))));
        acronyms = new NameTable<KnowledgeRecord>(list.SelectMany(r => AcronymKeys(r).Select(k => (k, r))));
        holders = new NameTable<RoleHolder>(list.SelectMany(r => r.Roles.Select(role => (RoleKey(role.Role, role.Country), new RoleHolder(r, role)))));
    }

    /// <summary>How many records the index holds.</summary>
    public int Count => byId.Count;

    /// <summary>An index of the shipped starter pack.</summary>
    public static KnowledgeIndex FromStarterPack() => new(StarterPack.Load());

    /// <summary>Adds a record made after the index was built (a candidate or a user record); a known id is replaced for look-up by id only.</summary>
    public void Add(KnowledgeRecord record)
    {
        byId[record.Id] = record;
        foreach (var key in NameKeys(record))
        {
            names.Add(key, record);
        }

        foreach (var key in PartKeys(record))
        {
            nameParts.Add(key, record);
        }

        foreach (var key in AcronymKeys(record))
        {
            acronyms.Add(key, record);
        }

        foreach (var role in record.Roles)
        {
            holders.Add(RoleKey(role.Role, role.Country), new RoleHolder(record, role));
        }
    }

    /// <summary>The record with this id, or null.</summary>
    public KnowledgeRecord? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Records that carry <paramref name="name"/> as their label or one of their names.</summary>
    public IReadOnlyList<KnowledgeRecord> Named(string name) => names.Get(NameKey.Normalize(name));

    /// <summary>People whose name has <paramref name="part"/> as its surname, given name, given name + surname or a trailing part.</summary>
    public IReadOnlyList<KnowledgeRecord> WithNamePart(string part) => nameParts.Get(PhraseTokens.Key(part));

    /// <summary>Organisations and places whose long name has <paramref name="acronym"/> as its initials ("KIIR", "IIOJK").</summary>
    public IReadOnlyList<KnowledgeRecord> WithAcronym(string acronym) => acronyms.Get(AcronymKey(acronym));

    /// <summary>Everyone who held <paramref name="role"/> (canonical, as in roles.tsv) in <paramref name="country"/> (null: an international office), at any time.</summary>
    public IReadOnlyList<RoleHolder> HoldersOf(string role, string? country) => holders.Get(RoleKey(role, country));

    private static IEnumerable<string> NameKeys(KnowledgeRecord record) =>
        record.Names.Select(n => n.Name).Append(record.Label).Select(NameKey.Normalize).Where(k => k.Length > 0).Distinct();

    private static IEnumerable<string> PartKeys(KnowledgeRecord record)
    {
        if (record.Type != "person")
        {
            yield break;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in record.Names.Select(n => n.Name).Append(record.Label))
        {
            var words = PhraseTokens.Of(name).Where(w => w.Length > 1 && !Particles.Contains(w)).ToArray();
            if (words.Length < 2)
            {
                continue;
            }

            keys.Add(words[0]);
            keys.Add($"{words[0]} {words[^1]}");
            for (var start = 1; start < words.Length; start++)
            {
                keys.Add(string.Join(' ', words[start..]));
            }
        }

        foreach (var key in keys)
        {
            yield return key;
        }
    }

    private static IEnumerable<string> AcronymKeys(KnowledgeRecord record)
    {
        if (record.Type == "person" || record.Id.StartsWith("city:", StringComparison.Ordinal))
        {
            yield break;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in record.Names.Select(n => n.Name).Append(record.Label))
        {
            var words = PhraseTokens.Of(name).Where(w => !MinorWords.Contains(w)).ToArray();
            if (words.Length >= 2)
            {
                keys.Add(string.Concat(words.Select(w => w[0])));
            }
        }

        foreach (var key in keys)
        {
            yield return key;
        }
    }

    private static string AcronymKey(string acronym) =>
        string.Concat(acronym.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    private static string RoleKey(string role, string? country) => $"{role}|{country}";
}
