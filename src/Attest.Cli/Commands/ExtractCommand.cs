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
        var file = new Argument<string>("file") { Description = "A document to read: text, Markdown, HTML, PDF or DOCX." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) that relative dates resolve against." };
        var json = new Option<bool>("--json") { Description = "Print the attest.extraction/1 JSON object." };
        var syntax = new Option<bool>("--syntax") { Description = "Print each sentence's parse as CoNLL-U (character offsets in MISC); with --json, add it to the JSON." };
        var command = new Command("extract", "Extract entities, dates, quantities, attributed claims and events from a document.")
        {
            file, published, json, syntax,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
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

            // The same readers as `attest add`, so HTML, PDF and DOCX give the same text (and offsets) as when stored.
            CapturedSource? source = null;
            await foreach (var captured in new SourceCaptureBuilder().UseDefaultReaders().Build()
                               .CaptureAsync(path, CaptureOptions.Default with { FetchLinkedPages = false }, cancellationToken))
            {
                if (captured.Failure is { } failure)
                {
                    Console.Error.WriteLine(failure.ToString());
                    return 2;
                }

                source = captured.Source;
                break;
            }

            if (source is null)
            {
                Console.Error.WriteLine($"{path}: nothing to read");
                return 2;
            }

            var m = source.Metadata;
            var context = new DocumentContext(date ?? m.Published, m.Title, source.Sha256, m.Language);
            var content = source.Text;
            var document = ExtractionPipeline.Default.Analyze(content, context);
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
}
