using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace Marketplace.AppHost.Resources;

/// <summary>
/// PostgreSQL 15 as a foreground postmaster on 127.0.0.1, its cluster under <see cref="Home"/>, trust authentication
/// for the "postgres" superuser on loopback only. Its connection string names no database; databases are children.
/// </summary>
public sealed class PostgresServerResource(string name, string home, int port)
    : ExecutableResource(name, ServerUser.Command, home), IResourceWithConnectionString
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    public const string Superuser = "postgres";

    public int Port { get; } = port;

    public string Home { get; } = home;

    public string DataDirectory => Path.Combine(Home, "data");

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={Superuser}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");

    public string ConnectionStringFor(string database) => $"{ConnectionString};Database={database}";
}
