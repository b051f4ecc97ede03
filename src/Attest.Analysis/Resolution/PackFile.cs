using System.Reflection;

namespace Attest.Analysis.Resolution;

/// <summary>Reads one of the tab-separated knowledge files embedded in Attest.Analysis (offices.tsv, contested-names.tsv).</summary>
internal static class PackFile
{
    /// <summary>The rows of <paramref name="name"/>, split on tabs, without comments and blank lines.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        var resource = $"Attest.Analysis.Knowledge.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The knowledge file '{name}' is not embedded in Attest.Analysis (expected resource {resource}).");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
