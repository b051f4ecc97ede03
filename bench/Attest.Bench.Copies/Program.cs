using System.Diagnostics;
using System.Globalization;
using Attest.Analysis.Copies;
using Attest.Bench.Copies;

// Usage: dotnet run -c Release --project bench/Attest.Bench.Copies -- [SEED_FOLDER] [DOCUMENTS]
// Copy detection over a labelled synthetic corpus, the way `attest add` runs it: sign each text, look its band keys up among
// the texts before it, judge the candidates. Texts are made one at a time and not kept, so a million fit (about 4 GB).
// Prints texts/s, peak memory, and precision/recall against the labels.
var seedFolder = args.Length > 0 ? args[0] : SeedsBesideRepository(Environment.CurrentDirectory);
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;

var detector = new CopyDetector();
var signatures = new CopySignature[count];
var copyOf = new int[count];

// The band index as `attest add` keeps it in its table, laid out for a million texts: the latest text under each band key,
// and for every text and band the text before it under the same key (-1 for none). Band keys already mix in the band number.
var latest = new Dictionary<long, int>(count * CopySignature.Bands / 2);
var earlier = new int[(long)count * CopySignature.Bands];
var found = new HashSet<(int, int)>();
var candidatesJudged = 0L;
var words = 0L;
var detection = TimeSpan.Zero;
var signTime = TimeSpan.Zero;
var wall = Stopwatch.StartNew();
var i = 0;
foreach (var (text, original) in SyntheticCorpus.Stream(seedFolder, count))
{
    words += text.Count(c => c == ' ') + 1;
    copyOf[i] = original;
    var started = Stopwatch.GetTimestamp();
    var signature = signatures[i] = CopySignature.Of(text);
    signTime += Stopwatch.GetElapsedTime(started);
    var keys = signature.BandKeys();
    var candidates = new HashSet<int>();
    for (var band = 0; band < keys.Length; band++)
    {
        var at = (long)i * CopySignature.Bands + band;
        earlier[at] = latest.TryGetValue(keys[band], out var previous) ? previous : -1;
        for (var other = earlier[at]; other >= 0; other = earlier[(long)other * CopySignature.Bands + band])
        {
            candidates.Add(other);
        }

        latest[keys[band]] = i;
    }

    foreach (var other in candidates)
    {
        candidatesJudged++;
        if (detector.Judge(signature, other.ToString(CultureInfo.InvariantCulture), signatures[other]).IsCopy)
        {
            found.Add((i, other));
        }
    }

    detection += Stopwatch.GetElapsedTime(started);
    i++;
}

wall.Stop();
Console.WriteLine($"corpus: {count:N0} texts, {words:N0} words, {copyOf.Count(c => c >= 0):N0} copies (generated while detecting: {wall.Elapsed.TotalSeconds:F1} s wall in all)");

// Truth: a copy and its original; two copies of one original also share its text, so they count as copies of each other.
var groups = copyOf.Select((c, i) => c >= 0 ? c : i).ToArray();
var truePositives = found.Count(p => groups[p.Item1] == groups[p.Item2]);
var expected = copyOf.Count(c => c >= 0);
var recalled = copyOf.Select((c, i) => (c, i)).Count(x => x.c >= 0 && found.Contains((x.i, x.c)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"detection: {detection.TotalSeconds:F1} s ({count / detection.TotalSeconds:N0} texts/s, {words / detection.TotalSeconds:N0} words/s); " +
    $"signing alone {signTime.TotalSeconds:F1} s ({signTime / detection:P0} of it)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"candidates judged: {candidatesJudged:N0} ({(double)candidatesJudged / count:F2} per text); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB"));
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
