using Attest.Text.Datelines;

namespace Attest.Text.Tests.Datelines;

public sealed class DatelineParserTests
{
    [Fact]
    public void Capitals_date_and_agency_in_slashes_are_read()
    {
        const string text = "ISLAMABAD, DEC 8 /DNA/ – The geopolitical climate after the May 2025 conflict has changed.";
        var dateline = DatelineParser.Parse(text);
        Assert.NotNull(dateline);
        Assert.Equal("ISLAMABAD", dateline.Place);
        Assert.Equal("DEC 8", dateline.Date);
        Assert.Equal("DNA", dateline.Agency);
        Assert.Equal("ISLAMABAD, DEC 8 /DNA/ –", text[dateline.Start..dateline.End]);
    }

    [Fact]
    public void Title_case_place_with_spaced_dash_is_a_dateline()
    {
        const string text = "Islamabad    -   Disillusioned with fascist Modi regime, Prime Minister Imran Khan says talks are pointless.";
        var dateline = DatelineParser.Parse(text);
        Assert.NotNull(dateline);
        Assert.Equal("Islamabad", dateline.Place);
        Assert.Equal('-', text[dateline.End - 1]);
    }

    [Fact]
    public void A_capitalised_label_that_opens_a_later_line_too_is_a_transcript_turn_not_a_dateline()
    {
        const string text = "OKAFOR: Were the pumps working?\n\nBELLAMY: Two had failed.\n\nOKAFOR: Thank you.";
        Assert.Null(DatelineParser.Parse(text));
    }

    [Fact]
    public void Colon_dateline_after_a_headline_line_is_found()
    {
        const string text = "Pakistan steps up diplomatic offensive against India\n\n\nISLAMABAD: Pakistan has strengthened its diplomatic offensive.";
        var dateline = DatelineParser.Parse(text);
        Assert.NotNull(dateline);
        Assert.Equal("ISLAMABAD", dateline.Place);
        Assert.Equal("ISLAMABAD:", text[dateline.Start..dateline.End]);
    }

    [Fact]
    public void Two_word_place_with_agency_in_parentheses_is_read()
    {
        var dateline = DatelineParser.Parse("NEW DELHI (Reuters) - India on Monday rejected the offer of mediation.");
        Assert.NotNull(dateline);
        Assert.Equal("NEW DELHI", dateline.Place);
        Assert.Equal("Reuters", dateline.Agency);
    }

    [Theory]
    [InlineData("Today, on February 5, people around the globe are marking Kashmir Solidarity Day.")]
    [InlineData("The BJP-led government revoked the special status of the region.")]
    [InlineData("Prime Minister Imran Khan says - once again - that talks are pointless.")]
    [InlineData("")]
    public void Ordinary_opening_sentences_have_no_dateline(string text) => Assert.Null(DatelineParser.Parse(text));
}
