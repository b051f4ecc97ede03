using System.Text.Encodings.Web;
using Fluid;

namespace Attest.Reports.Dossier;

/// <summary>Renders a dossier as one self-contained HTML page (styles and SVG inline) through the Liquid template.</summary>
public static class HtmlDossier
{
    // Text in any script stays readable in the page source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(DossierModel model, ReportTemplate template)
    {
        var options = new TemplateOptions();
        foreach (var type in new[]
                 {
                     typeof(DossierModel), typeof(DossierCount), typeof(Footnote), typeof(DossierEvent), typeof(SpeakerGroup), typeof(DossierClaim),
                     typeof(ContestedItem), typeof(Account), typeof(AnnexSource),
                 })
        {
            options.MemberAccessStrategy.Register(type);
        }

        var context = new TemplateContext(model with { Css = template.Css }, options);
        return template.Page.Render(context, Encoder);
    }
}
