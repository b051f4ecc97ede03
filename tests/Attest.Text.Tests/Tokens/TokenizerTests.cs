using Attest.Text.Tokens;

namespace Attest.Text.Tests.Tokens;

public sealed class TokenizerTests
{
    private static List<string> Texts(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens.ConvertAll(t => text[t.Start..t.End]);
    }

    [Fact]
    public void Possessive_is_split_from_the_name() =>
        Assert.Equal(["India", "’s", "illegal", "steps"], Texts("India’s illegal steps"));

    [Fact]
    public void Hyphenated_names_split_into_parts() =>
        Assert.Equal(["the", "Pakistan", "-", "India", "conflict"], Texts("the Pakistan-India conflict"));

    [Fact]
    public void Dotted_acronym_stays_one_token() =>
        Assert.Equal(["the", "U.S.", "president"], Texts("the U.S. president"));

    [Fact]
    public void Contractions_split_as_the_treebank_does() =>
        Assert.Equal(["They", "do", "n't", "know", ",", "we", "'re", "told", ";", "I", "ca", "n’t", "and", "can", "not"],
            Texts("They don't know, we're told; I can’t and cannot"));

    [Fact]
    public void An_apostrophe_inside_a_name_is_no_contraction() =>
        Assert.Equal(["O'Neill", "met", "d'Estaing"], Texts("O'Neill met d'Estaing"));

    [Fact]
    public void Numbers_keep_separators_and_ordinal_suffixes() =>
        Assert.Equal(["1,200", "troops", "on", "the", "1st", "day", "."], Texts("1,200 troops on the 1st day."));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  “Trump also urged Modi,” sources added.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
        Assert.Equal(2, tokens[0].Start);
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
    }
}
