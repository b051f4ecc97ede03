using Attest.Text.Knowledge;

namespace Attest.Text.Entities;

/// <summary>One candidate mention found by <see cref="EntityRecognizer"/>, before mentions are grouped into entities.</summary>
/// <param name="Name">The name it gives (a person's name without title; the surface text otherwise).</param>
/// <param name="Country">A nationality stated with it ("Indian Prime Minister …" → IND).</param>
public sealed record EntityMention(int Start, int End, MentionKind Kind, string Name, KnownEntity? Known = null, Role? Role = null, string? Country = null);

/// <summary>What a candidate mention is, and so how it is resolved.</summary>
public enum MentionKind
{
    /// <summary>A name in the shipped knowledge.</summary>
    Known,

    /// <summary>A personal name (possibly after a title).</summary>
    Person,

    /// <summary>An organisation name found by its head word.</summary>
    Organization,

    /// <summary>A collective actor ("Indian forces").</summary>
    Group,

    /// <summary>A place not in the gazetteer, known by what happened there ("the Srebrenica massacre").</summary>
    Place,

    /// <summary>A single capitalised word that may be part of a name seen elsewhere ("Imran", "Times").</summary>
    ShortName,

    /// <summary>An all-capitals word that may abbreviate a name seen elsewhere ("IPS").</summary>
    Acronym,

    /// <summary>A definite description that refers back to a person or organisation ("the premier", "the newspaper").</summary>
    Reference,
}
