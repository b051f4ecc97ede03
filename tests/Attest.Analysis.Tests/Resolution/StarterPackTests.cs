using Attest.Analysis.Resolution;
using Attest.Core.Knowledge;

namespace Attest.Analysis.Tests.Resolution;

public sealed class StarterPackTests
{
    private static readonly IReadOnlyList<KnowledgeRecord> Pack = StarterPack.Load();

    private static KnowledgeRecord Record(string id) => Pack.Single(r => r.Id == id);

    [Fact]
    public void Every_record_has_a_unique_lower_case_slug_id_except_country_codes()
    {
        Assert.Equal(Pack.Count, Pack.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var record in Pack.Where(r => !r.Id.StartsWith("country:", StringComparison.Ordinal)))
        {
            var slug = record.Id[(record.Id.IndexOf(':') + 1)..];
            Assert.True(slug == slug.ToLowerInvariant() && !slug.Contains(' '), $"{record.Id} is not a lower-case slug");
        }
    }

    [Fact]
    public void Pack_has_one_record_per_kind_with_the_documented_ids()
    {
        Assert.Equal("person", Record("person:imran-khan").Type);
        Assert.Equal("organization", Record("org:united-nations-security-council").Type);
        Assert.Equal("location", Record("place:kashmir").Type);
        Assert.Equal("Pakistan", Record("country:PAK").Label);
        Assert.Equal("group", Record("group:kashmiris").Type);
        Assert.Equal("IND", Record("city:srinagar").Country);
    }

    [Fact]
    public void Imran_Khan_was_prime_minister_of_Pakistan_from_18_August_2018_to_10_April_2022()
    {
        var term = Record("person:imran-khan").Roles.Single(r => r.Role == "prime minister");
        Assert.Equal(new RecordRole("prime minister", "PAK", new DateOnly(2018, 8, 18), new DateOnly(2022, 4, 10)), term);
    }

    [Fact]
    public void Narendra_Modi_is_prime_minister_of_India_from_26_May_2014_with_no_end()
    {
        var term = Record("person:narendra-modi").Roles.Single(r => r.Role == "prime minister");
        Assert.Equal(new DateOnly(2014, 5, 26), term.From);
        Assert.Null(term.To);
    }

    [Fact]
    public void A_person_with_two_terms_keeps_both_in_date_order()
    {
        var terms = Record("person:donald-trump").Roles.Where(r => r.Role == "president").ToArray();
        Assert.Equal([new DateOnly(2017, 1, 20), new DateOnly(2025, 1, 20)], terms.Select(t => t.From));
    }

    [Fact]
    public void Without_an_exact_term_the_years_of_actors_tsv_are_the_fallback()
    {
        var term = Record("person:amit-shah").Roles.Single(r => r.Role == "home minister");
        Assert.Equal(new DateOnly(2019, 1, 1), term.From);
        Assert.Null(term.To);
    }

    [Fact]
    public void Disputed_region_has_the_neutral_label_and_keeps_every_partisan_name_with_its_users()
    {
        var kashmir = Record("place:kashmir");
        Assert.Equal("Kashmir", kashmir.Label);
        Assert.Null(kashmir.Country);
        Assert.Equal("Pakistani government and press", kashmir.Names.Single(n => n.Name == "IIOJK").UsedBy);
        Assert.Contains(kashmir.Names, n => n.Name == "Indian-administered Kashmir" && n.UsedBy == "international / neutral");
        var azad = Record("place:azad-kashmir");
        Assert.Equal("Pakistan-administered Kashmir", azad.Label);
        Assert.Equal("Indian government and press", azad.Names.Single(n => n.Name == "PoK").UsedBy);
    }

    [Fact]
    public void Union_territory_and_former_state_of_Jammu_and_Kashmir_are_separate_records()
    {
        var territory = Record("place:jammu-and-kashmir-union-territory");
        var state = Record("place:jammu-and-kashmir-state");
        Assert.Equal("Jammu and Kashmir (union territory)", territory.Label);
        Assert.Equal("Jammu and Kashmir (former state)", state.Label);
        Assert.DoesNotContain(territory.Names, n => state.Names.Any(s => s.Name == n.Name));
    }

    [Fact]
    public void Namesake_cities_get_their_country_in_the_id_and_the_best_known_keeps_the_bare_slug()
    {
        Assert.Equal("IND", Record("city:hyderabad").Country);
        Assert.Equal("PAK", Record("city:hyderabad-pak").Country);
    }

    [Fact]
    public void Every_term_of_offices_tsv_is_a_role_of_a_person_record()
    {
        var terms = Pack.Where(r => r.Type == "person").SelectMany(r => r.Roles).Count(r => r.From.Day != 1 || r.From.Month != 1);
        Assert.True(terms >= 40, $"only {terms} exact terms of office were read");
        Assert.Contains(Record("person:shahid-khaqan-abbasi").Roles, r => r.Role == "prime minister" && r.To == new DateOnly(2018, 5, 31));
    }
}
