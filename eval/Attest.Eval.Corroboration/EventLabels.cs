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

    /// <summary>The hand label of an event in <paramref name="document"/> (a file name, or a seed prefix for seeds and their variants)
    /// whose words <paramref name="eventText"/> overlap a labelled passage of its sentence <paramref name="sentence"/>.</summary>
    public string? Of(string document, string sentence, string eventText)
    {
        var text = Plain(sentence);
        var span = text.IndexOf(Plain(eventText), StringComparison.Ordinal);
        foreach (var (labelled, passage, label) in rows)
        {
            if (document != labelled && !document.StartsWith(labelled, StringComparison.Ordinal))
            {
                continue;
            }

            // A sentence can tell two events ("protesters gathered and forces cracked down"): the label names the one its passage covers.
            var at = text.IndexOf(Plain(passage), StringComparison.Ordinal);
            if (at >= 0 && span >= 0 && span < at + passage.Length && at < span + eventText.Length)
            {
                return label;
            }
        }

        return null;
    }

    private static string Plain(string text) => text.Replace('’', '\'');
}
