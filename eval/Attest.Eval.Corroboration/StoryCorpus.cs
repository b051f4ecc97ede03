using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Attest.Core.Extraction;
using Attest.Text;
using Attest.Text.Pipeline;

namespace Attest.Eval.Corroboration;

/// <summary>A large labelled corpus for clustering at scale. Each <em>story</em> is a seed article moved to another week (its
/// dates rewritten to match); each story is printed by its first outlet, copied under new headlines by others, retold
/// independently (a share of its sentences, lightly reworded), and sometimes denied by an official of the other side.</summary>
public static partial class StoryCorpus
{
    private static readonly string[] Outlets =
        ["Dawn", "The News International", "The Nation", "Daily Times", "The Hindu", "Hindustan Times", "The Indian Express", "Reuters", "Greater Kashmir"];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>A seed article with its publication date and its extraction (for sentences and claims to deny).</summary>
    public sealed record Seed(string Name, string Text, DateOnly Published, ExtractionResult Extraction);

    /// <summary>One generated document with its labels.</summary>
    /// <param name="Story">The story it tells; events of one story and seed sentence are one real-world event.</param>
    /// <param name="Origin">Documents with the same origin are copies of one text.</param>
    /// <param name="DeniedClaim">For a denial: the claim text of the story it denies.</param>
    public sealed record Document(
        string Id, string Text, DateOnly Published, string Outlet, int Story, string Origin, SyntheticDocument Layout, string? DeniedClaim);

    public static Seed Load(string path, DateOnly published)
    {
        var text = File.ReadAllText(path);
        return new Seed(Path.GetFileName(path)[..4], text, published, ExtractionPipeline.Default.Extract(text, new DocumentContext(published, null, null, "en")));
    }

    public static IEnumerable<Document> Generate(IReadOnlyList<Seed> seeds, int count, int randomSeed = 20190805)
    {
        var random = new Random(randomSeed);
        var produced = 0;
        var storiesOfSeed = new int[seeds.Count];
        for (var story = 0; produced < count; story++)
        {
            var which = random.Next(seeds.Count);
            var seed = seeds[which];

            // Whole weeks keep weekdays right, so "on Thursday" still means the stated date; two stories of one seed are at
            // least five weeks apart, beyond the 30 days in which the same words are one assertion, so their events and claims
            // are different ones, as they would be in life.
            var shift = 7 * (6 * storiesOfSeed[which]++ + random.Next(0, 2));
            var published = seed.Published.AddDays(shift);
            var text = ShiftDates(seed.Text, seed.Published, shift);
            var sentences = SeedVariants.SentencesOf(text);
            var first = Outlets[random.Next(Outlets.Length)];
            var origin = $"s{story}";
            yield return Make($"s{story}-original", text, published, first, story, origin, sentences, Enumerable.Range(0, sentences.Count), random, 0, null);
            produced++;

            for (var copy = random.Next(0, 3); copy > 0 && produced < count; copy--, produced++)
            {
                yield return Make($"s{story}-copy{copy}", text, published.AddDays(random.Next(0, 2)), Outlets[random.Next(Outlets.Length)], story, origin,
                    sentences, Enumerable.Range(0, sentences.Count), random, 0.02, Headline(text, sentences));
            }

            for (var retelling = random.Next(0, 3); retelling > 0 && produced < count; retelling--, produced++)
            {
                // An independent report keeps part of what happened and words it its own way: a new origin.
                var kept = Enumerable.Range(0, sentences.Count).Where(_ => random.NextDouble() < 0.6).ToList();
                yield return Make($"s{story}-retold{retelling}", text, published.AddDays(random.Next(0, 3)), Outlets[random.Next(Outlets.Length)], story,
                    $"s{story}-r{retelling}", sentences, kept.Count > 0 ? kept : [0], random, 0.25, null);
            }

            if (produced < count && random.NextDouble() < 0.3 && Deniable(seed, text) is { } claim)
            {
                var denial = $"{(random.Next(2) == 0 ? "ISLAMABAD" : "NEW DELHI")}: The Foreign Office on Tuesday denied that {claim.TrimEnd('.')}.\n\n" +
                             "The spokesperson said the report was baseless and misleading.";
                yield return new Document($"s{story}-denial", denial, published.AddDays(1), Outlets[random.Next(Outlets.Length)], story, $"s{story}-d",
                    new SyntheticDocument($"s{story}-denial", "Denial", "", published, denial, seed.Name, null, []), claim);
                produced++;
            }
        }
    }

    private static Document Make(
        string id, string text, DateOnly published, string outlet, int story, string origin, IReadOnlyList<(int Start, int End)> sentences,
        IEnumerable<int> keep, Random random, double edits, string? headline)
    {
        var builder = new StringBuilder(headline is null ? "" : headline + "\n\n");
        var map = new List<(string, int)>();
        foreach (var index in keep)
        {
            var (start, end) = sentences[index];
            var sentence = Reword(text[start..end], random, edits);
            map.Add((sentence, index));
            builder.Append(sentence).Append(' ');
        }

        var body = builder.ToString();
        return new Document(id, body, published, outlet, story, origin, new SyntheticDocument(id, headline ?? id, outlet, published, body, "", null, map), null);
    }

    // A claim of the story with enough words to be recognisable when denied.
    private static string? Deniable(Seed seed, string storyText)
    {
        var claim = seed.Extraction.Claims.FirstOrDefault(c => !c.Direct && c.Text.Split(' ').Length is >= 8 and <= 30);
        if (claim is null)
        {
            return null;
        }

        // The story's own wording of that claim (its dates moved with the story).
        var at = storyText.IndexOf(claim.Text[..Math.Min(20, claim.Text.Length)], StringComparison.Ordinal);
        return at < 0 ? claim.Text : storyText.Substring(at, Math.Min(claim.Text.Length, storyText.Length - at));
    }

    private static string Reword(string sentence, Random random, double share)
    {
        if (share <= 0)
        {
            return sentence;
        }

        var words = sentence.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < share && Rewording.TryGetValue(words[i], out var other))
            {
                words[i] = other;
            }
        }

        return string.Join(' ', words);
    }

    private static string Headline(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        var (start, end) = sentences[0];
        return "Update: " + string.Join(' ', text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(9)).TrimEnd('.', ',');
    }

    /// <summary>Moves every stated date ("August 16", "August 5, 2019", "July 2019", "2019") by <paramref name="days"/>.</summary>
    public static string ShiftDates(string text, DateOnly published, int days)
    {
        var years = published.AddDays(days).Year - published.Year;
        return StatedDate().Replace(text, m =>
        {
            if (m.Groups["alone"].Success)
            {
                return (int.Parse(m.Groups["alone"].Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture);
            }

            var month = Array.FindIndex(MonthNames, n => n == m.Groups["month"].Value) + 1;
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : published.Year;
            if (!m.Groups["day"].Success)
            {
                var first = new DateOnly(year, month, 1).AddDays(days);
                return first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            }

            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return m.Value;
            }

            var moved = new DateOnly(year, month, day).AddDays(days);
            return moved.ToString(m.Groups["year"].Success ? "MMMM d, yyyy" : "MMMM d", CultureInfo.InvariantCulture);
        });
    }

    // One pass, so a year moved with its date is not moved again: "August 5, 2019", "August 16", "July 2019", or a year alone.
    [GeneratedRegex(@"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?<day>\d{1,2})\b(?:,\s*(?<year>(?:19|20)\d{2}))?|(?<year>(?:19|20)\d{2})\b)|(?<alone>19[5-9]\d|20[0-3]\d)\b)")]
    private static partial Regex StatedDate();

    private static readonly Dictionary<string, string> Rewording = new(StringComparer.Ordinal)
    {
        ["said"] = "stated",
        ["also"] = "further",
        ["meeting"] = "session",
        ["issue"] = "matter",
        ["government"] = "administration",
        ["country"] = "nation",
        ["situation"] = "conditions",
        ["support"] = "backing",
        ["efforts"] = "attempts",
        ["continuous"] = "continued",
        ["important"] = "key",
        ["many"] = "numerous",
        ["international"] = "global",
        ["people"] = "citizens",
        ["strongly"] = "firmly",
        ["condemned"] = "denounced",
        ["urged"] = "called on",
        ["asked"] = "requested",
        ["discuss"] = "review",
        ["region"] = "area",
        ["violations"] = "breaches",
        ["decided"] = "resolved",
        ["major"] = "significant",
    };
}
