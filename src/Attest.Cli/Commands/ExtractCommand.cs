using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Extraction;
using Attest.Text;
using Attest.Text.Pipeline;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest extract FILE</c>: runs the extraction pipeline on one document and prints the result.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A text document to read." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) that relative dates resolve against." };
        var json = new Option<bool>("--json") { Description = "Print the attest.extraction/1 JSON object." };
        var command = new Command("extract", "Extract entities, dates, quantities, attributed claims and events from a document.")
        {
            file, published, json,
        };
        command.SetAction(parse =>
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

            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path}: no such file");
                return 2;
            }

            var bytes = File.ReadAllBytes(path.FullName);
            var content = DecodeText(bytes);
            if (content is null)
            {
                Console.Error.WriteLine($"{path}: not UTF-8 text");
                return 2;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var result = ExtractionPipeline.Default.Extract(content, new DocumentContext(date, Title: null, Sha256: sha));
            if (parse.GetValue(json))
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

    private static string? DecodeText(byte[] bytes)
    {
        try
        {
            // The BOM is not part of the text: offsets count from the first character after it.
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
