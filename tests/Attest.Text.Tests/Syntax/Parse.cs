using Attest.Text.Pipeline;
using Attest.Text.Syntax;

namespace Attest.Text.Tests.Syntax;

/// <summary>Parses test text with the shipped pipeline and finds words of the parse by their text.</summary>
internal static class Parse
{
    public static TextDocument Run(string text) => ExtractionPipeline.Default.Analyze(text, new DocumentContext(null));

    public static int Find(this ParsedSentence sentence, string word)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.Form(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no word '{word}' in the sentence");
    }

    public static string HeadOf(this ParsedSentence sentence, string word)
    {
        var head = sentence.Head(sentence.Find(word));
        return head < 0 ? "(root)" : sentence.Form(head).ToString();
    }
}
