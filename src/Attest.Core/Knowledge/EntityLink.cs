namespace Attest.Core.Knowledge;

/// <summary>How one extracted entity of one source was linked to a knowledge record, with the evidence for it.</summary>
/// <param name="Rule">Which rule decided: <c>alias</c>, <c>name-part</c>, <c>role-on-date</c>, <c>acronym</c>, <c>new-candidate</c>, <c>manual</c>.</param>
/// <param name="Matched">The name, alias or role phrase that matched.</param>
/// <param name="Score">Confidence from 0 to 1.</param>
/// <param name="Status"><c>linked</c>, <c>ambiguous</c> (several records fit: flagged for review), <c>new</c> (a new candidate record) or <c>manual</c>.</param>
/// <param name="Alternatives">Other records that also fit, when ambiguous.</param>
public sealed record EntityLink(
    string SourceId, string EntityId, string RecordId, string Rule, string Matched, double Score, string Status,
    IReadOnlyList<string> Alternatives)
{
    public const string Linked = "linked";
    public const string Ambiguous = "ambiguous";
    public const string New = "new";
    public const string Manual = "manual";
}
