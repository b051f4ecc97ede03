using Attest.Core.Extraction;
using Attest.Core.Sources;
using Attest.Web.Rendering;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Sources;

/// <summary>One source: its text with every entity, date, quantity, claim and event highlighted at its offsets, and the extracted lists.</summary>
public sealed class ShowModel(AttestWorkspace workspace) : PageModel
{
    public StoredSource Source { get; private set; } = null!;
    public ExtractionResult Extraction { get; private set; } = null!;
    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Decisions { get; private set; } = new Dictionary<string, string>();

    public IActionResult OnGet(string id)
    {
        var source = workspace.Store.Sources.Get(id);
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        Extraction = workspace.Store.Extractions.Get(source.Id)
            ?? new ExtractionResult(new DocumentInfo(source.Sha256, source.Metadata.Title, null, null, null), [], [], [], [], [], []);
        Segments = TextHighlighter.Segment(source.Text, TextHighlighter.AnnotationsOf(Extraction));
        Decisions = workspace.Store.Reviews.ForSource(source.Id).ToDictionary(r => r.ItemId, r => r.Decision);
        return Page();
    }
}
