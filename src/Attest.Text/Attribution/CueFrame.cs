namespace Attest.Text.Attribution;

/// <summary>How a cue word arranges its speaker and its content around itself.</summary>
public enum CueFrame
{
    /// <summary>"X said [that] C", "C, X said": a bare clause may follow the cue.</summary>
    Say,

    /// <summary>Like <see cref="Say"/>, but content after the cue needs "that", ":" or a quotation ("X noted that C").</summary>
    SayThat,

    /// <summary>"X told Y [that] C": an addressee sits between cue and content.</summary>
    Tell,

    /// <summary>"X urged Y to …": an appeal, a claim only when it carries a quotation.</summary>
    Directive,

    /// <summary>"X accused Y of C", "X described Y as C": the content starts at the object.</summary>
    Accuse,

    /// <summary>"X's response that C": a noun of saying followed by "that".</summary>
    Noun,

    /// <summary>"According to X, C" and "C, according to X".</summary>
    According,

    /// <summary>"X believes C", "X wants to C": a reported belief or intention, read only from the parse (its subject and
    /// the clause it governs), since the bare word is too often something else ("I think", "plans for the dam").</summary>
    Belief,

    /// <summary>"X called Y a liar": what the speaker calls someone, read from the parse only (the object and the name
    /// given to it), since "a group called Hamas" and "called the meeting" say nothing.</summary>
    Naming,
}
