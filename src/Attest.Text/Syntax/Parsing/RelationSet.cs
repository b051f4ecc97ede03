namespace Attest.Text.Syntax.Parsing;

/// <summary>The dependency relations a parser model knows (UD labels with subtypes, as in its treebank), numbered.</summary>
public sealed class RelationSet
{
    public const string RootName = "root";

    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public RelationSet(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<string>();
        foreach (var name in names)
        {
            if (index.TryAdd(name, list.Count))
            {
                list.Add(name);
            }
        }

        // A tree always has a root, so the label is there even if the training data never named it.
        if (index.TryAdd(RootName, list.Count))
        {
            list.Add(RootName);
        }

        Names = [.. list];
        Root = index[RootName];
        // Past the length a parse considers, pieces are joined as loosely related clauses (see DependencyParser).
        Fallback = index.GetValueOrDefault("parataxis", index.GetValueOrDefault("dep", Root));
        Punctuation = index.GetValueOrDefault("punct", Fallback);
    }

    public IReadOnlyList<string> Names { get; }
    public int Count => Names.Count;
    public int Root { get; }

    /// <summary>The relation given to a word no transition attached.</summary>
    public int Fallback { get; }

    public int Punctuation { get; }

    public int IndexOf(string name) => index.TryGetValue(name, out var i) ? i : -1;
}
