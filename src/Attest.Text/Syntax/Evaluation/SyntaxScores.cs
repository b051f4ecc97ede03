using Attest.Text.Syntax.Conllu;

namespace Attest.Text.Syntax.Evaluation;

/// <summary>Accuracy of a model against gold trees with gold words, as the CoNLL 2018 shared task counts it: every
/// word, punctuation included; LAS compares the universal part of the relation ("nsubj" of "nsubj:pass").</summary>
public sealed record SyntaxScores(int Words, int Upos, int Xpos, int Lemmas, int Heads, int Labelled)
{
    public double UposAccuracy => Ratio(Upos);
    public double XposAccuracy => Ratio(Xpos);
    public double LemmaAccuracy => Ratio(Lemmas);
    public double Uas => Ratio(Heads);
    public double Las => Ratio(Labelled);

    public static SyntaxScores Measure(SyntaxAnalyzer analyzer, IEnumerable<TreebankSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(gold);
        int words = 0, upos = 0, xpos = 0, lemmas = 0, heads = 0, labelled = 0;
        foreach (var sentence in gold)
        {
            var parsed = analyzer.Analyze(sentence.Forms);
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = parsed[i];
                words++;
                upos += word.Upos == sentence.Upos[i] ? 1 : 0;
                xpos += word.Xpos == sentence.Xpos[i] ? 1 : 0;
                lemmas += parsed.Lemma(i) == sentence.Lemmas[i] ? 1 : 0;
                if (word.Head + 1 == sentence.Heads[i])
                {
                    heads++;
                    labelled += Universal(word.Relation).SequenceEqual(Universal(sentence.Relations[i])) ? 1 : 0;
                }
            }
        }

        return new SyntaxScores(words, upos, xpos, lemmas, heads, labelled);
    }

    public override string ToString() =>
        $"words {Words}  UPOS {UposAccuracy:F4}  XPOS {XposAccuracy:F4}  lemma {LemmaAccuracy:F4}  UAS {Uas:F4}  LAS {Las:F4}";

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    private double Ratio(int count) => Words == 0 ? 0 : (double)count / Words;
}
