using Attest.Text;
using Attest.Text.Pipeline;
using Attest.Web.Rendering;

namespace Attest.Web.Tests.Rendering;

/// <summary>The source page highlights every extracted item at exactly its offsets, overlapping or not.</summary>
public sealed class TextHighlighterTests
{
    [Fact]
    public void Segments_of_each_item_join_to_exactly_its_span_of_the_text()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "samples", "kestria-rejects-account.txt"));
        var extraction = ExtractionPipeline.Default.Extract(text, new DocumentContext(new DateOnly(2019, 8, 10), null, null, "en"));
        var annotations = TextHighlighter.AnnotationsOf(extraction);

        var segments = TextHighlighter.Segment(text, annotations);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Contains(annotations, a => a.Kind == "claim");
        Assert.Contains(annotations, a => a.Kind == "event");
        Assert.Contains(annotations, a => a.Kind == "entity");
        foreach (var a in annotations)
        {
            var covered = string.Concat(segments.Where(s => s.Annotations.Contains(a)).Select(s => s.Text));
            Assert.Equal(text[a.Start..a.End], covered);
        }
    }

    [Fact]
    public void Spans_outside_the_text_are_dropped()
    {
        var segments = TextHighlighter.Segment("short", [new Annotation("claim", "c1", "author", "c1", 2, 99)]);

        Assert.Equal("short", Assert.Single(segments).Text);
        Assert.Empty(segments[0].Annotations);
    }
}
