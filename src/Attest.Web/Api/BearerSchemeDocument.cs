using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attest.Web.Api;

/// <summary>Declares in the OpenAPI description that every API call needs a bearer token, so clients generated from it send one.</summary>
public sealed class BearerSchemeDocument : IOpenApiDocumentTransformer
{
    public const string SchemeId = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A user's API token from `attest users token NAME`, sent as `Authorization: Bearer TOKEN`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] });
        return Task.CompletedTask;
    }
}
