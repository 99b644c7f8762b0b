using System.Reflection;
using Dapper;
using Marketplace.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Pgvector.Npgsql;

namespace Marketplace.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database, from ConnectionStrings:{connectionName} (Aspire's convention):
    /// an NpgsqlDataSource, Dapper's snake_case mapping, a health check, and the migration runner, which
    /// applies the outbox and inbox tables and then the service's embedded Data/Migrations/*.sql at start.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string connectionName, Assembly migrationsAssembly)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(new VectorTypeHandler());
        builder.Services.AddSingleton(_ =>
        {
            var dataSource = new NpgsqlDataSourceBuilder(connectionString) { Name = connectionName };
            dataSource.UseVector();
            return dataSource.Build();
        });
        builder.Services.AddSingleton(new MigrationSet(connectionName, [typeof(DataExtensions).Assembly, migrationsAssembly]));
        builder.Services.AddHostedService<MigrationRunner>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return builder;
    }
}
