using Attest.Text.Syntax.Conllu;

namespace Attest.Train;

/// <summary>Finds the splits of a treebank folder.</summary>
internal static class Treebank
{
    /// <summary>The split's file in a treebank folder: <c>*-ud-{split}.conllu</c>, compressed or not.</summary>
    public static string Split(string folder, string split)
    {
        var plain = Directory.EnumerateFiles(folder, $"*-ud-{split}.conllu*").Order(StringComparer.Ordinal).FirstOrDefault();
        return plain ?? throw new FileNotFoundException($"{folder}: no *-ud-{split}.conllu[.gz] file");
    }

    public static IReadOnlyList<TreebankSentence> ReadSplit(string folder, string split) => ConlluReader.ReadFile(Split(folder, split));
}
