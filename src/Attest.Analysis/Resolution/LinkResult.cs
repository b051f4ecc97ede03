using Attest.Core.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>The links of one document's entities (one per entity, in entity order) and the candidate records proposed for the unknown ones (one per id).</summary>
public sealed record LinkResult(IReadOnlyList<EntityLink> Links, IReadOnlyList<KnowledgeRecord> Candidates);
