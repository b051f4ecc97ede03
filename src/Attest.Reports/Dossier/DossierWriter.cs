namespace Attest.Reports.Dossier;

/// <summary>Writes a dossier in the format its file name asks for: .html (the template's page), .pdf (that page printed by Chromium) or .docx.</summary>
public static class DossierWriter
{
    public static readonly IReadOnlyList<string> Extensions = [".html", ".htm", ".pdf", ".docx"];

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it, so a failed print leaves no half-written dossier.</summary>
    public static void Write(DossierModel model, ReportTemplate template, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var extension = Path.GetExtension(full).ToLowerInvariant();
        var partial = full + ".partial" + extension;
        try
        {
            switch (extension)
            {
                case ".html" or ".htm":
                    File.WriteAllText(partial, HtmlDossier.Render(model, template));
                    break;
                case ".pdf":
                    var html = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.html");
                    try
                    {
                        File.WriteAllText(html, HtmlDossier.Render(model, template));
                        ChromiumPrinter.PrintToPdf(html, partial);
                    }
                    finally
                    {
                        File.Delete(html);
                    }

                    break;
                case ".docx":
                    using (var stream = File.Create(partial))
                    {
                        DocxDossier.Write(model, stream);
                    }

                    break;
                default:
                    throw new ArgumentException($"{path}: unknown dossier format '{extension}' (use {string.Join(", ", Extensions)})", nameof(path));
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
