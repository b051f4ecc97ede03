namespace Attest.Text.Tests.Syntax;

public sealed class DependencyParserTests
{
    [Fact]
    public void Finds_the_speaker_and_the_reported_clause_of_said()
    {
        var sentence = Parse.Run("A spokesman for the ministry said the troops had withdrawn from the valley.").Syntax.Single();

        Assert.Equal("(root)", sentence.HeadOf("said"));
        Assert.Equal("said", sentence.HeadOf("spokesman"));
        Assert.Equal("nsubj", sentence.Relation(sentence.Find("spokesman")));
        Assert.Equal("said", sentence.HeadOf("withdrawn"));
        Assert.Equal("ccomp", sentence.Relation(sentence.Find("withdrawn")));
        Assert.Equal("withdrawn", sentence.HeadOf("troops"));
    }

    [Fact]
    public void Marks_the_patient_of_a_passive_and_its_agent()
    {
        var sentence = Parse.Run("Three farmers were killed by the rebels near the river.").Syntax.Single();

        Assert.Equal("killed", sentence.HeadOf("farmers"));
        Assert.Equal("nsubj:pass", sentence.Relation(sentence.Find("farmers")));
        Assert.Equal("killed", sentence.HeadOf("rebels"));
        Assert.Equal("obl", sentence.Relation(sentence.Find("rebels")).Split(':')[0]);
        Assert.Equal("rebels", sentence.HeadOf("by"));
    }

    [Fact]
    public void Every_sentence_of_real_news_gets_one_root_and_no_cycles()
    {
        var document = Parse.Run(
            "KABUL (Reuters) - Gunmen stormed a government compound in eastern Afghanistan on Monday, officials said, "
            + "killing at least five people. \"We don't know who they are,\" a police chief told reporters. "
            + "The Taliban, who have stepped up attacks, denied involvement; a spokesman said the group was not there.");

        Assert.Equal(document.Sentences.Count, document.Syntax.Count);
        foreach (var sentence in document.Syntax)
        {
            Assert.Equal(1, Enumerable.Range(0, sentence.Count).Count(i => sentence.Head(i) < 0));
            for (var i = 0; i < sentence.Count; i++)
            {
                var steps = 0;
                for (var w = i; w >= 0; w = sentence.Head(w))
                {
                    Assert.True(++steps <= sentence.Count, $"word {i} is on a cycle");
                }

                Assert.Contains(i, sentence.Head(i) < 0 ? [i] : sentence.Children(sentence.Head(i)).ToArray());
            }
        }
    }
}
