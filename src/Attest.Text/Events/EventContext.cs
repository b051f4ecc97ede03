namespace Attest.Text.Events;

/// <summary>What must hold around a pattern's first word for it to report an event (see data/knowledge/cameo-verbs.tsv).</summary>
public enum EventContext
{
    /// <summary>The word is used as a verb: not after a determiner.</summary>
    Verb,

    /// <summary>An event noun: coded only when a light verb, "there were" or "was held"/"came from" makes it happen.</summary>
    Noun,

    /// <summary>A verb whose object is what is talked about, not a party ("discussed Afghanistan"): the target is the one it is
    /// done "with", if any.</summary>
    Topic,

    /// <summary>A verb whose subject is whom the event happened to ("embraced martyrdom", "sustained injuries"): read like a
    /// passive.</summary>
    Undergone,

    /// <summary>"called X": a phone call only when X names a person or a state.</summary>
    Callee,

    /// <summary>"described X as Y": a criticism only when Y is a slur.</summary>
    Pejorative,

    /// <summary>A phrase that is not an event ("requesting anonymity"); listed so that a shorter pattern does not fire.</summary>
    Ignore,
}
