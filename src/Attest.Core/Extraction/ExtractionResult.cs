namespace Attest.Core.Extraction;

/// <summary>Everything the extraction pipeline found in one document: schema <c>attest.extraction/1</c>.</summary>
public sealed record ExtractionResult(
    DocumentInfo Document,
    IReadOnlyList<SentenceSpan> Sentences,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<EventRecord> Events)
{
    public const string SchemaName = "attest.extraction/1";

    /// <summary>Each sentence's words with tags and dependency tree, when asked for (<c>attest extract --json --syntax</c>);
    /// left out of the JSON otherwise, so the default shape is unchanged.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SentenceSyntax>? Syntax { get; init; }

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Schema => SchemaName;
}

/// <summary>Facts about the document itself.</summary>
public sealed record DocumentInfo(string? Sha256, string? Title, string? Published, string? Language, DatelineInfo? Dateline);

/// <summary>The dateline as found in the text, with offsets.</summary>
public sealed record DatelineInfo(int Start, int End, string Text, string Place, string? Date, string? Agency);

/// <summary>A sentence's character range (UTF-16 offsets, end exclusive).</summary>
public sealed record SentenceSpan(int Start, int End);

/// <summary>One occurrence of an entity in the text.</summary>
public sealed record MentionSpan(int Start, int End, string Text);

/// <summary>Coordinates of a place.</summary>
public sealed record GeoPoint(double Lat, double Lon);

/// <summary>A person, organisation, location or group, with every mention of it in the document.</summary>
public sealed record EntityRecord(
    string Id, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<MentionSpan> Mentions, string? Country, GeoPoint? Geo);

/// <summary>A date expression and its normalised value (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>YYYY-SU</c>…).</summary>
public sealed record DateMention(int Start, int End, string Text, string? Value, string Precision);

/// <summary>An amount with its range and unit ("thousands of troops" → 2000..9999 troops).</summary>
public sealed record QuantityMention(int Start, int End, string Text, double Low, double High, string? Unit);

/// <summary>Who a claim is attributed to.</summary>
public sealed record Speaker(string Kind, string? Name, string? Entity);

/// <summary>An attributed statement: what is claimed, by whom, with which cue, and through whom it reached the text.</summary>
public sealed record ClaimRecord(string Id, int Start, int End, string Text, bool Direct, string? Cue, Speaker Speaker, string? Via)
{
    /// <summary>How the speaker was found, so a reader can check it; null for the author's own voice.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public SpeakerFound? SpeakerFound { get; init; }
}

/// <summary>How a claim's speaker was found: <c>How</c> is <c>named</c> (the words at the cue name or describe the speaker),
/// <c>pronoun</c> ("he", "they" resolved), <c>description</c> ("the official" resolved), <c>continued</c> (a quotation
/// going on after its attribution), <c>clause</c> (the subject of the clause: "…, adding that") or <c>impersonal</c>
/// ("it is believed"). <c>Mention</c> is the speaker's words at this claim; <c>Antecedent</c> is the earlier mention that
/// named the speaker, when it was resolved from one.</summary>
public sealed record SpeakerFound(string How, MentionSpan? Mention, MentionSpan? Antecedent);

/// <summary>An actor taking part in an event.</summary>
public sealed record EventActor(string Name, string? Entity, string? Country);

/// <summary>Where an event happened.</summary>
public sealed record EventPlace(string Name, string? Entity);

/// <summary>When an event happened.</summary>
public sealed record EventDate(string Value);

/// <summary>A CAMEO-coded event with its actors, place, date and the claim that reports it.</summary>
public sealed record EventRecord(
    string Id, int Start, int End, string Cameo, string Root, EventActor Source, EventActor? Target,
    EventPlace? Location, EventDate? Date, string? Claim, bool Negated = false, bool Hypothetical = false);

/// <summary>The parse of one sentence: its range and its words in order.</summary>
public sealed record SentenceSyntax(int Start, int End, IReadOnlyList<WordSyntax> Words);

/// <summary>One word of a parse: range, text, lemma, universal and treebank tags, and its head as an index into the
/// sentence's words (−1 for the root) with the UD relation to it.</summary>
public sealed record WordSyntax(int Start, int End, string Text, string Lemma, string Upos, string Xpos, int Head, string Relation);
