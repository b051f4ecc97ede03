using System.CommandLine;
using Attest.Text.Syntax;
using Attest.Text.Syntax.Conllu;
using Attest.Text.Syntax.Evaluation;
using Attest.Train;

// `train` rebuilds data/models/en-ewt.syntax from the vendored treebank; `eval` scores a model on any CoNLL-U file.
var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
var treebank = new Option<string>("--treebank") { Description = "Folder with *-ud-{train,dev,test}.conllu[.gz].", DefaultValueFactory = _ => Path.Combine(repository, "data", "treebanks", "ud-english-ewt") };
var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine(repository, "data", "models", "en-ewt.syntax") };
var taggerIterations = new Option<int>("--tagger-iterations") { DefaultValueFactory = _ => 8 };
var parserIterations = new Option<int>("--parser-iterations") { DefaultValueFactory = _ => 15 };
var folds = new Option<int>("--folds") { Description = "Jack-knife folds for the parser's training tags.", DefaultValueFactory = _ => 5 };
var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
var ensemble = new Option<int>("--ensemble") { Description = "How many runs (seeds) the tagger's and parser's weights are averaged over.", DefaultValueFactory = _ => 3 };
var train = new Command("train", "Train the tagger, lemmatizer and parser and write the model with its scores.")
{
    treebank, output, taggerIterations, parserIterations, folds, seed, ensemble,
};
train.SetAction(parse => new ModelTraining(
    parse.GetValue(treebank)!, parse.GetValue(output)!, parse.GetValue(taggerIterations), parse.GetValue(parserIterations),
    parse.GetValue(folds), parse.GetValue(seed), parse.GetValue(ensemble)).Run(Console.Out));

var file = new Argument<string>("file") { Description = "A CoNLL-U file (optionally .gz) with gold words and trees." };
var model = new Option<string?>("--model") { Description = "A model file; the shipped model when left out." };
var eval = new Command("eval", "Score a model on a CoNLL-U file: UPOS, XPOS, lemma, UAS, LAS (CoNLL 2018, gold words).") { file, model };
eval.SetAction(parse =>
{
    var path = parse.GetValue(file)!;
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"{path}: no such file");
        return 2;
    }

    SyntaxModel syntax;
    if (parse.GetValue(model) is { } modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        syntax = SyntaxModel.Load(stream, modelPath);
    }
    else
    {
        syntax = SyntaxModel.Default;
    }

    var scores = SyntaxScores.Measure(new SyntaxAnalyzer(syntax), ConlluReader.ReadFile(path));
    Console.WriteLine($"{Path.GetFileName(path)}: {scores}");
    return 0;
});

return new RootCommand("Attest syntax model: training and evaluation.") { train, eval }.Parse(args).Invoke();
