using Attest.Text.Syntax.Conllu;

namespace Attest.Text.Tests.Syntax;

/// <summary>Reads a split of the treebank vendored in data/treebanks/ud-english-ewt.</summary>
internal static class VendoredTreebank
{
    public static IReadOnlyList<TreebankSentence> Read(string split)
    {
        var root = typeof(VendoredTreebank).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        return ConlluReader.ReadFile(Path.Combine(root, "data", "treebanks", "ud-english-ewt", $"en_ewt-ud-{split}.conllu.gz"));
    }
}
