using System.Globalization;
using Attest.Core.Knowledge;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>
/// The shipped knowledge records: one per country, region, organisation, group, office-holder and gazetteer city of the
/// knowledge files, with stable ids (<c>country:PAK</c>, <c>place:kashmir</c>, <c>org:…</c>, <c>group:…</c>,
/// <c>person:…</c>, <c>city:…</c>), neutral labels, every alias with who uses it, and roles over time.
/// </summary>
public static class StarterPack
{
    private static readonly Lazy<IReadOnlyList<KnowledgeRecord>> Records = new(Build);

    /// <summary>All records of the pack, parsed once.</summary>
    public static IReadOnlyList<KnowledgeRecord> Load() => Records.Value;

    private static IReadOnlyList<KnowledgeRecord> Build()
    {
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var order = new List<Draft>();
        void Put(Draft draft)
        {
            if (drafts.TryAdd(draft.Id, draft))
            {
                order.Add(draft);
            }
        }

        AddCountries(drafts, Put);
        foreach (var row in KnowledgeFile.Rows("regions.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var draft = new Draft($"place:{Slug.Of(name)}", "location", name, Code(row, 1), Number(row, 2), Number(row, 3));
            draft.AddNames(KnowledgeFile.List(row, 4));
            Put(draft);
        }

        foreach (var row in KnowledgeFile.Rows("organizations.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var type = KnowledgeFile.Column(row, 1) == "group" ? "group" : "organization";
            var draft = new Draft($"org:{Slug.Of(name)}", type, name, Code(row, 2), null, null);
            draft.AddNames(KnowledgeFile.List(row, 3));
            Put(draft);
        }

        foreach (var row in KnowledgeFile.Rows("groups.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var draft = new Draft($"group:{Slug.Of(name)}", "group", name, Code(row, 1), null, null);
            draft.AddNames(KnowledgeFile.List(row, 2));
            Put(draft);
        }

        AddPeople(Put, drafts);
        AddCities(Put);
        AddContestedNames(drafts, Put);
        return order.Select(d => d.ToRecord()).ToArray();
    }

    private static void AddCountries(Dictionary<string, Draft> drafts, Action<Draft> put)
    {
        foreach (var row in KnowledgeFile.Rows("countries.tsv"))
        {
            var code = KnowledgeFile.Column(row, 0);
            var draft = new Draft($"country:{code}", "location", KnowledgeFile.Column(row, 1), code, Number(row, 2), Number(row, 3));
            // The derived file mixes English and native official names ("Shqipëria") without saying which is which.
            draft.AddNames(KnowledgeFile.List(row, 4), language: null);
            put(draft);
        }

        foreach (var row in KnowledgeFile.Rows("country-aliases.tsv"))
        {
            if (Code(row, 0) is { } code && drafts.TryGetValue($"country:{code}", out var draft))
            {
                draft.AddNames(KnowledgeFile.List(row, 1));
            }
        }
    }

    private static void AddPeople(Action<Draft> put, Dictionary<string, Draft> drafts)
    {
        var terms = new List<(string Name, string? Country, RecordRole Role)>();
        foreach (var row in PackFile.Rows("offices.tsv"))
        {
            var to = KnowledgeFile.Column(row, 4);
            var role = new RecordRole(KnowledgeFile.Column(row, 2), Code(row, 1), Day(KnowledgeFile.Column(row, 3)), to.Length == 0 ? null : Day(to));
            terms.Add((KnowledgeFile.Column(row, 0), Code(row, 1), role));
        }

        foreach (var row in KnowledgeFile.Rows("actors.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var draft = new Draft($"person:{Slug.Of(name)}", "person", name, Code(row, 1), null, null);
            draft.AddNames(KnowledgeFile.List(row, 5));
            put(draft);
            var role = KnowledgeFile.Column(row, 2);
            var exact = terms.Where(t => t.Name == name).ToArray();
            draft.Roles.AddRange(exact.Select(t => t.Role));
            // The year range of actors.tsv is the fallback when offices.tsv has no exact term for this role.
            if (role.Length > 0 && exact.All(t => t.Role.Role != role)
                && int.TryParse(KnowledgeFile.Column(row, 3), CultureInfo.InvariantCulture, out var from))
            {
                DateOnly? until = int.TryParse(KnowledgeFile.Column(row, 4), CultureInfo.InvariantCulture, out var to) ? new DateOnly(to, 12, 31) : null;
                draft.Roles.Add(new RecordRole(role, Code(row, 1), new DateOnly(from, 1, 1), until));
            }
        }

        foreach (var term in terms)
        {
            var id = $"person:{Slug.Of(term.Name)}";
            if (!drafts.TryGetValue(id, out var draft))
            {
                draft = new Draft(id, "person", term.Name, term.Country, null, null);
                put(draft);
                draft.Roles.Add(term.Role);
            }
            else if (!draft.Roles.Contains(term.Role))
            {
                draft.Roles.Add(term.Role);
            }
        }
    }

    private static void AddCities(Action<Draft> put)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in KnowledgeFile.Rows("places.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var code = Code(row, 1);
            // The file is ordered by population, so the best-known city of a name keeps the bare slug; namesakes get their country.
            var id = $"city:{Slug.Of(name)}";
            if (!taken.Add(id))
            {
                var withCountry = $"{id}-{code?.ToLowerInvariant() ?? "xx"}";
                id = withCountry;
                for (var n = 2; !taken.Add(id); n++)
                {
                    id = $"{withCountry}-{n}";
                }
            }

            put(new Draft(id, "location", name, code, Number(row, 2), Number(row, 3)));
        }
    }

    private static void AddContestedNames(Dictionary<string, Draft> drafts, Action<Draft> put)
    {
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in PackFile.Rows("contested-names.tsv"))
        {
            var id = KnowledgeFile.Column(row, 0);
            var name = KnowledgeFile.Column(row, 1);
            var usedBy = KnowledgeFile.Column(row, 2);
            if (!drafts.TryGetValue(id, out var draft))
            {
                draft = new Draft(id, "location", name, null, null, null);
                put(draft);
            }

            draft.SetName(name, usedBy.Length == 0 ? null : usedBy);
            if (usedBy == "international / neutral" && labelled.Add(id))
            {
                draft.Label = name;
            }
        }
    }

    private static string? Code(string[] row, int index) => KnowledgeFile.Column(row, index) is { Length: > 0 } code ? code : null;

    private static double? Number(string[] row, int index) =>
        double.TryParse(KnowledgeFile.Column(row, index), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"offices.tsv: '{text}' is not a date (expected YYYY-MM-DD).");

    /// <summary>A record while the files are read: names and roles are gathered from several files.</summary>
    private sealed class Draft(string id, string type, string label, string? country, double? lat, double? lon)
    {
        private readonly List<RecordName> names = [new RecordName(label)];

        public string Id { get; } = id;

        public string Label { get; set; } = label;

        public List<RecordRole> Roles { get; } = [];

        public void AddNames(IEnumerable<string> aliases, string? language = "en")
        {
            foreach (var alias in aliases)
            {
                if (!names.Exists(n => n.Name == alias))
                {
                    names.Add(new RecordName(alias, language));
                }
            }
        }

        public void SetName(string name, string? usedBy)
        {
            var index = names.FindIndex(n => n.Name == name);
            if (index < 0)
            {
                names.Add(new RecordName(name, "en", usedBy));
            }
            else
            {
                names[index] = names[index] with { UsedBy = usedBy };
            }
        }

        public KnowledgeRecord ToRecord() =>
            new(Id, type, Label, country, lat, lon, KnowledgeRecord.FromPack, names.ToArray(), Roles.OrderBy(r => r.From).ToArray());
    }
}
