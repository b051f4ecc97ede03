using System.Text.RegularExpressions;
using Attest.Core.Extraction;
using Attest.Store.Reviews;
using Attest.Workspace;
using Attest.Workspace.Corroborating;

namespace Attest.Web.Reviewing;

/// <summary>Turns a submitted review into the reviewed item and records it; bad input gets one message naming the field and why.</summary>
public static partial class ItemReviewing
{
    public static readonly IReadOnlyList<string> SpeakerKinds = ["person", "organization", "group", "anonymous", "author", "publication"];

    public static ClaimRecord? FindClaim(AttestWorkspace workspace, string sourceId, string claimId) =>
        workspace.Store.Extractions.Get(sourceId)?.Claims.FirstOrDefault(c => c.Id == claimId);

    public static EventRecord? FindEvent(AttestWorkspace workspace, string sourceId, string eventId) =>
        workspace.Store.Extractions.Get(sourceId)?.Events.FirstOrDefault(e => e.Id == eventId);

    /// <summary>Records the decision; returns the review, or a message saying what is wrong with the input.</summary>
    public static (ItemReview? Review, string? Error) Review(AttestWorkspace workspace, string sourceId, string claimId, ClaimCorrection input, string reviewer)
    {
        var claim = FindClaim(workspace, sourceId, claimId);
        if (claim is null)
        {
            return (null, $"claim {sourceId}/{claimId}: not in the workspace");
        }

        if ((CheckDecision(input.Decision, input.Reason)
            ?? FieldLimits.TooLong("speaker name", input.SpeakerName, FieldLimits.Name)
            ?? FieldLimits.TooLong("speaker record", input.SpeakerEntity, FieldLimits.RecordId)) is { } problem)
        {
            return (null, problem);
        }

        var reviewed = claim;
        if (input.Decision == ItemReview.Corrected)
        {
            var kind = Blank(input.SpeakerKind) ?? claim.Speaker.Kind;
            if (!SpeakerKinds.Contains(kind))
            {
                return (null, $"speaker kind '{kind}': must be one of {string.Join(", ", SpeakerKinds)}");
            }

            var name = input.SpeakerName is null ? claim.Speaker.Name : Blank(input.SpeakerName);
            var (entity, entityError) = RecordLinks.Resolve(workspace, sourceId, "speaker record", claim.Speaker.Entity, input.SpeakerEntity);
            if (entityError is not null)
            {
                return (null, entityError);
            }

            reviewed = claim with { Speaker = new Speaker(kind, kind == "anonymous" && name is null ? null : name, entity) };
            if (reviewed == claim)
            {
                return (null, "nothing was changed: to accept the claim as it is, confirm it");
            }
        }

        return (Recorroborate(workspace, workspace.Store.Reviews.Review(sourceId, reviewed, input.Decision, reviewer, input.Reason ?? string.Empty)), null);
    }

    public static (ItemReview? Review, string? Error) Review(AttestWorkspace workspace, string sourceId, string eventId, EventCorrection input, string reviewer)
    {
        var item = FindEvent(workspace, sourceId, eventId);
        if (item is null)
        {
            return (null, $"event {sourceId}/{eventId}: not in the workspace");
        }

        if ((CheckDecision(input.Decision, input.Reason)
            ?? FieldLimits.TooLong("actor", input.Actor, FieldLimits.Name)
            ?? FieldLimits.TooLong("target", input.Target, FieldLimits.Name)
            ?? FieldLimits.TooLong("actor's record", input.ActorEntity, FieldLimits.RecordId)
            ?? FieldLimits.TooLong("target's record", input.TargetEntity, FieldLimits.RecordId)) is { } problem)
        {
            return (null, problem);
        }

        var reviewed = item;
        if (input.Decision == ItemReview.Corrected)
        {
            var cameo = Blank(input.Cameo) ?? item.Cameo;
            if (!CameoCode().IsMatch(cameo))
            {
                return (null, $"CAMEO code '{cameo}': must be 2 to 4 digits, e.g. 0231 or 190");
            }

            var date = input.Date is null ? item.Date?.Value : Blank(input.Date);
            if (date is not null && !DateValue().IsMatch(date))
            {
                return (null, $"date '{date}': must be YYYY, YYYY-MM or YYYY-MM-DD");
            }

            var (actorEntity, actorError) = RecordLinks.Resolve(workspace, sourceId, "actor's record", item.Source.Entity, input.ActorEntity);
            var (targetEntity, targetError) = RecordLinks.Resolve(workspace, sourceId, "target's record", item.Target?.Entity, input.TargetEntity);
            if ((actorError ?? targetError) is { } recordError)
            {
                return (null, recordError);
            }

            var actor = new EventActor(Blank(input.Actor) ?? item.Source.Name, actorEntity, item.Source.Country);
            var targetName = input.Target is null ? item.Target?.Name : Blank(input.Target);
            var target = targetName is null ? null : new EventActor(targetName, targetEntity, item.Target?.Country);
            reviewed = item with { Cameo = cameo, Root = cameo[..2], Date = date is null ? null : new EventDate(date), Source = actor, Target = target };
            if (reviewed == item)
            {
                return (null, "nothing was changed: to accept the event as it is, confirm it");
            }
        }

        return (Recorroborate(workspace, workspace.Store.Reviews.Review(sourceId, reviewed, input.Decision, reviewer, input.Reason ?? string.Empty)), null);
    }

    // A corrected speaker or code changes what the item corroborates, and a rejected item corroborates nothing: its source is
    // clustered and rated again at once.
    private static ItemReview Recorroborate(AttestWorkspace workspace, ItemReview review)
    {
        if (review.Decision is ItemReview.Corrected or ItemReview.Rejected && workspace.Store.Sources.Get(review.SourceId) is { } source
            && workspace.Store.Extractions.Get(source.Id) is { } extraction)
        {
            new CorroborationTracking(workspace).Track(source.Id, extraction, source.Text, source.Metadata.Published, review.Reviewer);
        }

        return review;
    }

    private static string? CheckDecision(string decision, string? reason)
    {
        if (decision is not (ItemReview.Confirmed or ItemReview.Corrected or ItemReview.Rejected))
        {
            return $"decision '{decision}': must be confirmed, corrected or rejected";
        }

        return decision != ItemReview.Confirmed && string.IsNullOrWhiteSpace(reason)
            ? $"reason: a {(decision == ItemReview.Corrected ? "correction" : "rejection")} needs a reason, for the audit log"
            : FieldLimits.TooLong("reason", reason, FieldLimits.Text);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{2,4}$")]
    private static partial Regex CameoCode();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DateValue();
}
