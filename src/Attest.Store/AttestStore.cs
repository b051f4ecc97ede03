using Attest.Store.Accounts;
using Attest.Store.Audit;
using Attest.Store.Copies;
using Attest.Store.Corroboration;
using Attest.Store.Extractions;
using Attest.Store.Knowledge;
using Attest.Store.Migrations;
using Attest.Store.Providers;
using Attest.Store.Reviews;
using Attest.Store.Search;
using Attest.Store.Sources;

namespace Attest.Store;

/// <summary>The workspace database: sources, their extractions, search and the audit log, on whichever engine was chosen.</summary>
public sealed class AttestStore : IDisposable
{
    internal AttestStore(IStoreProvider provider)
    {
        Provider = provider;
        Audit = new AuditLog(provider);
        Sources = new SourceStore(provider, Audit);
        Search = new SearchIndex(provider);
        Extractions = new ExtractionStore(provider, Audit);
        Knowledge = new KnowledgeStore(provider, Audit);
        Copies = new CopyStore(provider, Audit);
        Corroboration = new CorroborationStore(provider, Audit);
        Accounts = new AccountStore(provider, Audit);
        Reviews = new ReviewStore(provider, Audit);
        Incidents = new IncidentStore(provider, Audit);
    }

    public IStoreProvider Provider { get; }
    public SourceStore Sources { get; }
    public AuditLog Audit { get; }
    public SearchIndex Search { get; }
    public ExtractionStore Extractions { get; }
    public KnowledgeStore Knowledge { get; }
    public CopyStore Copies { get; }
    public CorroborationStore Corroboration { get; }
    public AccountStore Accounts { get; }
    public ReviewStore Reviews { get; }
    public IncidentStore Incidents { get; }

    public IReadOnlyList<Migration> Migrate() => Migrator.Apply(Provider);

    public void Dispose() => (Provider as IDisposable)?.Dispose();
}
