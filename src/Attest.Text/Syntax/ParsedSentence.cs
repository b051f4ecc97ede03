namespace Attest.Text.Syntax;

/// <summary>The syntax of one sentence: each word's offsets, tags, lemma, head and relation, with children on demand.
/// Word indices are 0-based positions in the sentence.</summary>
public sealed class ParsedSentence
{
    private readonly string text;
    private readonly SyntaxModel model;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly ushort[] tags;
    private readonly ushort[] lemmaRules;
    private readonly int[] heads;
    private readonly int[] relations;
    private int[]? childStarts;
    private int[]? children;

    internal ParsedSentence(string text, SyntaxModel model, int[] starts, int[] ends, ushort[] tags, ushort[] lemmaRules, int[] heads, int[] relations)
    {
        this.text = text;
        this.model = model;
        this.starts = starts;
        this.ends = ends;
        this.tags = tags;
        this.lemmaRules = lemmaRules;
        this.heads = heads;
        this.relations = relations;
    }

    public int Count => starts.Length;

    public SyntaxWord this[int index] => new(
        starts[index], ends[index], model.Tagger.Tags.Upos[tags[index]], model.Tagger.Tags.Xpos[tags[index]],
        Head(index), model.Parser.Relations.Names[relations[index]]);

    /// <summary>The index of the sentence's root word, or −1 for an empty sentence.</summary>
    public int Root => Array.IndexOf(heads, 0);

    public ReadOnlySpan<char> Form(int index) => text.AsSpan(starts[index], ends[index] - starts[index]);

    public string Upos(int index) => model.Tagger.Tags.Upos[tags[index]];

    public string Relation(int index) => model.Parser.Relations.Names[relations[index]];

    /// <summary>The index of the word's head, −1 when it is the root.</summary>
    public int Head(int index) => heads[index] - 1;

    public string Lemma(int index) => model.Lemmatizer.Lemma(Form(index), lemmaRules[index]);

    /// <summary>The word's dependents, left to right.</summary>
    public ReadOnlySpan<int> Children(int index)
    {
        if (children is null)
        {
            IndexChildren();
        }

        return children.AsSpan(childStarts![index], childStarts[index + 1] - childStarts[index]);
    }

    private void IndexChildren()
    {
        var counts = new int[Count + 1];
        foreach (var head in heads)
        {
            if (head > 0)
            {
                counts[head - 1 + 1]++;
            }
        }

        for (var i = 1; i <= Count; i++)
        {
            counts[i] += counts[i - 1];
        }

        var placed = new int[Count];
        var list = new int[counts[Count]];
        for (var w = 0; w < Count; w++)
        {
            var head = heads[w] - 1;
            if (head >= 0)
            {
                list[counts[head] + placed[head]++] = w;
            }
        }

        childStarts = counts;
        children = list;
    }
}
