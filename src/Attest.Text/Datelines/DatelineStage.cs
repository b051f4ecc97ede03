using Attest.Core.Extraction;
using Attest.Text.Pipeline;

namespace Attest.Text.Datelines;

/// <summary>Pipeline stage that records the report's dateline on the document.</summary>
public sealed class DatelineStage : IExtractionStage
{
    public void Run(TextDocument document)
    {
        if (DatelineParser.Parse(document.Text) is not { } found)
        {
            return;
        }

        document.Dateline = new DatelineInfo(
            found.Start, found.End, document.Text[found.Start..found.End], PlaceName.Normalise(found.Place), found.Date, found.Agency);
    }
}
