using System.CommandLine;
using System.Text.Json;
using Attest.Workspace.Verifying;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest verify</c>: recomputes every hash and walks the audit chain; non-zero exit when anything is wrong.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("verify", "Recompute every blob's SHA-256 and check the audit chain end to end; name every break.") { json };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var verifier = new WorkspaceVerifier(workspace);
            VerificationReport report;
            if (!parse.GetValue(json) && AnsiConsole.Profile.Capabilities.Interactive)
            {
                report = AnsiConsole.Status().Start("Verifying…", context =>
                    verifier.Verify(new Progress<int>(n => context.Status($"Verifying… {n} source(s) checked"))));
            }
            else
            {
                report = verifier.Verify();
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Default.VerificationReport));
            }
            else
            {
                foreach (var problem in report.Problems)
                {
                    Console.Out.WriteLine($"BROKEN  {problem}");
                }

                Console.Out.WriteLine(report.Ok
                    ? $"OK: {report.SourcesChecked} source(s) match their hashes; the audit chain of {report.AuditEntriesChecked} entries is intact."
                    : $"FAILED: {report.Problems.Count} problem(s) in {report.SourcesChecked} source(s) and {report.AuditEntriesChecked} audit entries.");
            }

            return report.Ok ? 0 : 1;
        });
        return command;
    }
}
