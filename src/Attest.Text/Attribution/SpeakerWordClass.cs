namespace Attest.Text.Attribution;

/// <summary>What a word says about the speaker phrase it appears in (from data/knowledge/attribution-sources.tsv).</summary>
public enum SpeakerWordClass
{
    None,
    AnonymousHead,
    AnonymousMarker,
    Document,
    RolePerson,
    RolePublication,
    RoleOrganization,
    GroupNoun,

    /// <summary>A noun for a person who holds no office ("woman", "teacher", "voter"): a description, never an organisation.</summary>
    PersonNoun,
}
