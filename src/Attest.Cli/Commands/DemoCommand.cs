using System.CommandLine;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest demo</c>: a workspace with the fictional sample documents, ingested and searchable, by running the real commands.</summary>
public static class DemoCommand
{
    public static Command Create(RootCommand root)
    {
        var folder = new Argument<DirectoryInfo?>("folder") { Description = "Where to make the demo workspace (default: ./attest-demo).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("demo", "Make a demo workspace from the fictional samples shipped with Attest, then search and verify it.") { folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            if (!Directory.Exists(samples))
            {
                Console.Error.WriteLine($"attest demo: the sample documents are missing ({samples}); rebuild Attest.");
                return 2;
            }

            var target = parse.GetValue(folder)?.FullName ?? Path.Combine(Environment.CurrentDirectory, "attest-demo");
            Directory.CreateDirectory(target);
            Environment.CurrentDirectory = target;

            // The demo is the real commands in order, so what it shows is exactly what a user gets.
            string[][] steps =
            [
                ["init"],
                ["add", samples],
                ["sources"],
                ["search", "Security Council"],
                ["verify"],
            ];
            foreach (var step in steps)
            {
                AnsiConsole.MarkupLine($"\n[bold blue]$ attest {Markup.Escape(string.Join(' ', step.Select(a => a.Contains(' ') ? $"\"{a}\"" : a)))}[/]");
                var code = await root.Parse(step).InvokeAsync(cancellationToken: cancellationToken);
                if (code != 0)
                {
                    return code;
                }
            }

            AnsiConsole.MarkupLine(
                $"\n[bold]The demo workspace is in {Markup.Escape(target)}.[/] The samples are fictional. To work on your own sources:\n" +
                "  cd YOUR-FOLDER && attest init\n  attest add FILES-FOLDERS-URLS-OR-FEEDS\n  attest search \"words\"   attest sources   attest verify");
            return 0;
        });
        return command;
    }
}
