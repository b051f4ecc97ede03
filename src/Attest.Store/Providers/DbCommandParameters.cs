using System.Data.Common;

namespace Attest.Store.Providers;

/// <summary>Adds named parameters the same way on every engine; null becomes DBNull.</summary>
public static class DbCommandParameters
{
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
