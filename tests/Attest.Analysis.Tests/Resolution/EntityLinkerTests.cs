using Attest.Analysis.Resolution;
using Attest.Core.Extraction;
using Attest.Core.Knowledge;
using Attest.Text.Pipeline;

namespace Attest.Analysis.Tests.Resolution;

public sealed class EntityLinkerTests
{
    // From a seed report (Islamabad, 20 August 2019).
    private const string Report =
        "ISLAMABAD: Pakistan has strengthened its diplomatic offensive against India over the latter’s continuous violations of " +
        "human rights in Indian Occupied Kashmir (IOK) and its efforts of changing the demography of the held valley in violation " +
        "of United Nations Security Council (UNSC).\n\nUS President Donald Trump has also started mediating between Islamabad and " +
        "New Delhi as he made three phone calls to Prime Minister Imran Khan and Indian Prime Minister Narendra Modi during the " +
        "past four days.\n\nSources said that the premier also asked the US president to stop India changing the demography of Kashmir.";

    private static readonly KnowledgeIndex Pack = KnowledgeIndex.FromStarterPack();

    private static EntityLink LinkOne(string type, string name, string? published, string? documentCountry = null, string? country = null) =>
        new EntityLinker(Pack).LinkAll("s1", OneEntityDocument.With(OneEntityDocument.Entity(type, name, country), published, documentCountry)).Links[0];

    [Fact]
    public void Entities_extracted_from_a_report_link_to_one_record_each_by_alias()
    {
        var result = ExtractionPipeline.Default.Extract(Report, new Attest.Text.DocumentContext(new DateOnly(2019, 8, 20)));
        var links = new EntityLinker(Pack).LinkAll("s1", result);

        Assert.Equal(result.Entities.Count, links.Links.Count);
        var byName = result.Entities.Zip(links.Links).ToDictionary(p => p.First.Name, p => p.Second);
        Assert.Equal("place:kashmir", byName["Kashmir"].RecordId);
        Assert.Equal("org:united-nations-security-council", byName["United Nations Security Council"].RecordId);
        Assert.Equal("person:imran-khan", byName["Imran Khan"].RecordId);
        Assert.Equal("person:narendra-modi", byName["Narendra Modi"].RecordId);
        Assert.Equal("person:donald-trump", byName["Donald Trump"].RecordId);
        Assert.All(byName.Values, l => Assert.Equal("s1", l.SourceId));
        Assert.Equal(EntityLinker.AliasRule, byName["Imran Khan"].Rule);
    }

    [Fact]
    public void Alias_rule_keeps_the_name_that_matched_as_evidence()
    {
        var link = LinkOne("location", "IIOJK", "2020-08-05");
        Assert.Equal((EntityLink.Linked, EntityLinker.AliasRule, "IIOJK", "place:kashmir"), (link.Status, link.Rule, link.Matched, link.RecordId));
        Assert.Equal(1.0, link.Score);
    }

    [Fact]
    public void Title_before_a_known_name_is_ignored_by_the_alias_rule()
    {
        var link = LinkOne("person", "Indian Prime Minister Narendra Modi", "2019-08-20");
        Assert.Equal(("person:narendra-modi", EntityLinker.AliasRule), (link.RecordId, link.Rule));
    }

    [Fact]
    public void Acronym_of_a_long_name_links_when_no_record_has_it_as_an_alias()
    {
        var institute = new KnowledgeRecord("org:kashmir-institute-of-international-relations", "organization",
            "Kashmir Institute of International Relations", "PAK", null, null, KnowledgeRecord.FromUser,
            [new RecordName("Kashmir Institute of International Relations")], []);
        var index = new KnowledgeIndex(StarterPack.Load());
        index.Add(institute);
        var document = OneEntityDocument.With(OneEntityDocument.Entity("organization", "KIIR"), "2025-01-01");

        var link = new EntityLinker(index).LinkAll("s1", document).Links[0];

        Assert.Equal((institute.Id, EntityLinker.AcronymRule, EntityLink.Linked), (link.RecordId, link.Rule, link.Status));
    }

    [Fact]
    public void Given_name_alone_links_to_the_only_person_of_that_name()
    {
        var link = LinkOne("person", "Imran", "2019-08-20", country: "PAK");
        Assert.Equal(("person:imran-khan", EntityLinker.NamePartRule, EntityLink.Linked), (link.RecordId, link.Rule, link.Status));
    }

    [Fact]
    public void Surname_shared_by_two_people_of_the_era_links_to_the_one_in_office_on_the_date()
    {
        var link = LinkOne("person", "Sharif", "2023-06-01", "PAK");
        Assert.Equal(("person:shehbaz-sharif", EntityLink.Linked), (link.RecordId, link.Status));
    }

    [Fact]
    public void Khan_is_ambiguous_when_two_Khans_fit_and_neither_is_in_office()
    {
        var index = new KnowledgeIndex(StarterPack.Load());
        index.Add(new KnowledgeRecord("person:ali-muhammad-khan", "person", "Ali Muhammad Khan", "PAK", null, null, KnowledgeRecord.FromUser,
            [new RecordName("Ali Muhammad Khan")], []));
        var document = OneEntityDocument.With(OneEntityDocument.Entity("person", "Khan", "PAK"), "2023-06-01");

        var link = new EntityLinker(index).LinkAll("s1", document).Links[0];

        Assert.Equal(EntityLink.Ambiguous, link.Status);
        Assert.Equal(["person:ali-muhammad-khan", "person:imran-khan"], link.Alternatives.Append(link.RecordId).Order(StringComparer.Ordinal));
        Assert.Equal(EntityLinker.NamePartRule, link.Rule);
    }

    [Theory]
    [InlineData("2019-08-20", "person:imran-khan")]
    [InlineData("2023-06-01", "person:shehbaz-sharif")]
    public void The_premier_is_the_prime_minister_in_office_on_the_publication_date(string published, string expected)
    {
        var link = LinkOne("person", "the premier", published, "PAK");
        Assert.Equal((expected, EntityLinker.RoleOnDateRule, EntityLink.Linked, "the premier"), (link.RecordId, link.Rule, link.Status, link.Matched));
    }

    [Theory]
    [InlineData("2019-08-20", "person:donald-trump")]
    [InlineData("2021-06-01", "person:joe-biden")]
    public void The_US_president_depends_on_the_date_not_on_the_document_country(string published, string expected) =>
        Assert.Equal(expected, LinkOne("person", "the US president", published, "PAK").RecordId);

    [Fact]
    public void Dateline_gives_the_country_of_a_bare_role_before_the_most_mentioned_country()
    {
        var dateline = new DatelineInfo(0, 10, "ISLAMABAD:", "Islamabad", null, null);
        var document = OneEntityDocument.With(OneEntityDocument.Entity("person", "the prime minister"), "2019-08-20", "IND", dateline);
        Assert.Equal("person:imran-khan", new EntityLinker(Pack).LinkAll("s1", document).Links[0].RecordId);
    }

    [Fact]
    public void Role_without_a_publication_date_is_flagged_for_review_with_every_holder()
    {
        var link = LinkOne("person", "the premier", null, "PAK");
        Assert.Equal(EntityLink.Ambiguous, link.Status);
        Assert.Contains("person:imran-khan", link.Alternatives.Append(link.RecordId));
        Assert.Contains("person:nawaz-sharif", link.Alternatives.Append(link.RecordId));
    }

    [Fact]
    public void Same_unknown_name_in_two_documents_proposes_the_same_candidate()
    {
        var linker = new EntityLinker(Pack);
        var first = linker.LinkAll("s1", OneEntityDocument.With(OneEntityDocument.Entity("person", "Ghulam Nabi Fai"), "2025-12-08"));
        var second = linker.LinkAll("s2", OneEntityDocument.With(OneEntityDocument.Entity("person", "Ghulam Nabi Fai", "USA"), "2024-02-05"));

        Assert.Equal(EntityLink.New, first.Links[0].Status);
        Assert.Equal("candidate:person:ghulam-nabi-fai", first.Links[0].RecordId);
        Assert.Equal(first.Links[0].RecordId, second.Links[0].RecordId);
        var candidate = Assert.Single(first.Candidates);
        Assert.Equal((KnowledgeRecord.FromCandidate, "Ghulam Nabi Fai"), (candidate.Origin, candidate.Label));
    }

    [Fact]
    public void A_candidate_added_to_the_index_is_linked_in_the_next_document()
    {
        var index = new KnowledgeIndex(StarterPack.Load());
        var linker = new EntityLinker(index);
        var entity = OneEntityDocument.Entity("organization", "World Kashmir Awareness Forum", null, "WKAF");
        var first = linker.LinkAll("s1", OneEntityDocument.With(entity, "2025-12-08"));
        index.Add(first.Candidates[0]);

        var second = linker.LinkAll("s2", OneEntityDocument.With(entity, "2025-12-09")).Links[0];

        Assert.Equal((first.Links[0].RecordId, EntityLink.Linked), (second.RecordId, second.Status));
    }

    [Fact]
    public void Entity_with_an_empty_name_gets_a_candidate_instead_of_an_error()
    {
        var link = LinkOne("person", "", "2019-08-20");
        Assert.Equal((EntityLink.New, "candidate:person:unnamed"), (link.Status, link.RecordId));
    }

    [Fact]
    public void Person_is_never_linked_to_a_place_of_the_same_name()
    {
        var link = LinkOne("person", "Kashmir", "2019-08-20");
        Assert.Equal(EntityLink.New, link.Status);
    }

    [Theory]
    [InlineData("Mian Nawaz Sharif", "2016-05-01", "person:nawaz-sharif")]
    [InlineData("Narendra Damodardas Modi", "2019-08-20", "person:narendra-modi")]
    public void Longer_form_of_a_known_name_links_to_that_person_with_a_lower_score(string name, string published, string expected)
    {
        var link = LinkOne("person", name, published, "PAK");
        Assert.Equal((expected, EntityLinker.NamePartRule, EntityLink.Linked), (link.RecordId, link.Rule, link.Status));
        Assert.True(link.Score < 0.85, $"score {link.Score} should be lower than for a plain name part");
    }

    [Fact]
    public void Lower_case_description_never_links_to_a_gazetteer_town_of_that_name()
    {
        // "The Valley" is the capital of Anguilla; "the valley" in a Kashmir report is not.
        Assert.Equal("city:the-valley", LinkOne("location", "The Valley", null).RecordId);
        Assert.Equal(EntityLink.New, LinkOne("location", "the valley", "2019-08-20", "PAK").Status);
    }

    [Fact]
    public void On_a_hand_over_day_the_successor_holds_the_office()
    {
        Assert.Equal("person:joe-biden", LinkOne("person", "the president", "2021-01-20", "USA").RecordId);
        Assert.Equal("person:donald-trump", LinkOne("person", "the president", "2021-01-19", "USA").RecordId);
    }

    [Fact]
    public void City_named_outright_beats_a_country_that_lists_it_as_an_alias()
    {
        var link = LinkOne("location", "Washington, D.C.", null, country: "USA");
        Assert.Equal("city:washington-dc", link.RecordId);
    }

    [Fact]
    public void Former_holder_of_an_office_is_flagged_for_review_not_guessed()
    {
        var link = LinkOne("person", "the former prime minister", "2023-06-01", "PAK");
        Assert.Equal(EntityLink.Ambiguous, link.Status);
        Assert.Equal("person:imran-khan", link.RecordId);
    }

    [Fact]
    public void Document_without_entities_gives_no_links_and_no_candidates()
    {
        var empty = new ExtractionResult(new DocumentInfo(null, null, "not a date", "en", null), [], [], [], [], [], []);
        var result = new EntityLinker(Pack).LinkAll("s1", empty);
        Assert.Empty(result.Links);
        Assert.Empty(result.Candidates);
    }
}
