namespace Attest.Text.Syntax.Tagging;

/// <summary>The tagger's classes: each is a pair of a universal tag (UPOS) and a treebank-specific tag (XPOS), learned
/// together so the finer tag (past participle against past tense) is there for the parser at no extra pass.</summary>
public sealed class TagSet
{
    private readonly Dictionary<(string Upos, string Xpos), int> index = [];
    private readonly Dictionary<string, int> uposIndex = new(StringComparer.Ordinal);

    public TagSet(IEnumerable<(string Upos, string Xpos)> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var upos = new List<string>();
        var xpos = new List<string>();
        var uposIds = new List<int>();
        foreach (var tag in tags)
        {
            if (index.ContainsKey(tag))
            {
                continue;
            }

            index[tag] = upos.Count;
            upos.Add(tag.Upos);
            xpos.Add(tag.Xpos);
            if (!uposIndex.TryGetValue(tag.Upos, out var u))
            {
                u = uposIndex.Count;
                uposIndex[tag.Upos] = u;
            }

            uposIds.Add(u);
        }

        Upos = [.. upos];
        Xpos = [.. xpos];
        UposIds = [.. uposIds];
    }

    public IReadOnlyList<string> Upos { get; }
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>For each class, the number of its universal tag among the distinct universal tags (for masks).</summary>
    public IReadOnlyList<int> UposIds { get; }

    public int Count => Upos.Count;

    public int IndexOf(string upos, string xpos) => index.TryGetValue((upos, xpos), out var i) ? i : -1;

    public int UposIdOf(string upos) => uposIndex.TryGetValue(upos, out var u) ? u : -1;
}
