using System.Diagnostics;
using System.Globalization;
using Attest.Analysis.Corroboration;
using Attest.Core.Extraction;
using Attest.Eval.Corroboration;
using Attest.Text;
using Attest.Text.Pipeline;

// Usage: dotnet run -c Release --project bench/Attest.Bench.Corroboration -- [DOCUMENTS] [SEED_FOLDER] [--write FOLDER]
// With --write, only writes the generated reports as Markdown files (title, date and outlet in front matter) for timing
// `attest add` over them, and stops.
// Generates labelled reports (stories made from the seeds, copied, retold and denied), extracts them on every core, then
// clusters their events and claims one document at a time as `attest add` does, and rates every cluster. Prints the time of
// each phase, documents/s and items/s, peak memory, pairwise precision/recall/F1 of event clusters and the share of denials found.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
const int BatchSize = 1_000;
var seedFolder = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : SeedsBesideRepository(Environment.CurrentDirectory);

// Publication dates: 002 and 004 as their gold files give them; the others as their texts suggest.
var dates = new Dictionary<string, DateOnly>
{
    ["000_"] = new(2021, 2, 5),
    ["001_"] = new(2025, 12, 8),
    ["002_"] = new(2019, 8, 20),
    ["003_"] = new(2024, 10, 27),
    ["004_"] = new(2019, 8, 23),
};
var seeds = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
    .Select(path => StoryCorpus.Load(path, dates.GetValueOrDefault(Path.GetFileName(path)[..4], new DateOnly(2020, 1, 1)))).ToList();

if (Array.IndexOf(args, "--write") is var option and >= 0 && option + 1 < args.Length)
{
    var folder = Directory.CreateDirectory(args[option + 1]);
    foreach (var d in StoryCorpus.Generate(seeds, count))
    {
        File.WriteAllText(Path.Combine(folder.FullName, d.Id + ".md"),
            $"---\ntitle: {d.Layout.Title}\ndate: {d.Published:yyyy-MM-dd}\noutlet: {d.Outlet}\n---\n{d.Text}\n");
    }

    Console.WriteLine($"wrote {count:N0} reports to {folder.FullName}");
    return;
}

var pool = new Dictionary<string, string>(StringComparer.Ordinal);
var matcher = new ClusterMatcher();
var index = new ClusterIndex(matcher);
var gold = new List<(string Key, string Label)>();
var claimGold = new List<(string Key, string Label)>();
var claimsOfStory = new Dictionary<int, List<string>>();
var members = new List<(ItemProfile Item, string Origin, string Outlet)>();
var denials = 0;
var denialsFound = 0;
long words = 0, items = 0;
var extractTime = TimeSpan.Zero;
var clusterTime = TimeSpan.Zero;
var total = Stopwatch.StartNew();
var progress = Stopwatch.StartNew();

// Documents stream through in batches, so memory holds the clusters and never the corpus: each batch is generated and extracted
// on every core, then its documents are clustered one by one on one thread (timed alone), like sources added one by one.
foreach (var batch in StoryCorpus.Generate(seeds, count).Chunk(BatchSize))
{
    var started = Stopwatch.GetTimestamp();
    var prepared = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(Prepare).ToList();
    extractTime += Stopwatch.GetElapsedTime(started);
    foreach (var (document, profiles, labels, documentWords) in prepared)
    {
        Cluster(document, profiles, labels, documentWords);
    }

    if (progress.Elapsed.TotalSeconds >= 30)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {members.Select(m => m.Item.SourceId).LastOrDefault()}: {items:N0} items, {total.Elapsed.TotalSeconds:F0} s, {GC.GetTotalMemory(false) / 1048576:N0} MB"));
        progress.Restart();
    }
}

var rateWatch = Stopwatch.StartNew();
var assessor = new SupportAssessor(Affiliations.Shipped);
var statuses = members.GroupBy(m => index.ClusterOfItem(m.Item.Key)!)
    .Select(g => assessor.Assess([.. g.Select(m => new ClusterMember(m.Item, m.Origin, m.Outlet))], []).Status)
    .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
rateWatch.Stop();
total.Stop();

// Pairwise scores from the contingency table: pairs in one predicted cluster, in one gold event, and in both.
static long Pairs(long n) => n * (n - 1) / 2;
(double Precision, double Recall, double F1) Score(List<(string Key, string Label)> labelled)
{
    var predicted = labelled.Select(g => (Cluster: index.ClusterOfItem(g.Key)!, g.Label)).ToList();
    var bothPairs = predicted.GroupBy(p => (p.Cluster, p.Label)).Sum(g => Pairs(g.Count()));
    var predictedPairs = predicted.GroupBy(p => p.Cluster).Sum(g => Pairs(g.Count()));
    var goldPairs = predicted.GroupBy(p => p.Label).Sum(g => Pairs(g.Count()));
    var p = predictedPairs == 0 ? 1 : (double)bothPairs / predictedPairs;
    var r = goldPairs == 0 ? 1 : (double)bothPairs / goldPairs;
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
}

var (precision, recall, f1) = Score(gold);
var claimScore = Score(claimGold);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    documents: {count:N0} ({words:N0} words), items: {items:N0} ({gold.Count:N0} events scored), stories: {claimsOfStory.Count:N0}
    generation and extraction: {extractTime.TotalSeconds:F1} s wall on {Environment.ProcessorCount} thread(s)
    clustering: {clusterTime.TotalSeconds:F1} s ({count / clusterTime.TotalSeconds:N0} documents/s, {items / clusterTime.TotalSeconds:N0} items/s, {(double)index.Comparisons / items:N0} comparisons per item)
    rating {statuses.Values.Sum():N0} clusters: {rateWatch.Elapsed.TotalSeconds:F1} s; wall time in all {total.Elapsed.TotalSeconds:F1} s
    peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB
    event clusters: pairwise precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}
    claim clusters ({claimGold.Count:N0} claims scored): pairwise precision {claimScore.Precision:F3}, recall {claimScore.Recall:F3}, F1 {claimScore.F1:F3}
    denials that found the story's claim: {denialsFound:N0}/{denials:N0} ({(denials == 0 ? 0 : (double)denialsFound / denials):P1})
    statuses (without disputes): {string.Join(", ", statuses.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:N0}"))}
    """));

// Extraction and labels of one document. An event's label is its story, the seed sentence its sentence copies and its CAMEO
// root; sentences come from this same extraction, so each document is extracted once.
(StoryCorpus.Document Document, IReadOnlyList<ItemProfile> Profiles, Dictionary<string, string> Labels, int Words) Prepare(StoryCorpus.Document d)
{
    var result = ExtractionPipeline.Default.Extract(d.Text, new DocumentContext(d.Published, null, null, "en"));
    var profiles = ItemProfiles.From(d.Id, result, d.Text, d.Published);
    var labels = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var e in result.Events)
    {
        var sentence = result.Sentences.FirstOrDefault(s => s.Start <= e.Start && e.End <= s.End) ?? new SentenceSpan(e.Start, e.End);
        labels[$"{d.Id}/{e.Id}"] = $"{d.Story}#{d.Layout.SeedSentenceOf(d.Text[sentence.Start..sentence.End]) ?? -1}#{e.Root}";
    }

    // A claim's label is its story, the seed sentence it starts in, and its place among the claims starting in that sentence
    // ("sources said that the premier asked…" holds two): the same assertion wherever the story is printed or retold.
    foreach (var c in result.Claims)
    {
        var sentence = result.Sentences.FirstOrDefault(s => s.Start <= c.Start && c.Start < s.End) ?? new SentenceSpan(c.Start, c.End);
        var ordinal = result.Claims.Count(o => o.Start >= sentence.Start && o.Start < c.Start);
        labels[$"{d.Id}/{c.Id}"] = $"{d.Story}#{d.Layout.SeedSentenceOf(d.Text[sentence.Start..sentence.End]) ?? -1}#c{ordinal}";
    }

    return (d, profiles, labels, d.Text.Count(c => c == ' ') + 1);
}

void Cluster(StoryCorpus.Document document, IReadOnlyList<ItemProfile> profiles, Dictionary<string, string> labels, int documentWords)
{
    words += documentWords;
    var shared = profiles.Select(p => p with { Terms = [.. p.Terms.Select(Intern)] }).ToList();
    var started = Stopwatch.GetTimestamp();
    var changes = shared.Select(index.Add).ToList();
    clusterTime += Stopwatch.GetElapsedTime(started);
    items += shared.Count;
    foreach (var p in shared)
    {
        members.Add((p, document.Origin, document.Outlet));
        if (p.Kind == ItemProfile.EventKind && !p.Denial)
        {
            gold.Add((p.Key, labels[p.Key]));
        }
        else if (p.Kind == ItemProfile.ClaimKind && !p.Denial)
        {
            (claimsOfStory.TryGetValue(document.Story, out var list) ? list : claimsOfStory[document.Story] = []).Add(p.Key);
            claimGold.Add((p.Key, labels[p.Key]));
        }
    }

    if (document.DeniedClaim is not null)
    {
        denials++;
        var disputed = changes.SelectMany(c => c.Disputes).Select(d => d.Cluster).ToHashSet(StringComparer.Ordinal);
        if (claimsOfStory.GetValueOrDefault(document.Story, []).Any(k => disputed.Contains(index.ClusterOfItem(k)!)))
        {
            denialsFound++;
        }
    }
}

string Intern(string term)
{
    if (!pool.TryGetValue(term, out var shared))
    {
        pool[term] = shared = term;
    }

    return shared;
}

// ../shared/corpus/seeds beside the repository that holds the current folder.
static string SeedsBesideRepository(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Attest.sln")))
        {
            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
        }
    }

    throw new DirectoryNotFoundException("Run from inside the repository or pass the seed folder as the second argument.");
}
