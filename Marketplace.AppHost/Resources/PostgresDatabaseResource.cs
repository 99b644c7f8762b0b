using Aspire.Hosting.ApplicationModel;

namespace Marketplace.AppHost.Resources;

/// <summary>A database in a <see cref="PostgresServerResource"/>; created by its health check if missing.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource parent)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public PostgresServerResource Parent { get; } = parent;

    public string DatabaseName => Name;

    public string ConnectionString => Parent.ConnectionStringFor(DatabaseName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
