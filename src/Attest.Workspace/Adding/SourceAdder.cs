using System.Runtime.CompilerServices;
using Attest.Analysis.Copies;
using Attest.Core.Sources;
using Attest.Ingest;
using Attest.Text;
using Attest.Text.Datelines;
using Attest.Text.Pipeline;
using Attest.Workspace.Copies;
using Attest.Workspace.Corroborating;
using Attest.Workspace.Knowledge;

namespace Attest.Workspace.Adding;

/// <summary>The <c>attest add</c> flow: capture → dateline → extraction → blob → store (one transaction per source) → entity links → copy origin → clusters.</summary>
public sealed class SourceAdder(AttestWorkspace workspace, SourceCapture capture, ExtractionPipeline pipeline)
{
    private readonly KnowledgeLinking linking = new(workspace);
    private readonly CopyTracking copies = new(workspace, new CopyDetector());
    private readonly CorroborationTracking corroboration = new(workspace);

    public async IAsyncEnumerable<InputOutcome> AddAsync(
        string input, CaptureOptions options, string actor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in capture.CaptureAsync(input, options, cancellationToken))
        {
            if (result.Failure is { } failure)
            {
                yield return new InputOutcome(AddOutcomeKind.Failed, failure.Input, Reason: failure.Reason);
                continue;
            }

            yield return Store(result.Source!, actor);
        }
    }

    private InputOutcome Store(CapturedSource captured, string actor)
    {
        var origin = captured.Metadata.Origin;
        try
        {
            // Already stored: nothing to read, extract or write. Checked first so re-running a batch is cheap.
            if (workspace.Store.Sources.Contains(captured.Sha256))
            {
                return new InputOutcome(AddOutcomeKind.AlreadyPresent, origin, captured.Id, captured.Metadata.Title);
            }

            var source = captured.Metadata.Dateline is null && DatelineParser.Parse(captured.Text) is { } dateline
                ? captured with { Metadata = captured.Metadata with { Dateline = dateline } }
                : captured;
            var m = source.Metadata;
            var extraction = pipeline.Extract(source.Text, new DocumentContext(m.Published, m.Title, source.Sha256, m.Language));

            // The blob goes first: a crash after it leaves an unreferenced blob, which the next run simply reuses.
            workspace.Blobs.Put(source.Sha256, source.Content);
            var outcome = workspace.Store.Sources.Add(source, extraction, actor);
            if (outcome.Added)
            {
                // Linking and copy tracking are their own transactions: the source is safe once stored, and `attest reextract` can always re-link.
                linking.Link(outcome.SourceId, extraction, actor);
                var copyOrigin = copies.Track(outcome.SourceId, source.Text, actor);

                // After copy tracking: a cluster's rating counts origins, so the new source's origin must be known first.
                // When the copy merged origins, clusters holding items of both now count one origin fewer: rate them again.
                var rated = corroboration.Track(outcome.SourceId, extraction, source.Text, m.Published, actor);
                if (copyOrigin.Merged.Count > 0)
                {
                    corroboration.RateOrigin(copyOrigin.Origin, rated);
                }
            }

            return new InputOutcome(outcome.Added ? AddOutcomeKind.Added : AddOutcomeKind.AlreadyPresent, origin, outcome.SourceId, m.Title);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
        {
            return new InputOutcome(AddOutcomeKind.Failed, origin, Reason: $"could not be stored: {ex.Message}");
        }
    }
}
