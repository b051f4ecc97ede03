using Attest.Analysis.Copies;
using Attest.Text;
using Attest.Text.Pipeline;
using Attest.Workspace.Copies;
using Attest.Workspace.Corroborating;
using Attest.Workspace.Knowledge;

namespace Attest.Workspace.Reextracting;

/// <summary>Runs the current pipeline again over every stored source and re-links its entities; human decisions are kept.</summary>
public sealed class Reextractor(AttestWorkspace workspace, ExtractionPipeline pipeline)
{
    public int Run(string actor, IProgress<int>? progress = null)
    {
        var linking = new KnowledgeLinking(workspace);
        var copies = new CopyTracking(workspace, new CopyDetector());
        var corroboration = new CorroborationTracking(workspace);
        var count = 0;
        foreach (var source in workspace.Store.Sources.All().ToList())
        {
            var m = source.Metadata;
            var extraction = pipeline.Extract(source.Text, new DocumentContext(m.Published, m.Title, source.Sha256, m.Language));
            workspace.Store.Extractions.Replace(source.Id, extraction, source.Text, actor);
            // Items a person confirmed, corrected or rejected outrank the pipeline: put them back as they were reviewed.
            var reviewed = workspace.Store.Reviews.Reapply(source.Id) > 0 ? workspace.Store.Extractions.Get(source.Id) ?? extraction : extraction;
            linking.Link(source.Id, extraction, actor);

            // Sources stored before copy detection existed get their signature and origin now.
            if (!workspace.Store.Copies.HasSignature(source.Id))
            {
                copies.Track(source.Id, source.Text, actor);
            }

            corroboration.Track(source.Id, reviewed, source.Text, m.Published, actor);
            count++;
            progress?.Report(count);
        }

        return count;
    }
}
