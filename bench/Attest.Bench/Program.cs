using System.Diagnostics;
using System.Globalization;
using Attest.Bench;
using Attest.Text;
using Attest.Text.Datelines;
using Attest.Text.Pipeline;
using Attest.Text.Sentences;
using Attest.Text.Syntax;
using Attest.Text.Syntax.Conllu;
using Attest.Text.Tokens;

// Usage: dotnet run -c Release --project bench/Attest.Bench -- [SEED_FOLDER] [SMALL_WORDS]
// Runs the whole pipeline on one thread over a small corpus and one four times larger, side by side with the pipeline
// without syntax (as it was before the parser) and with tokens and sentences alone, and prints words/s and memory;
// first, the tagger and parser alone on the treebank's test words.
var seedFolder = args.Length > 0 ? args[0] : FindSeeds();
var smallWords = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 250_000;

var modelLoad = Stopwatch.StartNew();
var analyzer = new SyntaxAnalyzer(SyntaxModel.Default);
modelLoad.Stop();
var full = ExtractionPipeline.Default;
var withoutSyntax = DefaultStages.Create().Remove<SyntaxStage>().Build();
var baseline = new ExtractionPipelineBuilder().Add(new DatelineStage()).Add(new TokenStage()).Add(new SentenceStage()).Build();
var context = new DocumentContext(new DateOnly(2019, 8, 23));

Console.WriteLine($"seed folder: {seedFolder}");
Console.WriteLine($"stages: {string.Join(" → ", full.Stages.Select(s => s.GetType().Name))}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"syntax model loaded in {modelLoad.Elapsed.TotalMilliseconds:N0} ms"));
TagAndParseAlone(analyzer);

// Tiered JIT settles after a few hundred documents; measure after that.
var warmup = BenchCorpus.Build(seedFolder, 300_000);
Warm(full, warmup);
Warm(withoutSyntax, warmup);
Warm(baseline, warmup);

Console.WriteLine();
Console.WriteLine($"{"corpus",-8} {"docs",6} {"words",10} | {"tokens+sentences w/s",21} | {"without syntax w/s",18} | {"full pipeline w/s",18} {"ratio",6} | {"alloc MB",9} {"heap MB",8} {"peak WS MB",10}");
foreach (var scale in new[] { 1, 4 })
{
    var corpus = BenchCorpus.Build(seedFolder, smallWords * scale);
    // Best of three: the machine is shared, and the best run is the one least disturbed by others.
    var baseRate = Enumerable.Range(0, 3).Max(_ => Measure(baseline, corpus, context).WordsPerSecond);
    var beforeRate = Enumerable.Range(0, 3).Max(_ => Measure(withoutSyntax, corpus, context).WordsPerSecond);
    var run = Enumerable.Range(0, 3).Select(_ => Measure(full, corpus, context)).MaxBy(r => r.WordsPerSecond);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(scale == 1 ? "small" : "4x"),-8} {corpus.Documents.Count,6} {corpus.Words,10} | {baseRate,21:N0} | {beforeRate,18:N0} | {run.WordsPerSecond,18:N0} {baseRate / run.WordsPerSecond,6:F1} | {run.AllocatedMb,9:N0} {run.HeapMb,8:N1} {run.PeakWorkingSetMb,10:N0}"));
}

Console.WriteLine();
Console.WriteLine("time per stage on the small corpus (share of the full pipeline):");
var stageTimes = StageTimes(full, BenchCorpus.Build(seedFolder, smallWords), context);
var total = stageTimes.Sum(t => t.Elapsed.TotalMilliseconds);
foreach (var (stage, elapsed) in stageTimes)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-20} {elapsed.TotalMilliseconds,8:N0} ms {100 * elapsed.TotalMilliseconds / total,5:F1} %"));
}

Console.WriteLine();
Console.WriteLine("ratio = how many times faster tokens+sentences alone are than the full pipeline; heap MB = live heap left by the run beyond the corpus itself (flat = nothing kept per document).");

// Tagging and parsing alone, on gold words: best of three passes over the treebank's test split.
static void TagAndParseAlone(SyntaxAnalyzer analyzer)
{
    var path = Path.Combine(FindRepository(), "data", "treebanks", "ud-english-ewt", "en_ewt-ud-test.conllu.gz");
    var sentences = ConlluReader.ReadFile(path).Select(s => s.Forms).ToList();
    var words = sentences.Sum(s => s.Count);
    foreach (var sentence in sentences)
    {
        analyzer.Analyze(sentence);
    }

    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var best = Enumerable.Range(0, 3).Min(_ =>
    {
        var watch = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            analyzer.Analyze(sentence);
        }

        return watch.Elapsed.TotalSeconds;
    });
    var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"tag + lemma + parse alone: {words:N0} treebank words, {words / best:N0} words/s; heap left {heap / 1048576.0:N1} MB; peak WS so far {process.PeakWorkingSet64 / 1048576.0:N0} MB (the model included)"));
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Attest.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

static (double WordsPerSecond, double AllocatedMb, double HeapMb, double PeakWorkingSetMb) Measure(ExtractionPipeline pipeline, BenchCorpus corpus, DocumentContext context)
{
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var items = 0L;
    foreach (var document in corpus.Documents)
    {
        var result = pipeline.Extract(document, context);
        items += result.Entities.Count + result.Sentences.Count;
    }

    watch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    GC.KeepAlive(items);
    var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
    using var process = Process.GetCurrentProcess();
    return (corpus.Words / watch.Elapsed.TotalSeconds, allocated / 1048576.0, heap / 1048576.0, process.PeakWorkingSet64 / 1048576.0);
}

static List<(string Stage, TimeSpan Elapsed)> StageTimes(ExtractionPipeline pipeline, BenchCorpus corpus, DocumentContext context)
{
    var times = pipeline.Stages.Select(s => (s.GetType().Name, TimeSpan.Zero)).ToList();
    foreach (var text in corpus.Documents)
    {
        var document = new TextDocument(text, context);
        for (var i = 0; i < pipeline.Stages.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            pipeline.Stages[i].Run(document);
            times[i] = (times[i].Item1, times[i].Item2 + Stopwatch.GetElapsedTime(start));
        }
    }

    return times;
}

static void Warm(ExtractionPipeline pipeline, BenchCorpus corpus)
{
    foreach (var document in corpus.Documents)
    {
        pipeline.Extract(document, new DocumentContext(new DateOnly(2019, 8, 23)));
    }

    GC.Collect();
}

static string FindSeeds()
{
    // The repository sits next to the shared folder: ../shared/corpus/seeds from the repository root.
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds");
        if (Directory.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    return Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "..", "shared", "corpus", "seeds"));
}
