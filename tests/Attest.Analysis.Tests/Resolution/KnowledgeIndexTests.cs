using Attest.Analysis.Resolution;
using Attest.Core.Knowledge;

namespace Attest.Analysis.Tests.Resolution;

public sealed class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.FromStarterPack();

    [Theory]
    [InlineData("the U.N. Security Council")]
    [InlineData("UN SECURITY COUNCIL")]
    [InlineData("Security Council’s")]
    public void Names_are_found_ignoring_case_dots_article_and_possessive(string name) =>
        Assert.Equal("org:united-nations-security-council", Assert.Single(Index.Named(name)).Id);

    [Fact]
    public void Names_are_found_ignoring_accents() =>
        Assert.Contains(Index.Named("Antonio Guterres"), r => r.Id == "person:antonio-guterres");

    [Fact]
    public void Surname_given_name_and_their_pair_find_the_person()
    {
        Assert.Contains(Index.WithNamePart("Bajwa"), r => r.Id == "person:qamar-javed-bajwa");
        Assert.Contains(Index.WithNamePart("Qamar"), r => r.Id == "person:qamar-javed-bajwa");
        Assert.Contains(Index.WithNamePart("Qamar Bajwa"), r => r.Id == "person:qamar-javed-bajwa");
        Assert.Contains(Index.WithNamePart("Javed Bajwa"), r => r.Id == "person:qamar-javed-bajwa");
    }

    [Fact]
    public void Role_holders_are_listed_by_role_and_country()
    {
        var holders = Index.HoldersOf("prime minister", "PAK").Select(h => h.Record.Id).ToArray();
        Assert.Contains("person:imran-khan", holders);
        Assert.Contains("person:shehbaz-sharif", holders);
        Assert.DoesNotContain("person:narendra-modi", holders);
    }

    [Fact]
    public void Initials_of_a_long_name_find_the_record()
    {
        Assert.Contains(Index.WithAcronym("SCO"), r => r.Id == "org:shanghai-cooperation-organisation");
    }

    [Fact]
    public void A_record_added_later_is_found_by_name_and_name_part()
    {
        var index = new KnowledgeIndex(StarterPack.Load().Where(r => !r.Id.StartsWith("city:", StringComparison.Ordinal)));
        var record = new KnowledgeRecord("candidate:person:khalid-rahman", "person", "Khalid Rahman", "PAK", null, null,
            KnowledgeRecord.FromCandidate, [new RecordName("Khalid Rahman")], []);
        Assert.Empty(index.Named("Khalid Rahman"));
        index.Add(record);
        Assert.Same(record, Assert.Single(index.Named("khalid rahman")));
        Assert.Same(record, Assert.Single(index.WithNamePart("Rahman")));
        Assert.Same(record, index.Find(record.Id));
    }
}
