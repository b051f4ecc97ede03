using AngleSharp.Dom;

namespace Attest.Web.Tests.Pages.Incidents;

/// <summary>The incident form's fields as a browser posts them, with invented values that pass every check unless a test changes one.</summary>
public static class IncidentForms
{
    public static Dictionary<string, string> Valid(string sourceId, string place) => new()
    {
        ["Form.Occurred"] = "2019-08-09",
        ["Form.Place"] = place,
        ["Form.ViolationType"] = "injury",
        ["Form.Perpetrators"] = "unidentified armed men",
        ["Form.Victims"] = "two farmers",
        ["Form.VictimCount"] = "2",
        ["Form.Sources"] = sourceId,
    };

    /// <summary>Posts <paramref name="fields"/> to the form on <paramref name="path"/> with that form's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string path, IReadOnlyDictionary<string, string> fields)
    {
        var token = await AttestWebFactory.FormToken(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>The message the refused form shows in its alert.</summary>
    public static async Task<string> Alert(HttpResponseMessage response)
    {
        var page = HtmlPages.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[role=alert]") is IElement alert ? HtmlPages.Text(alert) : "(no alert on the page)";
    }
}
