using System.IO.Compression;
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
        var path = Path.Combine(root, "data", "treebanks", "ud-english-ewt", $"en_ewt-ud-{split}.conllu.gz");
        using var file = File.OpenRead(path);
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        return [.. ConlluReader.Read(reader, path)];
    }
}
