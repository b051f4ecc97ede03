using Attest.Text.Syntax;
using Attest.Text.Syntax.Parsing;

namespace Attest.Text.Tests.Syntax;

public sealed class SyntaxRobustnessTests
{
    [Fact]
    public void Empty_text_gives_no_sentences()
    {
        Assert.Empty(Parse.Run("").Syntax);
    }

    [Fact]
    public void A_ten_thousand_word_sentence_without_punctuation_is_parsed_in_bounded_pieces_into_one_tree()
    {
        var words = Enumerable.Range(0, 10_000).Select(i => i % 7 == 0 ? "the" : i % 3 == 0 ? "soldiers" : "marched").ToList();

        var sentence = new SyntaxAnalyzer(SyntaxModel.Default).Analyze(words);

        Assert.Equal(10_000, sentence.Count);
        Assert.Equal(1, Enumerable.Range(0, sentence.Count).Count(i => sentence.Head(i) < 0));
        // Past the bound, each piece hangs from the first piece's root, never from a word further away.
        Assert.All(Enumerable.Range(DependencyParser.MaxSentenceLength, sentence.Count - DependencyParser.MaxSentenceLength),
            i => Assert.True(sentence.Head(i) >= 0 && (sentence.Head(i) / DependencyParser.MaxSentenceLength == i / DependencyParser.MaxSentenceLength || sentence.Head(i) < DependencyParser.MaxSentenceLength)));
    }

    [Fact]
    public void The_pipeline_parses_a_sentence_without_punctuation_however_the_splitter_cuts_it()
    {
        var text = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => i % 5 == 0 ? "the" : "soldiers"));

        var document = Parse.Run(text);

        Assert.Equal(document.Tokens.Count, document.Syntax.Sum(s => s.Count));
    }

    [Fact]
    public void One_long_line_of_a_megabyte_is_parsed_with_every_word_in_a_tree()
    {
        var line = string.Concat(Enumerable.Repeat("Officials said the road was closed, and residents left ", 18_000));

        var document = Parse.Run(line);

        Assert.Equal(document.Sentences.Count, document.Syntax.Count);
        Assert.Equal(document.Tokens.Count, document.Syntax.Sum(s => s.Count));
    }

    [Fact]
    public void Binary_junk_and_every_script_get_a_parse_and_no_exception()
    {
        var random = new Random(7);
        var junk = new string([.. Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0, 0xD7FF))]);
        var scripts = "Москва заявила. 北京表示反对。 قال المتحدث إن القوات انسحبت. सेना ने कहा। Ο στρατός είπε. 🚀🔥 ok. ηλ ☃ \u0000\u0001 end";

        foreach (var text in new[] { junk, scripts })
        {
            var document = Parse.Run(text);
            Assert.Equal(document.Sentences.Count, document.Syntax.Count);
            Assert.All(document.Syntax, s => Assert.All(Enumerable.Range(0, s.Count), i => Assert.InRange(s.Head(i), -1, s.Count - 1)));
        }
    }
}
