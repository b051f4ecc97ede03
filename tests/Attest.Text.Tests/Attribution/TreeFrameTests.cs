namespace Attest.Text.Tests.Attribution;

/// <summary>Claims the word patterns miss and the parse finds: the subject of a verb of saying speaks, and the clause
/// it governs is the content.</summary>
public sealed class TreeFrameTests
{
    [Theory]
    [InlineData("Rescue workers at the collapsed school in the eastern district confirmed that twelve children had been found alive.",
        "Rescue workers at the collapsed school in the eastern district", "confirmed", "twelve children had been found alive")]
    [InlineData("A doctor who treated the wounded at the only working clinic in the valley told reporters most had shrapnel injuries.",
        "A doctor", "told", "most had shrapnel injuries")]
    [InlineData("The governor, visiting the flooded villages by boat, warned more rain would come.",
        "The governor", "warned", "more rain would come")]
    public void The_subject_of_a_verb_of_saying_speaks_the_clause_it_governs(string sentence, string speaker, string cue, string content)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal(speaker, claim.Speaker.Name);
        Assert.Equal(cue, claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_verb_of_saying_the_parser_puts_inside_a_relative_clause_makes_no_claim_of_its_own()
    {
        var claims = Extract.Run("Two farmers whose fields border the disputed canal said on Tuesday soldiers had crossed it twice that week.").Claims;

        Assert.DoesNotContain(claims, c => c.Speaker.Name == "the disputed canal");
    }
}
