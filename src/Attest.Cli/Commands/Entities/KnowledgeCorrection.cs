namespace Attest.Cli.Commands.Entities;

/// <summary>Runs one correction and turns a refused one (unknown or ambiguous record) into one clear line and exit code 1.</summary>
public static class KnowledgeCorrection
{
    public static int Run(Func<string> correction)
    {
        try
        {
            Console.Out.WriteLine(correction());
            return 0;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
