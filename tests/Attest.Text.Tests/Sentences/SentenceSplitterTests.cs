using Attest.Text.Pipeline;

namespace Attest.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var result = ExtractionPipeline.Default.Extract(text, new DocumentContext());
        return [.. result.Sentences.Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void Titles_and_initials_do_not_end_sentences()
    {
        var sentences = Sentences("The meeting was addressed by Dr. Ghulam N. Fai and Gen. Bajwa. Mr. Khan thanked them.");
        Assert.Equal(["The meeting was addressed by Dr. Ghulam N. Fai and Gen. Bajwa.", "Mr. Khan thanked them."], sentences);
    }

    [Fact]
    public void A_name_ending_in_a_capital_letter_ends_its_sentence()
    {
        var sentences = Sentences("Scant attention was paid to abuses in IIOJ&K. However, the movement has been internationalised.");
        Assert.Equal(["Scant attention was paid to abuses in IIOJ&K.", "However, the movement has been internationalised."], sentences);
    }

    [Fact]
    public void A_straight_quote_after_a_space_opens_the_next_sentence()
    {
        var sentences = Sentences("He said Islamabad would go to the Security Council. \"We will not leave the Kashmiris alone,\" he told reporters.");
        Assert.Equal(["He said Islamabad would go to the Security Council.", "\"We will not leave the Kashmiris alone,\" he told reporters."], sentences);
    }

    [Fact]
    public void An_institution_ending_in_Justice_ends_its_sentence()
    {
        var sentences = Sentences("Pakistan will move the International Court of Justice. Foreign Office officials confirmed the plan.");
        Assert.Equal(["Pakistan will move the International Court of Justice.", "Foreign Office officials confirmed the plan."], sentences);
    }

    [Fact]
    public void Dotted_acronym_before_a_name_does_not_end_the_sentence()
    {
        var sentences = Sentences("The U.S. President Donald Trump called. He spoke to the U.S. The talks went on.");
        Assert.Equal(["The U.S. President Donald Trump called.", "He spoke to the U.S.", "The talks went on."], sentences);
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence_and_speaker_tag_is_not_cut_off()
    {
        var sentences = Sentences("“Trump also urged Modi to restore normalcy in Kashmir,” sources added. “Why now?” he asked. It rained.");
        Assert.Equal(["“Trump also urged Modi to restore normalcy in Kashmir,” sources added.", "“Why now?” he asked.", "It rained."], sentences);
    }

    [Fact]
    public void Headline_separated_by_blank_lines_is_its_own_sentence_and_dateline_is_excluded()
    {
        var sentences = Sentences("Pakistan steps up diplomatic offensive against India\n\n\nISLAMABAD: Pakistan has strengthened its offensive.");
        Assert.Equal(["Pakistan steps up diplomatic offensive against India", "Pakistan has strengthened its offensive."], sentences);
    }

    [Fact]
    public void Retired_marker_in_parentheses_does_not_split()
    {
        var sentences = Sentences("The participants included Ambassador (r) Syed Abrar Hussain, vice-chairman IPS. They spoke.");
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Hard_wrapped_paragraph_lines_join_but_byline_stands_alone()
    {
        const string text = "Pakistan calls on international law and UN resolutions to rally\nglobal support and urge India to resolve the conflict.\n"
            + "By Azharullah Khattak\nThe Kashmir conflict remains a central issue in\nSouth Asian geopolitics, rooted in the disputed accession of\n"
            + "Jammu and Kashmir to India in 1947. Following the partition of British India,\nprincely states were to decide their future.";
        var sentences = Sentences(text);
        Assert.Equal("By Azharullah Khattak", sentences[1]);
        Assert.StartsWith("The Kashmir conflict remains a central issue in\nSouth Asian", sentences[2]);
        Assert.Equal(4, sentences.Count);
    }

    [Fact]
    public void Text_without_sentence_ends_is_cut_into_bounded_pieces_at_clause_marks()
    {
        var text = string.Concat(Enumerable.Repeat("troops patrolled the valley, ", 400));
        var sentences = Sentences(text);
        Assert.True(sentences.Count >= 4, $"{sentences.Count} pieces");
        Assert.All(sentences, s => Assert.EndsWith(",", s));
        Assert.All(sentences, s => Assert.True(s.Length < 3000));
    }
}
