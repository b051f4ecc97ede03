using System.Reflection;

namespace Attest.Text.Knowledge;

/// <summary>Reads one of the tab-separated knowledge files embedded in this assembly (from data/knowledge/).</summary>
public static class KnowledgeFile
{
    /// <summary>The rows of <paramref name="name"/>, split on tabs, without comments and blank lines.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        var resource = $"Attest.Text.Knowledge.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The knowledge file '{name}' is not embedded in Attest.Text (expected resource {resource}).");
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

    /// <summary>The <paramref name="index"/>th column, or empty when the row is shorter.</summary>
    public static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    /// <summary>The '|'-separated list in a column.</summary>
    public static string[] List(string[] row, int index) =>
        Column(row, index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
