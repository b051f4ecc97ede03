using Attest.Text.Syntax.Conllu;

namespace Attest.Text.Tests.Syntax;

public sealed class ConlluWriterTests
{
    [Fact]
    public void Writes_valid_CoNLL_U_whose_token_ranges_point_back_into_the_text()
    {
        const string text = "Residents didn't return.\nThe U.S. envoy's visit was delayed.";
        var document = Parse.Run(text);
        var output = new StringWriter();

        ConlluWriter.Write(output, text, document.Syntax);
        var sentences = ConlluReader.Read(new StringReader(output.ToString()), "output").ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Residents", "did", "n't", "return", "."], sentences[0].Forms);
        Assert.Equal(["The", "U.S.", "envoy", "'s", "visit", "was", "delayed", "."], sentences[1].Forms);
        foreach (var line in output.ToString().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            var range = columns[9].Split('|').Single(m => m.StartsWith("TokenRange=", StringComparison.Ordinal))[11..].Split(':');
            Assert.Equal(columns[1], text[int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture)..int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }
}
