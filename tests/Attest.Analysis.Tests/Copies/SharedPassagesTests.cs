using Attest.Analysis.Copies;

namespace Attest.Analysis.Tests.Copies;

public sealed class SharedPassagesTests
{
    private const string Wire =
        "ISLAMABAD: Pakistan has strengthened its diplomatic offensive against India over the latter's continuous violations of human rights " +
        "in Indian Occupied Kashmir and its efforts of changing the demography of the held valley. US President Donald Trump has also started " +
        "mediating between Islamabad and New Delhi as he made three phone calls to Prime Minister Imran Khan and Indian Prime Minister Narendra Modi.";

    [Fact]
    public void A_reprinted_paragraph_inside_another_story_is_found_at_its_offsets()
    {
        var body = Wire["ISLAMABAD: ".Length..];
        var story = "Region watch. The dispute has lasted seven decades and analysts expect the contest to continue. " + body + " Markets were calm.";

        var passages = SharedPassages.Find(story, Wire);

        var passage = Assert.Single(passages);
        Assert.StartsWith("Pakistan has strengthened", story[passage.Start..passage.End], StringComparison.Ordinal);
        Assert.EndsWith("Narendra Modi", story[passage.Start..passage.End], StringComparison.Ordinal);
        Assert.Equal(body.Split(' ').Length, passage.Words);
    }

    [Fact]
    public void An_edit_splits_the_shared_text_and_short_common_phrases_are_not_passages()
    {
        var edited = Wire.Replace("three phone calls", "several telephone calls", StringComparison.Ordinal);
        var unrelated = "The Prime Minister Imran Khan said on Monday that the economy was recovering after a difficult year for exporters.";

        var passages = SharedPassages.Find(edited, Wire);

        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.DoesNotContain("several", edited[p.Start..p.End], StringComparison.Ordinal));
        Assert.StartsWith("ISLAMABAD", edited[passages[0].Start..passages[0].End], StringComparison.Ordinal);
        Assert.Empty(SharedPassages.Find(unrelated, Wire));
    }
}
