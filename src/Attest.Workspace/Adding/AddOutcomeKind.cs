namespace Attest.Workspace.Adding;

/// <summary>What happened to one input (or one item of a folder or feed).</summary>
public enum AddOutcomeKind
{
    Added,
    AlreadyPresent,
    Failed,
}
