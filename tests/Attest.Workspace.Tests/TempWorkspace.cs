using Attest.Ingest;
using Attest.Text.Pipeline;
using Attest.Workspace.Adding;

namespace Attest.Workspace.Tests;

/// <summary>A fresh workspace in a temporary folder that sources are added to through the real add flow; deleted on dispose.</summary>
public sealed class TempWorkspace : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("attest-workspace-");

    public TempWorkspace() => Workspace = AttestWorkspace.Init(folder.FullName);

    public AttestWorkspace Workspace { get; }

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> and adds it; returns the source id.</summary>
    public string Add(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return AddFile(path);
    }

    /// <summary>Adds the file at <paramref name="path"/>, with the capture options given (publication date, outlet); returns the source id.</summary>
    public string AddFile(string path, CaptureOptions? options = null)
    {
        var adder = new SourceAdder(Workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
        var outcome = adder.AddAsync(path, options ?? CaptureOptions.Default, "test").ToBlockingEnumerable().Single();
        return outcome.SourceId ?? throw new InvalidOperationException($"{path}: {outcome.Reason}");
    }

    public void Dispose()
    {
        Workspace.Dispose();
        folder.Delete(recursive: true);
    }
}
