using System.CommandLine;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest demo</c>: a workspace with the fictional sample documents, ingested and searchable, by running the real commands.</summary>
public static class DemoCommand
{
    public static Command Create(RootCommand root)
    {
        var folder = new Argument<DirectoryInfo?>("folder") { Description = "Where to make the demo workspace (default: ./attest-demo).", Arity = ArgumentArity.ZeroOrOne };
        var noServe = new Option<bool>("--no-serve") { Description = "Do not start the web application afterwards." };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 for the web application (0 picks a free one).", DefaultValueFactory = _ => ServeCommand.DefaultPort };
        var command = new Command("demo", "Make a demo workspace from the fictional samples shipped with Attest (and the seed corpus when it is beside the repository), search and verify it, then open it in the web application.")
        {
            folder, noServe, port,
        };
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
            string[] inputs = DemoSeeds.Find() is { } seeds ? [samples, seeds] : [samples];
            string[][] steps =
            [
                ["init"],
                ["add", .. inputs],
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

            // A fresh password on every run: it is printed once and only its Argon2id hash is kept.
            var password = DemoAccount.Ensure(target, CommonOptions.DatabaseOf(parse));
            Console.Out.WriteLine($"\nWeb application user: {DemoAccount.Name}   password: {password}   (role admin; made for this demo)");
            if (parse.GetValue(noServe))
            {
                Console.Out.WriteLine($"Start the web application with: cd {target} && attest serve");
                return 0;
            }

            return await ServeCommand.Run(target, CommonOptions.DatabaseOf(parse), $"http://127.0.0.1:{parse.GetValue(port)}", cancellationToken);
        });
        return command;
    }
}
