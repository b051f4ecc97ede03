using System.Collections.Frozen;
using System.Globalization;
using Attest.Core.Extraction;

namespace Attest.Text.Knowledge;

/// <summary>The shipped knowledge (gazetteer, organisations, groups, demonyms, roles), parsed once into frozen lookups.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Instance = new(Load);

    // Surnames shared by too many people for a lone mention to mean the one office-holder who has it.
    private static readonly FrozenSet<string> CommonSurnames = FrozenSet.ToFrozenSet(
        ["Khan", "Ali", "Ahmed", "Ahmad", "Shah", "Malik", "Hussain", "Kumar", "Singh", "Sharif", "Abdullah", "Mohammad", "Muhammad",
         "Qureshi", "Butt", "Chaudhry", "Sharma", "Gupta", "Patel", "Mufti", "Farooq", "Dar"], StringComparer.OrdinalIgnoreCase);

    private KnowledgeBase(PhraseTrie<KnownEntity> names, PhraseTrie<Role> roles, FrozenDictionary<string, string> demonyms,
        FrozenDictionary<string, Actor> actors, FrozenDictionary<string, string> sectors)
    {
        Sectors = sectors;
        Actors = actors;
        ActorSurnames = actors.Values.Distinct()
            .GroupBy(a => a.Name[(a.Name.LastIndexOf(' ') + 1)..], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1 && !CommonSurnames.Contains(g.Key))
            .ToFrozenDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        Names = names;
        Roles = roles;
        Demonyms = demonyms;
        DemonymLookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The knowledge shipped with Attest (loaded on first use, shared by every thread).</summary>
    public static KnowledgeBase Shared => Instance.Value;

    /// <summary>Every name and alias of a known country, place, organisation or group.</summary>
    public PhraseTrie<KnownEntity> Names { get; }

    /// <summary>Titles and roles.</summary>
    public PhraseTrie<Role> Roles { get; }

    /// <summary>Adjectives of nationality ("Pakistani") to the country's alpha-3 code (empty for a stateless region).</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    /// <summary>International bodies by canonical name: <c>IGO</c> (intergovernmental) or <c>NGO</c>, as CAMEO codes actors
    /// that belong to no one country.</summary>
    public FrozenDictionary<string, string> Sectors { get; }

    /// <summary>Known office-holders by full name and alias.</summary>
    public FrozenDictionary<string, Actor> Actors { get; }

    /// <summary>Known office-holders by surname, when only one has it ("Modi", "Guterres").</summary>
    public FrozenDictionary<string, Actor> ActorSurnames { get; }

    private static KnowledgeBase Load()
    {
        var names = new PhraseTrie<KnownEntity>();
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // Curated files first: on a shared alias they win over the derived gazetteer.
        foreach (var row in KnowledgeFile.Rows("regions.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var entity = new KnownEntity("region:" + name, name, "location", "region", NullIfEmpty(KnowledgeFile.Column(row, 1)), Geo(row, 2, 3));
            AddAll(names, entity, name, KnowledgeFile.List(row, 4));
        }

        var sectors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in KnowledgeFile.Rows("organizations.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var kind = KnowledgeFile.Column(row, 1);
            var type = kind == "group" ? "group" : "organization";
            var entity = new KnownEntity("org:" + name, name, type, kind, NullIfEmpty(KnowledgeFile.Column(row, 2)), null);
            AddAll(names, entity, name, [.. KnowledgeFile.List(row, 3).SelectMany(TitleCaseAcronym)]);
            if (SectorOf(row) is { } sector)
            {
                sectors[name] = sector;
            }
        }

        foreach (var row in KnowledgeFile.Rows("groups.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var entity = new KnownEntity("group:" + name, name, "group", "group", NullIfEmpty(KnowledgeFile.Column(row, 1)), null);
            AddAll(names, entity, name, KnowledgeFile.List(row, 2));
        }

        var countries = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        var countryRows = KnowledgeFile.Rows("countries.tsv").ToList();
        foreach (var row in countryRows)
        {
            var code = KnowledgeFile.Column(row, 0);
            countries[code] = new KnownEntity("country:" + code, KnowledgeFile.Column(row, 1), "location", "country", code, Geo(row, 2, 3));
        }

        // Hand-written aliases and adjectives go in before the derived ones so they decide shared spellings.
        foreach (var row in KnowledgeFile.Rows("country-aliases.tsv"))
        {
            var code = KnowledgeFile.Column(row, 0);
            foreach (var demonym in KnowledgeFile.List(row, 2))
            {
                demonyms.TryAdd(demonym, code);
            }

            if (countries.TryGetValue(code, out var country))
            {
                foreach (var alias in KnowledgeFile.List(row, 1))
                {
                    names.Add(alias, country);
                }
            }
        }

        foreach (var row in countryRows)
        {
            var code = KnowledgeFile.Column(row, 0);
            var entity = countries[code];
            AddAll(names, entity, entity.Name, KnowledgeFile.List(row, 4));
            foreach (var demonym in KnowledgeFile.List(row, 5))
            {
                demonyms.TryAdd(demonym, code);
            }
        }

        // The world gazetteer last: towns before first-level regions, since a shared name ("Kabul", "Khost") in reporting
        // usually means the town; but a small town yields its name to a region of another country ("Virginia", "Florida").
        var regionRows = KnowledgeFile.Rows("admin-regions.tsv").ToList();
        var regionCountries = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in regionRows)
        {
            foreach (var regionName in KnowledgeFile.List(row, 2).Prepend(KnowledgeFile.Column(row, 0)))
            {
                if (!regionCountries.TryGetValue(regionName, out var codes))
                {
                    regionCountries[regionName] = codes = new HashSet<string>(StringComparer.Ordinal);
                }

                codes.Add(KnowledgeFile.Column(row, 1));
            }
        }

        foreach (var row in KnowledgeFile.Rows("places.tsv"))
        {
            var name = KnowledgeFile.Column(row, 0);
            var code = KnowledgeFile.Column(row, 1);
            var entity = new KnownEntity("place:" + name + ":" + code, name, "location", "city", code, Geo(row, 2, 3), Derived: true,
                Common: KnowledgeFile.Column(row, 5).Contains("common", StringComparison.Ordinal));
            var minor = !KnowledgeFile.Column(row, 5).Contains("major", StringComparison.Ordinal);
            foreach (var spelling in KnowledgeFile.List(row, 4).Prepend(name))
            {
                if (!minor || !regionCountries.TryGetValue(spelling, out var codes) || codes.All(c => c == code))
                {
                    names.Add(spelling, entity);
                }
            }

            // "Washington, D.C." is written "Washington" in running text.
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                names.Add(name[..comma], entity);
            }
        }

        foreach (var row in regionRows)
        {
            var name = KnowledgeFile.Column(row, 0);
            var code = KnowledgeFile.Column(row, 1);
            var entity = new KnownEntity("admin:" + name + ":" + code, name, "location", "region", code, null, Derived: true,
                Common: KnowledgeFile.Column(row, 3) == "common");
            AddAll(names, entity, name, KnowledgeFile.List(row, 2));
        }

        var roles = new PhraseTrie<Role>();
        foreach (var row in KnowledgeFile.Rows("roles.tsv"))
        {
            var use = KnowledgeFile.Column(row, 2);
            roles.Add(KnowledgeFile.Column(row, 0), new Role(KnowledgeFile.Column(row, 1), use is "title" or "both", use is "noun" or "both"));
        }

        var actors = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in KnowledgeFile.Rows("actors.tsv"))
        {
            var to = KnowledgeFile.Column(row, 4);
            var actor = new Actor(KnowledgeFile.Column(row, 0), NullIfEmpty(KnowledgeFile.Column(row, 1)), KnowledgeFile.Column(row, 2),
                int.Parse(KnowledgeFile.Column(row, 3), CultureInfo.InvariantCulture), to.Length == 0 ? null : int.Parse(to, CultureInfo.InvariantCulture));
            actors.TryAdd(actor.Name, actor);
            foreach (var alias in KnowledgeFile.List(row, 5))
            {
                actors.TryAdd(alias, actor);
            }
        }

        return new KnowledgeBase(names.Freeze(), roles.Freeze(), demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            actors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), sectors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The sector column of an organizations.tsv row: IGO, NGO or none; anything else is a mistake in the file.</summary>
    internal static string? SectorOf(string[] row) => KnowledgeFile.Column(row, 4) switch
    {
        "" => null,
        "IGO" or "NGO" => KnowledgeFile.Column(row, 4),
        var other => throw new InvalidDataException(
            $"organizations.tsv: sector '{other}' of '{KnowledgeFile.Column(row, 0)}' is neither IGO nor NGO."),
    };

    /// <summary>An acronym of four letters or more and its title-case spelling, which British style uses ("NATO", "Nato").</summary>
    private static IEnumerable<string> TitleCaseAcronym(string alias)
    {
        yield return alias;
        if (alias.Length >= 4 && alias.All(char.IsAsciiLetterUpper))
        {
            yield return string.Concat(alias.AsSpan(0, 1), alias[1..].ToLowerInvariant());
        }
    }

    private static void AddAll(PhraseTrie<KnownEntity> names, KnownEntity entity, string name, string[] aliases)
    {
        names.Add(name, entity);
        foreach (var alias in aliases)
        {
            names.Add(alias, entity);
        }
    }

    private static GeoPoint? Geo(string[] row, int lat, int lon) =>
        double.TryParse(KnowledgeFile.Column(row, lat), NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
        && double.TryParse(KnowledgeFile.Column(row, lon), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            ? new GeoPoint(la, lo)
            : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
