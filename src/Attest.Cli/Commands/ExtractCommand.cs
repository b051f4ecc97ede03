using System.CommandLine;
using System.Globalization;
using Attest.Core.Extraction;
using Attest.Core.Sources;
using Attest.Ingest;
using Attest.Text;
using Attest.Text.Pipeline;
using Attest.Text.Syntax.Conllu;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest extract FILE</c>: runs the extraction pipeline on one document and prints the result.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "A document to read: text, Markdown, HTML, PDF or DOCX (several with --out).", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) that relative dates resolve against." };
        var json = new Option<bool>("--json") { Description = "Print the attest.extraction/1 JSON object." };
        var syntax = new Option<bool>("--syntax") { Description = "Print each sentence's parse as CoNLL-U (character offsets in MISC); with --json, add it to the JSON." };
        var outDirectory = new Option<string?>("--out") { Description = "Write each document's JSON to DIR/<file name>.json instead of printing it; a document that cannot be read is named on standard error and the rest go on." };
        var command = new Command("extract", "Extract entities, dates, quantities, attributed claims and events from a document.")
        {
            files, published, json, syntax, outDirectory,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
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

            if (parse.GetValue(outDirectory) is { Length: > 0 } directory)
            {
                return await ExtractAllAsync(paths, directory, date, parse.GetValue(syntax), cancellationToken);
            }

            if (paths.Length != 1)
            {
                Console.Error.WriteLine($"extract: {paths.Length} files given; several need --out DIR");
                return 2;
            }

            var path = paths[0];
            var source = await ReadAsync(path, cancellationToken);
            if (source is null)
            {
                return 2;
            }

            var (content, document) = Analyze(source, date);
            var result = document.ToResult(withSyntax: parse.GetValue(syntax));
            if (parse.GetValue(syntax) && !parse.GetValue(json))
            {
                ConlluWriter.Write(Console.Out, content, document.Syntax);
            }
            else if (parse.GetValue(json))
            {
                Console.Out.Write(ExtractionJson.Serialize(result));
                Console.Out.WriteLine();
            }
            else
            {
                ExtractionView.Render(AnsiConsole.Console, content, result);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Batch mode: one JSON file per document, written whole (temporary file, then renamed) so a stopped run
    /// leaves no half-written output; unreadable documents are reported and skipped.</summary>
    private static async Task<int> ExtractAllAsync(string[] paths, string directory, DateOnly? date, bool withSyntax, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var failed = 0;
        foreach (var path in paths)
        {
            var source = await ReadAsync(path, cancellationToken);
            if (source is null)
            {
                failed++;
                continue;
            }

            TextDocument document;
            try
            {
                (_, document) = Analyze(source, date);
            }
#pragma warning disable CA1031 // one document that breaks the pipeline is reported by name; the batch goes on
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Console.Error.WriteLine($"{path}: extraction failed ({ex.GetType().Name}: {ex.Message})");
                failed++;
                continue;
            }

            var target = Path.Combine(directory, Path.GetFileNameWithoutExtension(path) + ".json");
            var temporary = target + ".tmp";
            await File.WriteAllTextAsync(temporary, ExtractionJson.Serialize(document.ToResult(withSyntax)) + "\n", cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }

        return failed == 0 ? 0 : 1;
    }

    private static (string Content, TextDocument Document) Analyze(CapturedSource source, DateOnly? date)
    {
        var m = source.Metadata;
        var context = new DocumentContext(date ?? m.Published, m.Title, source.Sha256, m.Language);
        return (source.Text, ExtractionPipeline.Default.Analyze(source.Text, context));
    }

    /// <summary>The same readers as `attest add`, so HTML, PDF and DOCX give the same text (and offsets) as when stored.</summary>
    private static async Task<CapturedSource?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        CapturedSource? source = null;
        await foreach (var captured in new SourceCaptureBuilder().UseDefaultReaders().Build()
                               .CaptureAsync(path, CaptureOptions.Default with { FetchLinkedPages = false }, cancellationToken))
        {
            if (captured.Failure is { } failure)
            {
                Console.Error.WriteLine(failure.ToString());
                return null;
            }

            source = captured.Source;
            break;
        }

        if (source is null)
        {
            Console.Error.WriteLine($"{path}: nothing to read");
        }

        return source;
    }
}
