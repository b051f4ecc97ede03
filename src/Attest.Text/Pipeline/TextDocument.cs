using Attest.Core.Extraction;
using Attest.Text.Syntax;
using Attest.Text.Tokens;

namespace Attest.Text.Pipeline;

/// <summary>The working state of one extraction run: the text and what each stage has found so far. Not shared between threads.</summary>
public sealed class TextDocument(string text, DocumentContext context)
{
    public string Text { get; } = text;
    public DocumentContext Context { get; } = context;

    /// <summary>The date relative expressions resolve against: given, or inferred by a stage from the text.</summary>
    public DateOnly? Published { get; set; } = context.Published;

    public DatelineInfo? Dateline { get; set; }
    public List<Token> Tokens { get; } = [];
    public List<SentenceSpan> Sentences { get; } = [];

    /// <summary>The parse of each sentence, in the order of <see cref="Sentences"/> (empty without a syntax stage).</summary>
    public List<ParsedSentence> Syntax { get; } = [];
    public List<EntityRecord> Entities { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<QuantityMention> Quantities { get; } = [];
    public List<ClaimRecord> Claims { get; } = [];
    public List<EventRecord> Events { get; } = [];

    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>The findings in the contract's shape; with <paramref name="withSyntax"/>, each sentence's parse too.</summary>
    public ExtractionResult ToResult(bool withSyntax = false) => new(
        new DocumentInfo(Context.Sha256, Context.Title, Published?.ToString("yyyy-MM-dd"), Context.Language, Dateline),
        Sentences.ToArray(), Entities.ToArray(), Dates.ToArray(), Quantities.ToArray(), Claims.ToArray(), Events.ToArray())
    {
        Syntax = withSyntax ? [.. Syntax.Select(SyntaxOf)] : null,
    };

    private SentenceSyntax SyntaxOf(ParsedSentence parse, int index)
    {
        var words = new WordSyntax[parse.Count];
        for (var i = 0; i < parse.Count; i++)
        {
            var word = parse[i];
            words[i] = new WordSyntax(word.Start, word.End, parse.Form(i).ToString(), parse.Lemma(i), word.Upos, word.Xpos, word.Head, word.Relation);
        }

        return new SentenceSyntax(Sentences[index].Start, Sentences[index].End, words);
    }
}
