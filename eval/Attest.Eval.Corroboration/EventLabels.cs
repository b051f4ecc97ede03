namespace Attest.Eval.Corroboration;

/// <summary>The hand labels of eval/corroboration/labels.tsv: an event whose sentence contains a labelled passage of its document is that real-world event.</summary>
public sealed class EventLabels
{
    private readonly List<(string Document, string Passage, string Label)> rows = [];

    public static EventLabels Load(string path)
    {
        var labels = new EventLabels();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            labels.rows.Add((columns[0].Trim(), columns[1].Trim(), columns[2].Trim()));
        }

        return labels;
    }

    /// <summary>The hand label of an event in <paramref name="document"/> (a file name, or a seed prefix for seeds and their variants) whose sentence is <paramref name="sentence"/>.</summary>
    public string? Of(string document, string sentence) =>
        rows.FirstOrDefault(r => (document == r.Document || document.StartsWith(r.Document, StringComparison.Ordinal))
                                 && sentence.Replace('’', '\'').Contains(r.Passage.Replace('’', '\''), StringComparison.Ordinal)).Label;
}
