using Attest.Core.Extraction;

namespace Attest.Analysis.Tests.Resolution;

/// <summary>Builds the extraction result of a document that names one entity, published on a date, about a country.</summary>
internal static class OneEntityDocument
{
    public static EntityRecord Entity(string type, string name, string? country = null, params string[] aliases) =>
        new("e1", type, name, aliases, [new MentionSpan(0, name.Length, name)], country, null);

    /// <summary>The document; its country is what its other entities are about (three mentions of a location in it).</summary>
    public static ExtractionResult With(EntityRecord entity, string? published, string? documentCountry = null, DatelineInfo? dateline = null)
    {
        var entities = new List<EntityRecord> { entity };
        if (documentCountry is not null)
        {
            var mentions = Enumerable.Range(0, 3).Select(i => new MentionSpan(100 + (i * 20), 110 + (i * 20), "country")).ToArray();
            entities.Add(new EntityRecord("e2", "location", $"country {documentCountry}", [], mentions, documentCountry, null));
        }

        return new ExtractionResult(new DocumentInfo(null, null, published, "en", dateline), [], entities, [], [], [], []);
    }
}
