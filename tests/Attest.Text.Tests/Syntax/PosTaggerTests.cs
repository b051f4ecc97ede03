namespace Attest.Text.Tests.Syntax;

public sealed class PosTaggerTests
{
    [Fact]
    public void Tags_nouns_verbs_and_function_words_of_a_news_sentence()
    {
        var sentence = Parse.Run("The villagers said that soldiers burned two houses on Tuesday.").Syntax.Single();

        Assert.Equal("DET", sentence.Upos(sentence.Find("The")));
        Assert.Equal("NOUN", sentence.Upos(sentence.Find("villagers")));
        Assert.Equal("VERB", sentence.Upos(sentence.Find("said")));
        Assert.Equal("SCONJ", sentence.Upos(sentence.Find("that")));
        Assert.Equal("NUM", sentence.Upos(sentence.Find("two")));
        Assert.Equal("PROPN", sentence.Upos(sentence.Find("Tuesday")));
        Assert.Equal("PUNCT", sentence.Upos(sentence.Find(".")));
    }

    [Fact]
    public void Tells_a_past_participle_from_a_past_tense()
    {
        var sentence = Parse.Run("The convoy was attacked after the army attacked the town.").Syntax.Single();

        Assert.Equal("VBN", sentence[sentence.Find("attacked")].Xpos);
        Assert.Equal("VBD", sentence[sentence.Find("army") + 1].Xpos);
    }

    [Fact]
    public void Lemmatises_inflected_words_including_ones_the_treebank_never_had()
    {
        var sentence = Parse.Run("The militias were shelling the villages and have left.").Syntax.Single();

        Assert.Equal("be", sentence.Lemma(sentence.Find("were")));
        Assert.Equal("village", sentence.Lemma(sentence.Find("villages")));
        Assert.Equal("militia", sentence.Lemma(sentence.Find("militias")));
        Assert.Equal("shell", sentence.Lemma(sentence.Find("shelling")));
        Assert.Equal("leave", sentence.Lemma(sentence.Find("left")));
    }
}
