using Attest.Analysis.Copies;

namespace Attest.Analysis.Tests.Copies;

public sealed class CopySignatureTests
{
    // Wire-style reports written for these tests: one story, and an unrelated one on the same subject.
    private const string Wire =
        "ISLAMABAD: Pakistan on Friday welcomed the closed-door consultations of the United Nations Security Council on Kashmir, " +
        "calling the meeting the first discussion of the dispute by the council in more than five decades. Foreign Minister " +
        "Shah Mahmood Qureshi told reporters that the world had taken note of the situation in the occupied valley, where a " +
        "curfew and a communications blackout have been in force since August 5. India maintained that the change in the " +
        "region's status was an internal matter and said it remained open to talks once violence ended. Diplomats who attended " +
        "the session said China had requested it and that no statement was issued after the members spoke.";

    private const string Unrelated =
        "NEW DELHI: Traders in Srinagar said business had fallen sharply since the internet was suspended, and that shops opened " +
        "only for a few hours each morning. Officials said restrictions were being eased in phases and that landline connections " +
        "had been restored in most police districts. Hospitals reported shortages of some medicines, while the administration said " +
        "supplies were adequate. Schools reopened on Monday but attendance was thin, teachers said, as parents kept children at home.";

    [Fact]
    public void The_same_text_is_a_near_duplicate_of_itself()
    {
        var detector = new CopyDetector();

        var judgement = detector.Judge(CopySignature.Of(Wire), "other", CopySignature.Of(Wire));

        Assert.True(judgement.IsCopy);
        Assert.Equal(1.0, judgement.Jaccard);
        Assert.Equal("near-duplicate", judgement.Reason);
    }

    [Fact]
    public void A_lightly_edited_copy_under_a_new_headline_is_a_copy()
    {
        var edited = "Pakistan hails UNSC huddle on Kashmir\n\n" +
            Wire.Replace("ISLAMABAD:", "ISLAMABAD (Agencies):", StringComparison.Ordinal)
                .Replace("on Friday", "on Friday evening", StringComparison.Ordinal)
                .Replace("told reporters", "told a news conference", StringComparison.Ordinal);

        var judgement = new CopyDetector().Judge(CopySignature.Of(edited), "wire", CopySignature.Of(Wire));

        Assert.True(judgement.IsCopy, $"containment {judgement.Containment:0.00}");
        Assert.True(judgement.Jaccard > 0.5);
    }

    [Fact]
    public void A_story_that_reprints_most_of_a_wire_report_shares_a_long_passage()
    {
        var story = Unrelated + " Meanwhile, in Islamabad: " + Wire[..(Wire.Length * 3 / 4)];

        var judgement = new CopyDetector().Judge(CopySignature.Of(story), "wire", CopySignature.Of(Wire));

        Assert.True(judgement.IsCopy, $"containment {judgement.Containment:0.00}");
        Assert.True(judgement.Jaccard < 0.8);
    }

    [Fact]
    public void Different_reports_on_the_same_subject_are_independent()
    {
        var judgement = new CopyDetector().Judge(CopySignature.Of(Unrelated), "wire", CopySignature.Of(Wire));

        Assert.False(judgement.IsCopy);
        Assert.True(judgement.Jaccard < 0.1);
    }

    [Fact]
    public void Copies_share_a_band_key_and_unrelated_texts_almost_never_do()
    {
        var wire = CopySignature.Of(Wire).BandKeys();
        var copy = CopySignature.Of("Breaking: " + Wire).BandKeys();
        var other = CopySignature.Of(Unrelated).BandKeys();

        Assert.Contains(Enumerable.Range(0, CopySignature.Bands), b => wire[b] == copy[b]);
        Assert.DoesNotContain(Enumerable.Range(0, CopySignature.Bands), b => wire[b] == other[b]);
    }

    [Fact]
    public void Signatures_round_trip_through_bytes()
    {
        var signature = CopySignature.Of(Wire);

        var back = CopySignature.FromBytes(signature.ToBytes(), signature.ShingleCount);

        Assert.Equal(signature.MinHashes, back.MinHashes);
        Assert.Equal(1.0, signature.Jaccard(back));
    }

    [Fact]
    public void Case_and_punctuation_do_not_hide_a_copy()
    {
        Assert.Equal(Shingles.Of(Wire), Shingles.Of(Wire.ToUpperInvariant().Replace(",", " ,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_shorter_than_a_shingle_has_none()
    {
        Assert.Empty(Shingles.Of("Curfew lifted."));
        Assert.Equal(0, CopySignature.Of("Curfew lifted.").ShingleCount);
    }
}
