using Attest.Core.Extraction;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Corroboration;

/// <summary>Builds the clustering profile of every event and claim of one extracted source.</summary>
public static class ItemProfiles
{
    // Cues whose speaker says the content is false: "denied", "dismissed … as". Read from the cue lexicon by lemma.
    private static readonly HashSet<string> DenialLemmas = ["deny", "dismiss", "reject", "refute", "rebut"];

    private static readonly HashSet<string> DenialCues = new(
        KnowledgeFile.Rows("attribution-cues.tsv")
            .Where(r => DenialLemmas.Contains(KnowledgeFile.Column(r, 1)))
            .Select(r => KnowledgeFile.Column(r, 0).ToLowerInvariant()),
        StringComparer.Ordinal);

    public static IReadOnlyList<ItemProfile> From(string sourceId, ExtractionResult extraction, string text, DateOnly? published)
    {
        var claims = extraction.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var countries = extraction.Entities.ToDictionary(e => e.Id, e => e.Country, StringComparer.Ordinal);
        var profiles = new List<ItemProfile>(extraction.Claims.Count + extraction.Events.Count);
        foreach (var c in extraction.Claims)
        {
            // "Sources said that the premier warned…": the premier's words reach the text only through the unnamed sources.
            var throughAnonymous = c.Speaker.Kind != "anonymous" && extraction.Claims.Any(
                outer => outer.Speaker.Kind == "anonymous" && outer.Start <= c.Start && c.End <= outer.End && outer.Id != c.Id);
            var speakerCountry = c.Speaker.Entity is { } entity ? countries.GetValueOrDefault(entity) : null;
            var denial = IsDenial(c);
            profiles.Add(new ItemProfile(
                ItemProfile.ClaimKind, $"{sourceId}/{c.Id}", sourceId, published, FirstDate(extraction, c.Start, c.End), "",
                null, null, null, null, null, throughAnonymous ? "anonymous" : c.Speaker.Kind, c.Speaker.Name, speakerCountry, Terms(extraction, text, c.Start, c.End), denial));
        }

        var accounts = ReportAccounts.Of(extraction, text);
        var disputed = DisputedStatements.Of(extraction);
        var mainEvent = accounts.Values.FirstOrDefault() ?? extraction.Events.FirstOrDefault(e => CameoFamily.Of(e.Root) == "force")?.Id;
        var places = SpecificPlaces.Of(extraction);
        foreach (var v in extraction.Events)
        {
            var reportedBy = v.Claim is { } claimId && claims.TryGetValue(claimId, out var claim) ? claim : null;
            var reporter = reportedBy?.Speaker;
            var throughAnonymous = reportedBy is not null && extraction.Claims.Any(
                outer => outer.Speaker.Kind == "anonymous" && outer.Start <= reportedBy.Start && reportedBy.End <= outer.End);
            var speakerCountry = reporter?.Entity is { } entity ? countries.GetValueOrDefault(entity) : null;

            // The whole sentence gives an event's words: the coded span alone ("he also met") is too short to compare.
            var (start, end) = Sentence(extraction, v.Start, v.End);
            profiles.Add(new ItemProfile(
                ItemProfile.EventKind, $"{sourceId}/{v.Id}", sourceId, published, v.Date?.Value, v.Root,
                v.Source.Name, v.Source.Country, v.Target?.Name, v.Target?.Country, v.Location?.Name,
                throughAnonymous ? "anonymous" : reporter?.Kind ?? "author", reporter?.Name, speakerCountry, Terms(extraction, text, start, end),

                // An event told inside a denial ("denied that troops had shelled villages") is what the speaker says did not happen.
                reportedBy is not null && IsDenial(reportedBy),
                ReportedCounts.In(extraction, text, start, end) is { Count: > 0 } counts ? counts : null,
                accounts.TryGetValue(v.Id, out var main) ? $"{sourceId}/{main}" : null,
                disputed.TryGetValue(v.Id, out var answered) ? $"{sourceId}/{answered}" : null,
                places.Count > 0 && (v.Id == mainEvent || accounts.ContainsKey(v.Id)) ? places : null,
                v.Location?.Name is { } place && !SpecificPlaces.IsCountryOrRegion(place) ? SpecificPlaces.Key(place) : null));
        }

        return profiles;
    }

    // Names as resolved, not as written: "UNSC" in one report and "the Security Council" in another then share their words.
    private static string[] Terms(ExtractionResult extraction, string text, int start, int end)
    {
        var terms = new SortedSet<string>(ContentTerms.Of(Slice(text, start, end)), StringComparer.Ordinal);
        foreach (var entity in extraction.Entities)
        {
            if (entity.Mentions.Any(m => m.Start >= start && m.End <= end))
            {
                terms.UnionWith(ContentTerms.Of(entity.Name));
            }
        }

        return [.. terms];
    }

    private static bool IsDenial(ClaimRecord claim) => claim.Cue is { } cue && DenialCues.Contains(cue.ToLowerInvariant());

    private static (int Start, int End) Sentence(ExtractionResult extraction, int start, int end)
    {
        foreach (var s in extraction.Sentences)
        {
            if (s.Start <= start && end <= s.End)
            {
                return (s.Start, s.End);
            }
        }

        return (start, end);
    }

    // A claim carries no date of its own; a full date inside its span ("on August 16") says when what it asserts happened.
    private static string? FirstDate(ExtractionResult extraction, int start, int end) =>
        extraction.Dates.FirstOrDefault(d => d.Start >= start && d.End <= end && d.Value is { Length: 10 })?.Value;

    private static ReadOnlySpan<char> Slice(string text, int start, int end) =>
        0 <= start && start < end && end <= text.Length ? text.AsSpan(start, end - start) : [];
}
