using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Attest.Text.Syntax;
using Attest.Text.Syntax.Conllu;
using Attest.Text.Syntax.Evaluation;
using Attest.Text.Syntax.Lemmas;
using Attest.Text.Syntax.Parsing;
using Attest.Text.Syntax.Tagging;

namespace Attest.Train;

/// <summary>The whole training recipe: tagger on the training split, parser on jack-knifed tags (so it learns from
/// tags as wrong as they will be on new text), lemmatizer, then scores on dev and test from the saved file.</summary>
internal sealed record ModelTraining(string Treebank, string Output, int TaggerIterations, int ParserIterations, int Folds, int Seed, int Ensemble)
{
    public int Run(TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var train = Attest.Train.Treebank.ReadSplit(Treebank, "train");
        var dev = Attest.Train.Treebank.ReadSplit(Treebank, "dev");
        var test = Attest.Train.Treebank.ReadSplit(Treebank, "test");
        log.WriteLine($"treebank {Treebank}: {train.Count} training sentences, {train.Sum(s => s.Count)} words");

        // The shipped tagger and parser are each the mean of models trained in different orders (seeds Seed, Seed+1, …).
        var seeds = Enumerable.Range(Seed, Ensemble).ToArray();
        var tagger = PosTaggerTrainer.TrainEnsemble(train, TaggerIterations, seeds, log.WriteLine);
        var predictedTags = JackknifedTags(train, tagger.Tags, log);
        var lemmatizer = LemmatizerTrainer.Train(train, tagger.Tags);
        var relations = new RelationSet(train.SelectMany(s => s.Relations));
        var examples = train.Select((s, i) => new DependencyParserTrainer.Example(
            [.. s.Forms.Select(f => WordKeys.LowerOf(f))], predictedTags[i], [.. s.Heads], [.. s.Relations.Select(relations.IndexOf)])).ToList();
        var parser = DependencyParserTrainer.TrainEnsemble(examples, relations, tagger.Tags, ParserIterations, seeds, log.WriteLine);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"UD English EWT (commit 15d613d8), {train.Count} sentences; tagger {TaggerIterations} iterations, parser {ParserIterations} iterations on {Folds}-fold jack-knifed tags, each the mean of {Ensemble} runs from seed {Seed}");
        var model = new SyntaxModel(tagger, lemmatizer, parser, description);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Output))!);
        using (var file = File.Create(Output))
        {
            model.Save(file);
        }

        var trainingSeconds = clock.Elapsed.TotalSeconds;
        // Scores come from the file as written, so they are the shipped model's.
        SyntaxModel saved;
        using (var file = File.OpenRead(Output))
        {
            saved = SyntaxModel.Load(file, Output);
        }

        var analyzer = new SyntaxAnalyzer(saved);
        var devScores = SyntaxScores.Measure(analyzer, dev);
        var testScores = SyntaxScores.Measure(analyzer, test);
        log.WriteLine($"dev   {devScores}");
        log.WriteLine($"test  {testScores}");
        var figures = new
        {
            model = Path.GetFileName(Output),
            description,
            bytes = new FileInfo(Output).Length,
            taggerFeatures = tagger.FeatureCount,
            parserFeatures = parser.FeatureCount,
            trainingSeconds = Math.Round(trainingSeconds),
            dev = Figures(devScores),
            test = Figures(testScores),
        };
        File.WriteAllText(Path.ChangeExtension(Output, ".figures.json"), JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        log.WriteLine($"wrote {Output} ({new FileInfo(Output).Length / 1e6:F1} MB) in {trainingSeconds:F0} s");
        return 0;
    }

    private static object Figures(SyntaxScores s) => new
    {
        words = s.Words,
        upos = Math.Round(s.UposAccuracy, 4),
        xpos = Math.Round(s.XposAccuracy, 4),
        lemma = Math.Round(s.LemmaAccuracy, 4),
        uas = Math.Round(s.Uas, 4),
        las = Math.Round(s.Las, 4),
    };

    private ushort[][] JackknifedTags(IReadOnlyList<TreebankSentence> train, TagSet tags, TextWriter log)
    {
        var predicted = new ushort[train.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            // Folds are contiguous runs of sentences, so a held-out fold shares few documents with the tagger tagging it.
            var held = Enumerable.Range(0, train.Count).Where(i => FoldOf(i, train.Count) == fold).ToArray();
            var rest = Enumerable.Range(0, train.Count).Where(i => FoldOf(i, train.Count) != fold).Select(i => train[i]).ToList();
            var foldTagger = PosTaggerTrainer.Train(rest, TaggerIterations, Seed + 100 + fold);
            int right = 0, total = 0;
            foreach (var i in held)
            {
                var sentence = train[i];
                var keys = sentence.Forms.Select(f => WordKeys.Of(f)).ToArray();
                var foldTags = new ushort[keys.Length];
                foldTagger.Tag(keys, foldTags);
                predicted[i] = new ushort[keys.Length];
                for (var w = 0; w < keys.Length; w++)
                {
                    // Fold taggers number their classes by first sight; the parser uses the full tagger's numbers.
                    var index = tags.IndexOf(foldTagger.Tags.Upos[foldTags[w]], foldTagger.Tags.Xpos[foldTags[w]]);
                    predicted[i][w] = (ushort)Math.Max(0, index);
                    right += foldTagger.Tags.Upos[foldTags[w]] == sentence.Upos[w] ? 1 : 0;
                    total++;
                }
            }

            log.WriteLine($"fold {fold + 1}/{Folds}: held-out UPOS {(double)right / total:F4}");
        }

        return predicted;
    }

    private int FoldOf(int sentence, int count) => (int)((long)sentence * Folds / count);
}
