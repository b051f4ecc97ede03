using System.Buffers;

namespace Attest.Text.Syntax;

/// <summary>Tags, lemmatises and parses sentences given as word ranges of a text. Stateless; one instance serves
/// every thread.</summary>
public sealed class SyntaxAnalyzer(SyntaxModel model)
{
    public SyntaxModel Model { get; } = model;

    /// <summary>Analyses one sentence whose words are the ranges [starts[i], ends[i]) of <paramref name="text"/>.</summary>
    public ParsedSentence Analyze(string text, int[] starts, int[] ends)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        var n = starts.Length;
        var tags = new ushort[n];
        var lemmaRules = new ushort[n];
        var heads = new int[n];
        var relations = new int[n];
        var keys = ArrayPool<WordKeys>.Shared.Rent(n);
        var lowers = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = WordKeys.Of(text.AsSpan(starts[i], ends[i] - starts[i]));
                lowers[i] = keys[i].Lower;
            }

            Model.Tagger.Tag(keys.AsSpan(0, n), tags);
            var tagSet = Model.Tagger.Tags;
            for (var i = 0; i < n; i++)
            {
                lemmaRules[i] = Model.Lemmatizer.RuleFor(keys[i], tagSet.UposIds[tags[i]]);
            }

            Model.Parser.Parse(lowers.AsSpan(0, n), tags, heads, relations);
        }
        finally
        {
            ArrayPool<WordKeys>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(lowers);
        }

        return new ParsedSentence(text, Model, starts, ends, tags, lemmaRules, heads, relations);
    }

    /// <summary>Analyses a sentence given as its words (as a treebank gives them), joined by single spaces.</summary>
    public ParsedSentence Analyze(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = offset;
            ends[i] = offset + words[i].Length;
            offset = ends[i] + 1;
        }

        return Analyze(string.Join(' ', words), starts, ends);
    }
}
