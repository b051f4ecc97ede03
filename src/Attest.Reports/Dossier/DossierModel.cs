namespace Attest.Reports.Dossier;

/// <summary>Everything a dossier template can show: summary counts, chronology with footnotes, claims by speaker, contested items, charts, map, annex.</summary>
/// <remarks>Templates (templates/report/*.liquid) see these members by their C# names, e.g. <c>{{ Title }}</c>, <c>{% for e in Events %}</c>.</remarks>
public sealed record DossierModel(
    string Title, string Generated, string Filters, int EventCount, int ClaimCount, int SourceCount, int ContestedCount,
    IReadOnlyList<DossierCount> ByMonth, IReadOnlyList<DossierCount> ByType, IReadOnlyList<DossierCount> ByActor,
    IReadOnlyList<DossierCount> ByPlace, IReadOnlyList<DossierCount> ByStatus,
    IReadOnlyList<DossierEvent> Events, IReadOnlyList<SpeakerGroup> ClaimGroups, IReadOnlyList<ContestedItem> Contested,
    IReadOnlyList<Footnote> Footnotes, IReadOnlyList<AnnexSource> Annex,
    string MonthChartSvg, string ActorChartSvg, string MapSvg, int UnplacedEvents, string Css);

/// <summary>One line of a summary table: a month, type, actor, place or status, and how many events it has.</summary>
public sealed record DossierCount(string Label, int Count);

/// <summary>A footnote: one source supporting one item — outlet, date, URL, the exact passage and the SHA-256 of the stored original.</summary>
public sealed record Footnote(int Number, string SourceId, string ItemId, string? Outlet, string? Published, string? Url, string Passage, string Sha256);

/// <summary>An event in the chronology, with the numbers of the footnotes that support it.</summary>
/// <param name="Review">How far a person has checked it: "machine-extracted, not reviewed" until reviews exist.</param>
public sealed record DossierEvent(
    string Id, string Date, string Place, string Actors, string Type, string Cameo, string Status, string Review, string Passage,
    IReadOnlyList<int> Notes, bool Negated, bool Hypothetical)
{
    /// <summary>Why corroboration gave this status (one sentence per reason), empty before it ran.</summary>
    public string Why { get; init; } = string.Empty;
}

/// <summary>The claims of one speaker (or of one kind of speaker: anonymous sources, authors' own voice).</summary>
public sealed record SpeakerGroup(string Kind, string Speaker, IReadOnlyList<DossierClaim> Claims);

/// <summary>A claim as the dossier quotes it.</summary>
public sealed record DossierClaim(string Id, string Date, string Cue, string Passage, string Status, string Review, IReadOnlyList<int> Notes);

/// <summary>An item whose accounts conflict, with each side's account and sources, side by side.</summary>
/// <param name="Why">What makes it contested: the denials, or the numbers the accounts differ on.</param>
public sealed record ContestedItem(string Id, string Summary, IReadOnlyList<Account> Accounts, string Why = "");

/// <summary>One side of a contested item: who says so, what they say, and the footnotes to where they say it.</summary>
public sealed record Account(string Who, string Passage, IReadOnlyList<int> Notes);

/// <summary>A source in the annex: everything needed to find and check it again.</summary>
public sealed record AnnexSource(string Id, string? Title, string? Outlet, string? Published, string? Url, string Origin, string Sha256, long Size, string? Language);
