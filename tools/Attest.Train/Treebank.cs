using System.IO.Compression;
using Attest.Text.Syntax.Conllu;

namespace Attest.Train;

/// <summary>Reads a CoNLL-U file, gzip-compressed or not (the vendored treebank is compressed).</summary>
internal static class Treebank
{
    public static IReadOnlyList<TreebankSentence> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        return [.. ConlluReader.Read(reader, path)];
    }

    /// <summary>The split's file in a treebank folder: <c>en_ewt-ud-{split}.conllu</c>, compressed or not.</summary>
    public static string Split(string folder, string split)
    {
        var plain = Directory.EnumerateFiles(folder, $"*-ud-{split}.conllu*").Order(StringComparer.Ordinal).FirstOrDefault();
        return plain ?? throw new FileNotFoundException($"{folder}: no *-ud-{split}.conllu[.gz] file");
    }
}
