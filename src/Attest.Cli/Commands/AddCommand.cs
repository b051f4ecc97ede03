using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Attest.Core.Sources;
using Attest.Ingest;
using Attest.Text.Pipeline;
using Attest.Workspace.Adding;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest add INPUT…</c>: captures files, folders, URLs, feeds or stdin into the workspace.</summary>
public static class AddCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), http(s) URLs, RSS/Atom feeds, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet (publication) for inputs that carry none." };
        var author = new Option<string?>("--author") { Description = "Author for inputs that carry none." };
        var url = new Option<string?>("--url") { Description = "Original URL for inputs that carry none (e.g. a saved page)." };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Refuse inputs larger than this many bytes (default: the workspace's limit, 50 MB)." };
        var json = CommonOptions.Json();
        var command = new Command("add", "Capture sources: keep the original bytes with their SHA-256, read text and metadata, extract, index.")
        {
            inputs, published, outlet, author, url, maxBytes, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { Length: > 0 } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"--published {text}: not a date of the form YYYY-MM-DD");
                    return 2;
                }

                date = parsed;
            }

            // Checked before anything is added: the address would be given to every input that carries none.
            if (LinkAddress.Problem(parse.GetValue(url)) is { } urlProblem)
            {
                Console.Error.WriteLine($"--url {parse.GetValue(url)}: {urlProblem}");
                return 2;
            }

            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Attest/0.1 (+source capture for documentation)");
            var options = new CaptureOptions(
                Published: date, Outlet: parse.GetValue(outlet), Author: parse.GetValue(author), Url: parse.GetValue(url),
                MaxBytes: parse.GetValue(maxBytes) ?? workspace.Config.MaxBytes, Http: http);
            var adder = new SourceAdder(workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
            var actor = CommonOptions.ActorOf(parse);
            var asJson = parse.GetValue(json);
            var outcomes = new List<InputOutcome>();

            async Task RunAsync(Action<InputOutcome> onEach)
            {
                foreach (var input in parse.GetValue(inputs)!)
                {
                    await foreach (var outcome in adder.AddAsync(input, options, actor, cancellationToken))
                    {
                        outcomes.Add(outcome);
                        onEach(outcome);
                    }
                }
            }

            if (asJson)
            {
                await RunAsync(_ => { });
                Console.Out.WriteLine(JsonSerializer.Serialize(outcomes.ToArray(), CliJson.Default.InputOutcomeArray));
            }
            else if (AnsiConsole.Profile.Capabilities.Interactive)
            {
                await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask("Adding sources").IsIndeterminate();
                    await RunAsync(outcome =>
                    {
                        task.Increment(1);
                        task.Description = $"Adding sources ({outcomes.Count} done)";
                        Print(outcome);
                    });
                });
            }
            else
            {
                await RunAsync(Print);
            }

            var failed = outcomes.Count(o => o.Kind == AddOutcomeKind.Failed);
            if (!asJson)
            {
                Console.Error.WriteLine(
                    $"{outcomes.Count(o => o.Kind == AddOutcomeKind.Added)} added, " +
                    $"{outcomes.Count(o => o.Kind == AddOutcomeKind.AlreadyPresent)} already present, {failed} failed.");
            }

            return failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(InputOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case AddOutcomeKind.Added:
                Console.Out.WriteLine($"added    {outcome.SourceId}  {outcome.Title ?? "(untitled)"}  ← {outcome.Input}");
                break;
            case AddOutcomeKind.AlreadyPresent:
                Console.Out.WriteLine($"present  {outcome.SourceId}  already in the workspace (same bytes)  ← {outcome.Input}");
                break;
            default:
                Console.Error.WriteLine($"failed   {outcome.Input}: {outcome.Reason}");
                break;
        }
    }
}
