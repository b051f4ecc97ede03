using System.Text;
using Attest.Reports.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Attest.Reports.Tests.Dossier;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class DossierTests(SeedWorkspace workspace)
{
    private static string Screenshots => Directory.CreateDirectory(Path.Combine(PublishedSeeds.RepositoryRoot, "TestResults", "screenshots")).FullName;

    [Fact]
    public void Pdf_dossier_footnotes_every_event_with_its_exact_passage_and_the_sha256_of_its_source()
    {
        var pdf = workspace.OutputPath("dossier.pdf");
        var events = workspace.OutputPath("events.csv");
        workspace.Run("export", "--format", "csv", "--out", events);

        var run = workspace.Run("report", "--title", "Kashmir seed dossier", "--out", pdf);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = PdfDocument.Open(pdf);
        var text = Squeeze(string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        var rows = ParsedCsv.Read(events).Rows;
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(
            text.Contains(Squeeze($"“{r["passage"]}” — SHA-256 {r["source_sha256"]}"), StringComparison.Ordinal),
            $"no footnote with the passage and hash of {r["id"]}: “{r["passage"]}”"));
        Assert.Contains(Squeeze("Events per month, by type"), text);
        Assert.Contains(Squeeze("Actors by number of events"), text);
        Assert.Contains(Squeeze("Country outlines: Natural Earth"), text);
        Assert.Contains(Squeeze("machine-extracted, not reviewed"), text);
        Assert.Contains(Squeeze("Annex: sources"), text);
        Assert.True(document.NumberOfPages > 3, $"a dossier of the whole seed corpus has several pages, got {document.NumberOfPages}");
        RenderPages(pdf, document.NumberOfPages);
    }

    [Fact]
    public void Html_dossier_has_every_section_inline_charts_and_map_and_is_saved_as_a_screenshot()
    {
        var html = workspace.OutputPath("dossier.html");

        var run = workspace.Run("report", "--title", "Kashmir seed dossier", "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(html);
        foreach (var section in new[] { "id=\"summary\"", "id=\"chronology\"", "id=\"claims\"", "id=\"contested\"", "id=\"methods\"", "id=\"notes\"", "id=\"annex\"" })
        {
            Assert.Contains(section, page);
        }

        Assert.Contains("class=\"attest-chart events-per-month\"", page);
        Assert.Contains("class=\"attest-chart ranked-bars\"", page);
        Assert.Contains("class=\"attest-map\"", page);
        Assert.Contains("<circle", page);
        Assert.Contains("Anonymous sources", page);
        Assert.Contains("Authors, in their own voice", page);
        var top = Path.Combine(Screenshots, "dossier-html-summary.png");
        var whole = Path.Combine(Screenshots, "dossier-html-chronology.png");
        Attest.Reports.Dossier.ChromiumPrinter.Screenshot(html, top, 1000, 2600);
        Attest.Reports.Dossier.ChromiumPrinter.Screenshot(html, whole, 1000, 6000);
        Assert.True(new FileInfo(top).Length > 50_000, "the screenshot shows tables, charts and a map");
    }

    [Fact]
    public void Docx_dossier_carries_word_footnotes_with_passage_and_hash_for_every_event()
    {
        var docx = workspace.OutputPath("dossier.docx");
        var events = workspace.OutputPath("events.csv");
        workspace.Run("export", "--format", "csv", "--out", events);

        var run = workspace.Run("report", "--out", docx);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = WordprocessingDocument.Open(docx, false);
        var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
            .Where(f => f.Id?.Value > 0).Select(f => f.InnerText).ToList();
        Assert.All(ParsedCsv.Read(events).Rows, r => Assert.Contains(notes, n => n.Contains($"“{r["passage"]}” — SHA-256 {r["source_sha256"]}", StringComparison.Ordinal)));
        Assert.Contains("Charts and the map are in the HTML and PDF dossiers only", document.MainDocumentPart.Document!.Body!.InnerText);
    }

    [Fact]
    public void Filters_narrow_the_dossier_to_the_chosen_event_type()
    {
        var html = workspace.OutputPath("consult.html");

        workspace.Run("report", "--event-type", "04", "--out", html);

        var page = File.ReadAllText(html);
        Assert.Contains("(CAMEO 04", page);
        Assert.DoesNotContain("(CAMEO 11", page);
        Assert.Contains("--event-type 04", page);
    }

    [Fact]
    public void A_team_template_changes_the_layout_without_code()
    {
        var folder = Directory.CreateDirectory(Path.Combine(workspace.Root, "out", "our-layout")).FullName;
        File.WriteAllText(Path.Combine(folder, "dossier.liquid"), "<html><body><h1>Briefing: {{ Title }}</h1>{% for e in Events %}<p>{{ e.Date }} {{ e.Actors }}</p>{% endfor %}</body></html>");
        var html = workspace.OutputPath("team.html");

        var run = workspace.Run("report", "--title", "Q3", "--template", folder, "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("<html><body><h1>Briefing: Q3</h1>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_or_an_unknown_format_is_named_and_nothing_is_written()
    {
        var folder = Directory.CreateDirectory(Path.Combine(workspace.Root, "out", "broken-layout")).FullName;
        File.WriteAllText(Path.Combine(folder, "dossier.liquid"), "{% for e in Events %} never closed");
        var html = workspace.OutputPath("broken.html");
        var odt = workspace.OutputPath("dossier.odt");

        var broken = workspace.Run("report", "--template", folder, "--out", html);
        var unknown = workspace.Run("report", "--out", odt);

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("dossier.liquid: not a valid template", broken.Error);
        Assert.False(File.Exists(html));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("dossier.odt", unknown.Error);
        Assert.False(File.Exists(odt));
    }

    // Printed pages as pictures for a person to look at, where poppler's pdftoppm is installed (the HTML screenshots are taken everywhere).
    private static void RenderPages(string pdf, int pages)
    {
        if (!File.Exists("/usr/bin/pdftoppm"))
        {
            return;
        }

        foreach (var page in new[] { 1, 2, 3, pages / 2, pages }.Distinct())
        {
            using var process = System.Diagnostics.Process.Start("/usr/bin/pdftoppm",
                ["-r", "70", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", pdf, Path.Combine(Screenshots, $"dossier-pdf-page-{page:D2}")])!;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "pdftoppm finished");
        }
    }

    // PDF text comes back with its own line breaks and spacing: compare without whitespace, ligatures decomposed.
    private static string Squeeze(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
