using System.Text;

namespace Attest.Text.Tests.Pipeline;

public sealed class BadInputTests
{
    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = Extract.Run("");
        Assert.Empty(result.Sentences);
        Assert.Empty(result.Entities);
        Assert.Null(result.Document.Dateline);
    }

    // The timeout only guards against a hang or a blow-up; speed is measured in bench/, not here.
    [Fact(Timeout = 300_000)]
    public async Task A_five_megabyte_single_line_gives_a_result_with_valid_offsets()
    {
        var builder = new StringBuilder(5 * 1024 * 1024 + 200);
        const string chunk = "Prime Minister Imran Khan said on Thursday that thousands of troops, \"UN resolutions and (IOK) ";
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(chunk);
        }

        var text = builder.ToString();
        var result = await Task.Run(() => Extract.Run(text, "2019-08-23"));
        Assert.NotEmpty(result.Entities);
        Assert.InRange(result.Sentences[^1].End, text.Length - chunk.Length, text.Length);
    }

    [Fact]
    public void Binary_junk_gives_a_result_with_valid_offsets()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        var text = new string(chars);
        var result = Extract.Run(text);
        Assert.All(result.Sentences, s => Assert.InRange(s.End, s.Start, text.Length));
        Assert.All(result.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(text[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Unbalanced_quotes_do_not_swallow_the_rest_of_the_text()
    {
        const string text = "“Trump also urged Modi to restore normalcy, sources added. The premier left for Lahore. He returned on Monday.";
        var result = Extract.Run(text, "2019-08-20");
        Assert.Equal(3, result.Sentences.Count);
        Assert.Equal("2019-08-19", result.Dates.Single().Value);
    }

    [Fact]
    public void Text_without_sentence_ends_is_one_sentence_with_its_entities()
    {
        const string text = "pakistan steps up diplomatic offensive against India over Kashmir and the UN Security Council";
        var result = Extract.Run(text);
        Assert.Single(result.Sentences);
        Assert.Contains(result.Entities, e => e.Name == "India");
        Assert.Contains(result.Entities, e => e.Name == "United Nations Security Council");
    }
}
