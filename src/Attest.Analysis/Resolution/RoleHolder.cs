using Attest.Core.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>A person record holding a role: one entry of the role-holder table.</summary>
public sealed record RoleHolder(KnowledgeRecord Record, RecordRole Role);
