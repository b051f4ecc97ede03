using Attest.Core.Extraction;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Corroboration;

/// <summary>A rejection aimed at a statement the report told before ("health officials claimed that 30 people were killed …
/// the army disputes the claim"): it disputes what that statement said, so the cluster of the event the statement told is
/// contested, with the two accounts side by side.</summary>
public static class DisputedStatements
{
    private static readonly HashSet<string> StatementNouns = new(
        KnowledgeFile.Rows("statement-nouns.tsv").Select(r => KnowledgeFile.Column(r, 0)).Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>For each rejecting event aimed at an earlier statement, the id of what it disputes: the first event that
    /// statement told, else the statement itself.</summary>
    public static IReadOnlyDictionary<string, string> Of(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var disputed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rejection in extraction.Events)
        {
            if (rejection.Root != "12" || rejection.Negated || !NamesAStatement(rejection.Target?.Name))
            {
                continue;
            }

            // The statement it answers: the nearest one before it by someone else.
            var answered = extraction.Claims
                .Where(c => c.End <= rejection.Start && c.Speaker.Kind != "author" && !SameSpeaker(c.Speaker, rejection.Source))
                .OrderByDescending(c => c.End)
                .FirstOrDefault();
            if (answered is null)
            {
                continue;
            }

            var told = extraction.Events.FirstOrDefault(v => v.Claim == answered.Id && v.Id != rejection.Id);
            disputed[rejection.Id] = told?.Id ?? answered.Id;
        }

        return disputed;
    }

    private static bool NamesAStatement(string? target)
    {
        if (target is null)
        {
            return false;
        }

        var words = target.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && StatementNouns.Contains(words[^1].Trim(',', '.', ';', ':'));
    }

    private static bool SameSpeaker(Speaker speaker, EventActor actor) =>
        speaker.Entity is not null && speaker.Entity == actor.Entity || string.Equals(speaker.Name, actor.Name, StringComparison.OrdinalIgnoreCase);
}
