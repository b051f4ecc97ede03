using Attest.Core.Audit;
using Attest.Core.Extraction;
using Attest.Core.Knowledge;
using Attest.Core.Sources;
using Attest.Store.Copies;
using Attest.Store.Corroboration;
using Attest.Store.Extractions;
using Attest.Store.Search;
using Attest.Store.Sources;

namespace Attest.Store.Tests;

/// <summary>The behaviour every storage engine must have; each engine's test class runs all of it against a real database.</summary>
public abstract class StoreContract : IDisposable
{
    protected abstract AttestStore Store { get; }

    public abstract void Dispose();

    [Fact]
    public void Added_source_comes_back_with_its_metadata()
    {
        var outcome = Store.Sources.Add(StoreFixtureSources.CouncilReport, null, "tester");

        Assert.True(outcome.Added);
        var stored = Store.Sources.Get(outcome.SourceId)!;
        Assert.Equal(StoreFixtureSources.CouncilReport.Sha256, stored.Sha256);
        Assert.Equal("The Nation", stored.Metadata.Outlet);
        Assert.Equal(new DateOnly(2019, 8, 17), stored.Metadata.Published);
        Assert.Equal("ISLAMABAD", stored.Metadata.Dateline?.Place);
        Assert.Equal(StoreFixtureSources.CouncilReport.Text, stored.Text);
        Assert.Equal(StoreFixtureSources.CouncilReport.Content.Length, stored.Size);
    }

    [Fact]
    public void Same_bytes_added_twice_are_one_source()
    {
        var first = Store.Sources.Add(StoreFixtureSources.CouncilReport, null, "tester");
        var again = Store.Sources.Add(StoreFixtureSources.CouncilReport with { Metadata = StoreFixtureSources.CouncilReport.Metadata with { Origin = "copy.txt" } }, null, "tester");

        Assert.True(first.Added);
        Assert.False(again.Added);
        Assert.Equal(first.SourceId, again.SourceId);
        Assert.Single(Store.Sources.List());
        Assert.Single(Store.Audit.Entries());
    }

    [Fact]
    public void Search_finds_only_sources_with_every_word_ranked_with_highlights()
    {
        AddAll();

        var hits = Store.Search.Find(new SearchQuery("Security Council"));

        Assert.Equal(2, hits.Count);
        Assert.DoesNotContain(hits, h => h.SourceId == StoreFixtureSources.TradeNews.Id);
        Assert.All(hits, h => Assert.Contains(SearchHit.MarkStart + "Security" + SearchHit.MarkEnd, h.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.True(hits[0].Rank >= hits[1].Rank);
    }

    [Fact]
    public void Search_filters_by_publication_date_and_outlet()
    {
        AddAll();

        var recent = Store.Search.Find(new SearchQuery("Kashmir", From: new DateOnly(2020, 1, 1)));
        var byOutlet = Store.Search.Find(new SearchQuery("Kashmir", Outlet: "nation"));

        Assert.Equal([StoreFixtureSources.SolidarityOpinion.Id], recent.Select(h => h.SourceId));
        Assert.Equal([StoreFixtureSources.CouncilReport.Id], byOutlet.Select(h => h.SourceId));
    }

    [Theory]
    [InlineData("\"Security Council")]
    [InlineData("council OR traders")]
    [InlineData("Kashmir -solidarity")]
    [InlineData("(( AND * ^ NEAR")]
    [InlineData("\"")]
    public void Search_accepts_any_user_query_without_error(string query)
    {
        AddAll();

        var hits = Store.Search.Find(new SearchQuery(query));

        Assert.NotNull(hits);
    }

    [Fact]
    public void Or_and_exclusion_work_like_a_web_search()
    {
        AddAll();

        Assert.Equal(3, Store.Search.Find(new SearchQuery("council OR traders")).Count);
        Assert.Equal([StoreFixtureSources.CouncilReport.Id], Store.Search.Find(new SearchQuery("Kashmir -solidarity")).Select(h => h.SourceId));
    }

    [Fact]
    public void Each_change_is_audited_and_chained_to_the_one_before()
    {
        AddAll();

        var entries = Store.Audit.Entries();

        Assert.Equal(3, entries.Count);
        Assert.Equal(string.Empty, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.All(entries, e => Assert.Equal("tester", e.Actor));
        Assert.Empty(AuditChain.FindBreaks(entries));
        var council = entries.Single(e => e.Subject == StoreFixtureSources.CouncilReport.Id);
        var stored = Store.Sources.Get(council.Subject)!;
        Assert.Equal(SourceState.Hash(stored.Sha256, stored.Metadata, stored.Text), council.StateHash);
    }

    [Fact]
    public void An_audit_entry_changed_in_the_database_is_named_as_a_break()
    {
        AddAll();
        Execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");

        var breaks = AuditChain.FindBreaks(Store.Audit.Entries());

        Assert.Single(breaks);
        Assert.Contains("audit entry 2", breaks[0]);
    }

    [Fact]
    public void A_deleted_audit_entry_is_named_as_a_break()
    {
        AddAll();
        Execute("DELETE FROM audit_log WHERE seq = 2");

        var breaks = AuditChain.FindBreaks(Store.Audit.Entries());

        Assert.Contains(breaks, b => b.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Extraction_is_kept_with_its_source()
    {
        var extraction = new ExtractionResult(
            new DocumentInfo(StoreFixtureSources.CouncilReport.Sha256, "UN Security Council discusses Kashmir", "2019-08-17", "en", null),
            [new SentenceSpan(0, 40)], [], [new DateMention(150, 158, "Saturday", "2019-08-17", "day")], [], [], []);

        var outcome = Store.Sources.Add(StoreFixtureSources.CouncilReport, extraction, "tester");

        var stored = Store.Extractions.Get(outcome.SourceId)!;
        Assert.Equal("2019-08-17", stored.Dates.Single().Value);
        Assert.Equal(ExtractionResult.SchemaName, stored.Schema);
    }

    [Fact]
    public void Claims_events_and_entities_are_listed_across_sources_with_filters()
    {
        var text = StoreFixtureSources.CouncilReport.Text;
        int At(string phrase) => text.IndexOf(phrase, StringComparison.Ordinal);
        var welcomed = At("welcomed");
        var extraction = new ExtractionResult(
            new DocumentInfo(StoreFixtureSources.CouncilReport.Sha256, null, "2019-08-17", "en", null), [],
            [
                new EntityRecord("e1", "location", "Pakistan", ["Islamabad government"], [new MentionSpan(At("Pakistan"), At("Pakistan") + 8, "Pakistan")], "PAK", new GeoPoint(30, 70)),
                new EntityRecord("e2", "organization", "United Nations Security Council", ["UNSC"], [], null, null),
            ],
            [], [],
            [new ClaimRecord("c1", 11, At(", officials said"), text[11..At(", officials said")], false, "said", new Speaker("anonymous", "officials", null), null)],
            [new EventRecord("v1", welcomed, welcomed + 8, "051", "05", new EventActor("Pakistan", "e1", "PAK"), new EventActor("United Nations Security Council", "e2", null),
                null, new EventDate("2019-08-17"), "c1")]);
        Store.Sources.Add(StoreFixtureSources.CouncilReport, extraction, "tester");
        Store.Sources.Add(StoreFixtureSources.TradeNews, null, "tester");

        var anonymous = Store.Extractions.Claims(new ItemFilter(Speaker: "anonymous"));
        var praise = Store.Extractions.Events(new ItemFilter(Cameo: "05", Entity: "PAK"));
        var council = Store.Extractions.Entities(new ItemFilter(Entity: "unsc"));

        Assert.Equal("said", Assert.Single(anonymous).Cue);
        Assert.Equal("fixture.txt", anonymous[0].Origin);
        Assert.Equal("welcomed", Assert.Single(praise).Text);
        Assert.Equal("c1", praise[0].ClaimId);
        Assert.Equal("United Nations Security Council", Assert.Single(council).Name);
        Assert.Empty(Store.Extractions.Events(new ItemFilter(Cameo: "19")));
        Assert.Empty(Store.Extractions.Events(new ItemFilter(From: new DateOnly(2019, 9, 1))));
        Assert.Empty(Store.Extractions.Claims(new ItemFilter(Source: StoreFixtureSources.TradeNews.Id)));
    }

    private static readonly KnowledgeRecord ImranKhan = new(
        "person:imran-khan", "person", "Imran Khan", "PAK", null, null, KnowledgeRecord.FromPack,
        [new RecordName("PM Khan"), new RecordName("Imran")],
        [new RecordRole("prime minister", "PAK", new DateOnly(2018, 8, 18), new DateOnly(2022, 4, 10))]);

    private static readonly KnowledgeRecord Kashmir = new(
        "place:kashmir", "location", "Kashmir", null, 34.08, 74.80, KnowledgeRecord.FromPack,
        [new RecordName("IOK", "en", "Pakistani government and press"), new RecordName("Jammu and Kashmir")], []);

    [Fact]
    public void Knowledge_records_are_found_by_id_or_any_name_with_roles_and_who_uses_each_name()
    {
        Assert.Equal(2, Store.Knowledge.SeedPack([ImranKhan, Kashmir], "tester"));
        Assert.Equal(0, Store.Knowledge.SeedPack([ImranKhan, Kashmir], "tester"));

        var byName = Store.Knowledge.Find("pm khan");
        var contested = Store.Knowledge.Find("I.O.K.").Single();

        Assert.Equal("person:imran-khan", Assert.Single(byName).Id);
        Assert.True(byName[0].Roles.Single().HeldOn(new DateOnly(2019, 8, 20)));
        Assert.False(byName[0].Roles.Single().HeldOn(new DateOnly(2023, 1, 1)));
        Assert.Equal("Pakistani government and press", contested.Names.Single(n => n.Name == "IOK").UsedBy);
        Assert.Equal(2, Store.Knowledge.ActiveRecords().Count);
    }

    [Fact]
    public void Merge_moves_names_and_links_and_the_old_id_redirects()
    {
        Store.Knowledge.SeedPack([ImranKhan], "tester");
        var outcome = Store.Sources.Add(StoreFixtureSources.CouncilReport, null, "tester");
        var candidate = new KnowledgeRecord("candidate:person:khan-sahib", "person", "Khan Sahib", null, null, null, KnowledgeRecord.FromCandidate, [], []);
        Store.Knowledge.SaveLinks(outcome.SourceId,
            [(new EntityLink(outcome.SourceId, "e1", candidate.Id, "new-candidate", "Khan Sahib", 0.5, EntityLink.New, []), "Khan Sahib")],
            [candidate], new Dictionary<string, IReadOnlyList<(int, int)>>(), "tester");

        var merged = Store.Knowledge.Merge(candidate.Id, "Imran Khan", "analyst");

        Assert.Equal("person:imran-khan", merged.Id);
        Assert.Contains(merged.Names, n => n.Name == "Khan Sahib");
        Assert.Equal("person:imran-khan", Store.Knowledge.Find(candidate.Id).Single().Id);
        Assert.Equal("Khan Sahib", Assert.Single(Store.Knowledge.Mentions("person:imran-khan")).EntityName);
        Assert.DoesNotContain(Store.Knowledge.ActiveRecords(), r => r.Id == candidate.Id);
        Assert.Contains(Store.Audit.Entries(), e => e.Action == "knowledge.merge" && e.Actor == "analyst");
    }

    [Fact]
    public void A_manual_link_outlives_relinking_by_the_machine()
    {
        Store.Knowledge.SeedPack([ImranKhan, Kashmir], "tester");
        var outcome = Store.Sources.Add(StoreFixtureSources.CouncilReport, null, "tester");
        Store.Knowledge.LinkManually(outcome.SourceId, "e1", "ISLAMABAD", [(0, 9)], "place:kashmir", "analyst");

        // Re-extraction renumbers entities; the decision is found again by its span.
        Store.Knowledge.SaveLinks(outcome.SourceId,
            [(new EntityLink(outcome.SourceId, "e7", "person:imran-khan", "alias", "Islamabad", 0.9, EntityLink.Linked, []), "ISLAMABAD")],
            [], new Dictionary<string, IReadOnlyList<(int, int)>> { ["e7"] = [(0, 9)] }, "machine");

        var mention = Assert.Single(Store.Knowledge.Mentions("place:kashmir"));
        Assert.Equal("manual", mention.Rule);
        Assert.Equal("e7", mention.EntityId);
        Assert.Empty(Store.Knowledge.Mentions("person:imran-khan"));
    }

    [Fact]
    public void Aliases_and_roles_added_by_hand_are_audited()
    {
        Store.Knowledge.SeedPack([ImranKhan], "tester");

        Store.Knowledge.AddName("person:imran-khan", new RecordName("Kaptaan", "ur", "PTI supporters"), "analyst");
        Store.Knowledge.AddRole("Imran Khan", new RecordRole("chairman of PTI", "PAK", new DateOnly(1996, 4, 25), new DateOnly(2023, 8, 5)), "analyst");

        var record = Store.Knowledge.Find("kaptaan").Single();
        Assert.Equal(2, record.Roles.Count);
        Assert.Equal("ur", record.Names.Single(n => n.Name == "Kaptaan").Language);
        Assert.Equal(["knowledge.alias", "knowledge.role"], Store.Audit.Entries().Where(e => e.Actor == "analyst").Select(e => e.Action));
        Assert.Throws<KeyNotFoundException>(() => Store.Knowledge.AddName("person:nobody", new RecordName("X"), "analyst"));
    }

    [Fact]
    public void Copy_links_join_origins_named_after_the_earliest_source()
    {
        var first = Store.Sources.Add(StoreFixtureSources.CouncilReport, null, "tester").SourceId;
        var second = Store.Sources.Add(StoreFixtureSources.SolidarityOpinion, null, "tester").SourceId;
        var third = Store.Sources.Add(StoreFixtureSources.TradeNews, null, "tester").SourceId;
        long[] keysA = [11, 12], keysB = [21, 22], keysC = [11, 22];

        var originA = Store.Copies.Record(new StoredSignature(first, [1, 2, 3], 40), keysA, [], "tester");
        var originB = Store.Copies.Record(new StoredSignature(second, [4, 5, 6], 40), keysB, [], "tester");
        var candidates = Store.Copies.Candidates(keysC, excluding: third);
        var originC = Store.Copies.Record(new StoredSignature(third, [7, 8, 9], 40), keysC,
            [new CopyLink(third, first, 0.7, 0.9, "shares a long passage"), new CopyLink(third, second, 0.6, 0.8, "shares a long passage")], "tester");

        Assert.Equal(first, originA.Origin);
        Assert.Empty(originA.Merged);
        Assert.Empty(originB.Merged);
        Assert.Equal(second, originB.Origin);
        Assert.Equal([first, second], candidates.Select(c => c.SourceId));
        Assert.Equal([1, 2, 3], candidates[0].MinHash);
        Assert.Equal(first, originC.Origin);
        Assert.Equal([second], originC.Merged);
        Assert.All(Store.Sources.List(), s => Assert.Equal(first, s.CopyOrigin));
        Assert.Equal(2, Store.Copies.LinksOf(third).Count);
        Assert.Contains(Store.Audit.Entries(), e => e.Action == "copies.detect" && e.Subject == third);
    }

    [Fact]
    public void Cluster_members_merges_disputes_and_status_are_kept_and_listed()
    {
        var council = Store.Sources.Add(StoreFixtureSources.CouncilReport, CouncilExtraction(), "tester").SourceId;
        var opinion = Store.Sources.Add(StoreFixtureSources.SolidarityOpinion, null, "tester").SourceId;
        var trade = Store.Sources.Add(StoreFixtureSources.TradeNews, null, "tester").SourceId;
        Store.Corroboration.Save(council, [new ClusterItemRow(council, "c1", "claim", "C-a", null, "{}", ["t:consult:642", "t:council:642"])],
            new Dictionary<string, string>(), [], "tester");
        Store.Corroboration.Save(opinion, [new ClusterItemRow(opinion, "c1", "claim", "C-b", null, "{}", ["t:council:642"])],
            new Dictionary<string, string>(), [], "tester");

        // A third source joins both: C-b merges into C-a, and a denial from it disputes the merged cluster.
        var candidates = Store.Corroboration.ItemsInBlocks(["t:council:642"], excludingSource: trade);
        Store.Corroboration.Save(trade, [new ClusterItemRow(trade, "c1", "claim", "C-a", "same content (word overlap 0.80)", "{}", ["t:council:642"])],
            new Dictionary<string, string> { ["C-b"] = "C-a" }, [new DisputeRow("C-a", trade, "c1", "denies it")], "tester");
        Store.Corroboration.SetVerdicts([new ClusterVerdictRow("C-a", "claim", "contested", 3, 3, ["PAK"], ["3 source(s).", "Disputed."])]);

        Assert.Equal(new[] { council, opinion }.Order(StringComparer.Ordinal), candidates.Select(c => c.SourceId).Order(StringComparer.Ordinal));
        var cluster = Store.Corroboration.Cluster("C-a")!;
        Assert.Equal("contested", cluster.Status);
        Assert.Equal(3, cluster.Members.Count);
        Assert.Equal(["PAK"], cluster.Parties);
        Assert.Equal(["3 source(s).", "Disputed."], cluster.Reasons);
        Assert.Contains(cluster.Members, m => m.SourceId == council && m.Passage.StartsWith("welcomed", StringComparison.Ordinal) && m.Outlet == "The Nation");
        Assert.Equal(trade, Assert.Single(cluster.Disputes).SourceId);
        Assert.Equal("C-a", Store.Corroboration.ClusterOf(opinion, "c1"));
        Assert.Null(Store.Corroboration.Cluster("C-b"));
        var listed = Assert.Single(Store.Extractions.Claims(new ItemFilter(Status: "contested")));
        Assert.Equal(("C-a", "contested"), (listed.ClusterId, listed.Status));
        Assert.Empty(Store.Extractions.Claims(new ItemFilter(Status: "corroborated")));
        Assert.Contains(Store.Audit.Entries(), e => e.Action == "corroboration.cluster" && e.Subject == trade);
        Assert.Empty(Attest.Core.Audit.AuditChain.FindBreaks(Store.Audit.Entries()));
    }

    [Fact]
    public void Cluster_spans_are_kept_with_the_rating_and_read_back_only_where_known()
    {
        Store.Corroboration.SetVerdicts([
            new ClusterVerdictRow("E-a", "event", "single-source", 1, 1, [], ["1 source."], new DateOnly(2019, 8, 5), new DateOnly(2019, 8, 9)),
            new ClusterVerdictRow("E-b", "event", "single-source", 1, 1, [], ["1 source."]),
        ]);

        var spans = Store.Corroboration.Spans(["E-a", "E-b", "E-missing"]);

        Assert.Equal((new DateOnly(2019, 8, 5), new DateOnly(2019, 8, 9)), Assert.Single(spans, s => s.Key == "E-a").Value);
        Assert.False(spans.ContainsKey("E-b"));
    }

    private static ExtractionResult CouncilExtraction()
    {
        var text = StoreFixtureSources.CouncilReport.Text;
        var said = text.IndexOf(", officials said", StringComparison.Ordinal);
        return new ExtractionResult(new DocumentInfo(StoreFixtureSources.CouncilReport.Sha256, null, "2019-08-17", "en", null), [], [], [], [],
            [new ClaimRecord("c1", text.IndexOf("welcomed", StringComparison.Ordinal), said, text[text.IndexOf("welcomed", StringComparison.Ordinal)..said], false, "said",
                new Speaker("anonymous", "officials", null), null)], []);
    }

    [Fact]
    public void Migrating_again_changes_nothing()
    {
        AddAll();

        var applied = Store.Migrate();

        Assert.Empty(applied);
        Assert.Equal(3, Store.Sources.List().Count);
    }

    [Fact]
    public void Listing_filters_by_date_and_outlet_and_orders_by_publication()
    {
        AddAll();

        Assert.Equal(
            [StoreFixtureSources.CouncilReport.Id, StoreFixtureSources.TradeNews.Id, StoreFixtureSources.SolidarityOpinion.Id],
            Store.Sources.List().Select(s => s.Id));
        Assert.Equal([StoreFixtureSources.TradeNews.Id], Store.Sources.List(new SourceFilter(Outlet: "DAWN")).Select(s => s.Id));
        Assert.Equal([StoreFixtureSources.CouncilReport.Id], Store.Sources.List(new SourceFilter(To: new DateOnly(2019, 12, 31))).Select(s => s.Id));
    }

    private void AddAll()
    {
        foreach (var source in new[] { StoreFixtureSources.CouncilReport, StoreFixtureSources.SolidarityOpinion, StoreFixtureSources.TradeNews })
        {
            Store.Sources.Add(source, null, "tester");
        }
    }

    private void Execute(string sql)
    {
        using var connection = Store.Provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
