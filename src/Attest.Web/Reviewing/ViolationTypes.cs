namespace Attest.Web.Reviewing;

/// <summary>The controlled vocabulary of violation types for manual incidents, shipped in data/vocabularies/violation-types.tsv.</summary>
public sealed class ViolationTypes(IReadOnlyList<(string Code, string Label)> entries)
{
    public static ViolationTypes Shipped { get; } = Load();

    public IReadOnlyList<(string Code, string Label)> Entries { get; } = entries;

    public bool Contains(string code) => Entries.Any(e => e.Code == code);

    public string LabelOf(string code) => Entries.FirstOrDefault(e => e.Code == code).Label ?? code;

    private static ViolationTypes Load()
    {
        using var stream = typeof(ViolationTypes).Assembly.GetManifestResourceStream("Attest.Web.violation-types.tsv")
            ?? throw new InvalidOperationException("the violation-type vocabulary is missing from the build");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            entries.Add((parts[0], parts.Length > 1 ? parts[1] : parts[0]));
        }

        return new ViolationTypes(entries);
    }
}
