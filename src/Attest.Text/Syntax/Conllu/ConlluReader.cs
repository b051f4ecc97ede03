using System.Globalization;
using System.IO.Compression;

namespace Attest.Text.Syntax.Conllu;

/// <summary>Reads CoNLL-U (universaldependencies.org/format.html) into <see cref="TreebankSentence"/>s.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence; a malformed line fails with its line number and the reason.</summary>
    public static IEnumerable<TreebankSentence> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var forms = new List<string>();
        var lemmas = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        string? text = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return new TreebankSentence(text, [.. forms], [.. lemmas], [.. upos], [.. xpos], [.. heads], [.. relations]);
                }

                forms.Clear();
                lemmas.Clear();
                upos.Clear();
                xpos.Clear();
                heads.Clear();
                relations.Clear();
                text = null;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: a word line needs 10 tab-separated columns, found {columns.Length}");
            }

            // Multiword tokens ("2-3 don't") and empty nodes ("8.1") are not syntactic words of the basic tree.
            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head))
            {
                head = -1;
            }

            forms.Add(columns[1]);
            lemmas.Add(columns[2]);
            upos.Add(columns[3]);
            xpos.Add(columns[4]);
            heads.Add(head);
            relations.Add(columns[7]);
        }

        if (forms.Count > 0)
        {
            yield return new TreebankSentence(text, [.. forms], [.. lemmas], [.. upos], [.. xpos], [.. heads], [.. relations]);
        }
    }

    /// <summary>Reads a CoNLL-U file, gzip-compressed when its name ends in <c>.gz</c> (as the vendored treebank is).</summary>
    public static IReadOnlyList<TreebankSentence> ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        return [.. Read(reader, path)];
    }
}
