using Attest.Text.Syntax;
using Attest.Text.Syntax.Evaluation;
using Attest.Text.Syntax.Lemmas;
using Attest.Text.Syntax.Parsing;
using Attest.Text.Syntax.Tagging;

namespace Attest.Text.Tests.Syntax;

public sealed class SyntaxModelTests
{
    // The shipped model's dev scores, less a small margin: a change that loses ground on the treebank fails here.
    [Fact]
    public void The_shipped_model_keeps_its_accuracy_on_the_treebank_dev_split()
    {
        var scores = SyntaxScores.Measure(new SyntaxAnalyzer(SyntaxModel.Default), VendoredTreebank.Read("dev"));

        Assert.True(scores.UposAccuracy >= 0.945, scores.ToString());
        Assert.True(scores.Uas >= 0.85, scores.ToString());
        Assert.True(scores.Las >= 0.82, scores.ToString());
    }

    [Fact]
    public void Training_is_deterministic_and_the_saved_model_reads_back_the_same()
    {
        var sentences = VendoredTreebank.Read("dev").Take(300).ToList();

        var first = Save(TrainSmall(sentences));
        var second = Save(TrainSmall(sentences));
        using var stream = new MemoryStream(first);
        var reloaded = Save(SyntaxModel.Load(stream, "first"));

        Assert.Equal(first, second);
        Assert.Equal(first, reloaded);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_its_name()
    {
        using var stream = new MemoryStream("not a model at all"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(stream, "junk.bin"));

        Assert.Contains("junk.bin", error.Message, StringComparison.Ordinal);
    }

    private static SyntaxModel TrainSmall(IReadOnlyList<Attest.Text.Syntax.Conllu.TreebankSentence> sentences)
    {
        var tagger = PosTaggerTrainer.Train(sentences, iterations: 2, seed: 3);
        var relations = new RelationSet(sentences.SelectMany(s => s.Relations));
        var examples = sentences.Select(s => new DependencyParserTrainer.Example(
            [.. s.Forms.Select(f => WordKeys.LowerOf(f))],
            [.. Enumerable.Range(0, s.Count).Select(i => (ushort)tagger.Tags.IndexOf(s.Upos[i], s.Xpos[i]))],
            [.. s.Heads], [.. s.Relations.Select(relations.IndexOf)])).ToList();
        var parser = DependencyParserTrainer.Train(examples, relations, tagger.Tags, iterations: 2, seed: 3);
        return new SyntaxModel(tagger, LemmatizerTrainer.Train(sentences, tagger.Tags), parser, "test");
    }

    private static byte[] Save(SyntaxModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
