using System.Globalization;
using Attest.Core.Extraction;

namespace Attest.Analysis.Resolution;

/// <summary>What a role phrase is read against: the document's publication date and its country (dateline, else the most-mentioned country).</summary>
/// <param name="Date">The publication day; a month-precise date counts as its 15th; null when unknown or only a year.</param>
/// <param name="Country">The alpha-3 of the document's country, or null.</param>
public sealed record LinkContext(DateOnly? Date, string? Country)
{
    /// <summary>The context of an extraction result, looking the dateline place up in <paramref name="index"/>.</summary>
    public static LinkContext Of(ExtractionResult result, KnowledgeIndex index) =>
        new(DateOf(result.Document.Published), DatelineCountry(result, index) ?? MostMentionedCountry(result));

    /// <summary>Reads a published value: YYYY-MM-DD, or YYYY-MM (its 15th); anything else is no date.</summary>
    public static DateOnly? DateOf(string? published)
    {
        if (published is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.TryParseExact(published + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var mid) ? mid : null;
    }

    private static string? DatelineCountry(ExtractionResult result, KnowledgeIndex index)
    {
        var place = result.Document.Dateline?.Place;
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        // Countries and regions first, then cities: the record order of the pack.
        return index.Named(place).Where(r => r.Type == "location" && r.Country is not null).Select(r => r.Country).FirstOrDefault();
    }

    private static string? MostMentionedCountry(ExtractionResult result) =>
        result.Entities
            .Where(e => e.Type == "location" && e.Country is not null)
            .GroupBy(e => e.Country!, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Mentions: g.Sum(e => Math.Max(1, e.Mentions.Count))))
            .OrderByDescending(c => c.Mentions)
            .ThenBy(c => c.Country, StringComparer.Ordinal)
            .Select(c => c.Country)
            .FirstOrDefault();
}
