using System.Diagnostics;
using System.Globalization;
using Attest.Analysis.Copies;
using Attest.Bench.Copies;

// Usage: dotnet run -c Release --project bench/Attest.Bench.Copies -- [SEED_FOLDER] [DOCUMENTS]
// Copy detection over a labelled synthetic corpus, the way `attest add` runs it: sign each text, look its band keys up among
// the texts before it, judge the candidates. Prints documents/s, peak memory, and precision/recall against the labels.
var seedFolder = args.Length > 0 ? args[0] : SeedsBesideRepository(Environment.CurrentDirectory);
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;

var corpus = SyntheticCorpus.Build(seedFolder, count);
var words = corpus.Texts.Sum(t => (long)t.Split(' ').Length);
Console.WriteLine($"corpus: {corpus.Texts.Count:N0} texts, {words:N0} words, {corpus.CopyOf.Count(c => c >= 0):N0} copies");

var detector = new CopyDetector();
var signatures = new CopySignature[corpus.Texts.Count];
var buckets = new Dictionary<(int Band, long Key), List<int>>();
var found = new HashSet<(int, int)>();
var candidatesJudged = 0L;
var watch = Stopwatch.StartNew();
var signTime = TimeSpan.Zero;
for (var i = 0; i < corpus.Texts.Count; i++)
{
    var started = watch.Elapsed;
    var signature = signatures[i] = CopySignature.Of(corpus.Texts[i]);
    signTime += watch.Elapsed - started;
    var keys = signature.BandKeys();
    var candidates = new HashSet<int>();
    for (var band = 0; band < keys.Length; band++)
    {
        if (buckets.TryGetValue((band, keys[band]), out var members))
        {
            candidates.UnionWith(members);
        }
        else
        {
            buckets[(band, keys[band])] = members = [];
        }

        members.Add(i);
    }

    foreach (var other in candidates)
    {
        candidatesJudged++;
        if (detector.Judge(signature, other.ToString(CultureInfo.InvariantCulture), signatures[other]).IsCopy)
        {
            found.Add((i, other));
        }
    }
}

watch.Stop();

// Truth: a copy and its original; two copies of one original also share its text, so they count as copies of each other.
var groups = corpus.CopyOf.Select((c, i) => c >= 0 ? c : i).ToArray();
var truePositives = found.Count(p => groups[p.Item1] == groups[p.Item2]);
var expected = corpus.CopyOf.Count(c => c >= 0);
var recalled = corpus.CopyOf.Select((c, i) => (c, i)).Count(x => x.c >= 0 && found.Contains((x.i, x.c)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"time: {watch.Elapsed.TotalSeconds:F1} s ({corpus.Texts.Count / watch.Elapsed.TotalSeconds:N0} texts/s, {words / watch.Elapsed.TotalSeconds:N0} words/s); " +
    $"signing alone {signTime.TotalSeconds:F1} s ({signTime / watch.Elapsed:P0} of it)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"candidates judged: {candidatesJudged:N0} ({(double)candidatesJudged / corpus.Texts.Count:F2} per text); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"copy pairs found: {found.Count:N0}; precision {(found.Count == 0 ? 0 : (double)truePositives / found.Count):F3}; " +
    $"recall (each copy finds its original) {(double)recalled / expected:F3} ({recalled:N0}/{expected:N0})"));

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

    throw new DirectoryNotFoundException("Run from inside the repository or pass the seed folder as the first argument.");
}
