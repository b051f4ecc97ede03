using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Dossier;

/// <summary>A dossier shows accounts that conflict without a denial (different tolls) side by side, each with its number and source.</summary>
public sealed class ConflictingAccountsDossierTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Two_tolls_for_one_shelling_are_shown_side_by_side_with_what_they_differ_on()
    {
        // Fictional, in the world of the demo samples.
        File.WriteAllText(folder.Combine("npa.md"), "---\ntitle: Kestrian shelling kills 12 in Orsk, Valdoria says\ndate: 2026-03-03\noutlet: Northern Press Agency\n---\n" +
            "VALDOR: Kestrian artillery shelled the village of Orsk in the Sarn Valley on Monday night, killing 12 civilians, Foreign Minister Aurel Danek said on Tuesday.\n");
        File.WriteAllText(folder.Combine("kst.md"), "---\ntitle: Kestria says two killed in Orsk exchange\ndate: 2026-03-03\noutlet: Kestrian State Television\n---\n" +
            "KEST: Kestrian artillery shelled the village of Orsk late on Monday in answer to Valdorian mortar fire, killing two civilians, " +
            "Defence Minister Hana Vesk told parliament on Tuesday. She said the army had targeted only the firing positions.\n");
        var root = folder.Combine("case");
        Directory.CreateDirectory(root);
        CliRun.In(root, "init");
        Assert.Equal(0, CliRun.In(root, "add", folder.Combine("npa.md"), folder.Combine("kst.md")).ExitCode);
        var html = folder.Combine("dossier.html");

        var run = CliRun.In(root, "report", "--title", "Orsk", "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(html);
        var contested = DossierSection.Of(page, "contested", "methods");
        Assert.Contains("class=\"side-by-side\"", contested);
        Assert.Contains("Accounts differ on the number killed", contested);
        Assert.Contains("killing 12 civilians", contested);
        Assert.Contains("killing two civilians", contested);
        Assert.Contains("Reported differently by", contested);
        Assert.Contains("href=\"#note-", contested);
    }

    public void Dispose() => folder.Dispose();
}
