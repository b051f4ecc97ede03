using Attest.Core.Extraction;
using Attest.Text.Pipeline;

namespace Attest.Text.Tests;

/// <summary>Runs the shipped pipeline on a test text.</summary>
internal static class Extract
{
    public static ExtractionResult Run(string text, string? published = null) =>
        ExtractionPipeline.Default.Extract(text, new DocumentContext(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    public static EntityRecord Entity(this ExtractionResult result, string name) =>
        result.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));

    public static IEnumerable<string> MentionTexts(this EntityRecord entity) => entity.Mentions.Select(m => m.Text);
}
