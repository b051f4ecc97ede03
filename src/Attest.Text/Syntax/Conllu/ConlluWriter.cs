using System.Globalization;

namespace Attest.Text.Syntax.Conllu;

/// <summary>Writes parsed sentences as CoNLL-U, each word's character range in the document in MISC as
/// <c>TokenRange=start:end</c> (UDPipe's convention), so a parse can be laid back on the source text.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, string text, IEnumerable<ParsedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var number = 0;
        foreach (var sentence in sentences)
        {
            number++;
            if (sentence.Count == 0)
            {
                continue;
            }

            var first = sentence[0].Start;
            var last = sentence[sentence.Count - 1].End;
            writer.Write("# sent_id = ");
            writer.WriteLine(number.ToString(CultureInfo.InvariantCulture));
            writer.Write("# text = ");
            writer.WriteLine(OneLine(text.AsSpan(first, last - first)));
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i];
                writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(Field(sentence.Form(i)));
                writer.Write('\t');
                writer.Write(Field(sentence.Lemma(i)));
                writer.Write('\t');
                writer.Write(word.Upos);
                writer.Write('\t');
                writer.Write(word.Xpos);
                writer.Write("\t_\t");
                writer.Write((word.Head + 1).ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(word.Relation);
                writer.Write("\t_\t");
                var spaceAfter = i + 1 < sentence.Count && sentence[i + 1].Start == word.End ? "SpaceAfter=No|" : "";
                writer.Write(spaceAfter);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TokenRange={word.Start}:{word.End}"));
            }

            writer.WriteLine();
        }
    }

    // CoNLL-U fields hold no tabs, line breaks or spaces-only values.
    private static string Field(ReadOnlySpan<char> value)
    {
        var s = value.ToString().Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return s.Trim().Length == 0 ? "_" : s;
    }

    private static string OneLine(ReadOnlySpan<char> value) =>
        value.ToString().ReplaceLineEndings(" ").Replace('\t', ' ');
}
