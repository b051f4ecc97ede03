using Attest.Core.Extraction;
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
    public List<EntityRecord> Entities { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<QuantityMention> Quantities { get; } = [];
    public List<ClaimRecord> Claims { get; } = [];
    public List<EventRecord> Events { get; } = [];

    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    public ExtractionResult ToResult() => new(
        new DocumentInfo(Context.Sha256, Context.Title, Published?.ToString("yyyy-MM-dd"), Context.Language, Dateline),
        Sentences.ToArray(), Entities.ToArray(), Dates.ToArray(), Quantities.ToArray(), Claims.ToArray(), Events.ToArray());
}
