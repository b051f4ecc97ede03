using System.Security.Claims;
using Attest.Core.Sources;
using Attest.Reports.Model;

namespace Attest.Web.Accounts;

/// <summary>
/// The exports' rule for sensitive fields (<see cref="Sensitivity"/>), applied to what a signed-in reader sees: the local path a
/// source was added from is reduced to its file name unless the reader's role may see sensitive fields.
/// </summary>
public static class SensitiveFields
{
    public static string Origin(ClaimsPrincipal reader, string origin) => Sensitivity.SourceOrigin(origin, UserPrincipal.SeesSensitive(reader));

    public static SourceMetadata Metadata(ClaimsPrincipal reader, SourceMetadata metadata) =>
        metadata with { Origin = Origin(reader, metadata.Origin) };
}
