using Aspire.Hosting.ApplicationModel;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.AppHost.Tests;

/// <summary>Issue #9, item 8: the database server's log never carries row contents, statements or parameters.</summary>
public sealed class PostgresLogPrivacyTests
{
    [Test]
    public async Task A_failing_insert_is_logged_without_the_row_the_statement_or_its_parameters()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var secret = "jane.doe+" + Guid.NewGuid().ToString("N") + "@example.com";
        var marker = "privacy_" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = new NpgsqlConnection(await infrastructure.CreateDatabaseAsync("privacy"));
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"create table {marker} (email text not null, age int check (age > 0))", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var insert = new NpgsqlCommand($"insert into {marker} (email, age) values (@email, -1)", connection);
        insert.Parameters.AddWithValue("email", secret);
        var failure = Assert.ThrowsAsync<PostgresException>(async () => await insert.ExecuteNonQueryAsync());
        Assume.That(failure!.SqlState, Is.EqualTo(PostgresErrorCodes.CheckViolation));

        var log = await ReadLogUntilAsync(infrastructure, line => line.Contains($"\"{marker}\"", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(log, Has.Some.Contains("violates check constraint"), "the error itself is logged");
            Assert.That(log, Has.None.Contains(secret), "no row contents or parameter values");
            Assert.That(log, Has.None.Contains("Failing row contains"));
            Assert.That(log, Has.None.Contains("STATEMENT:"));
        });
    }

    /// <summary>The server's console log as Aspire collected it, up to the first line matching <paramref name="until"/> (and a moment after).</summary>
    private static async Task<List<string>> ReadLogUntilAsync(TestInfrastructure infrastructure, Func<string, bool> until)
    {
        var lines = new List<string>();
        var logs = infrastructure.Application.Services.GetRequiredService<ResourceLoggerService>();
        // By resource, not by name: Aspire keys the log streams by the running instance's name (postgres-xxxxxxxx).
        var postgres = infrastructure.Application.Services.GetRequiredService<DistributedApplicationModel>()
            .Resources.Single(r => r.Name == "postgres");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seenAt = (DateTime?)null;
        try
        {
            await foreach (var batch in logs.WatchAsync(postgres).WithCancellation(timeout.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
                if (seenAt is null && batch.Any(l => until(l.Content)))
                {
                    seenAt = DateTime.UtcNow;
                    timeout.CancelAfter(TimeSpan.FromSeconds(2)); // a DETAIL or STATEMENT line would follow at once
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Read what there was.
        }

        Assert.That(seenAt, Is.Not.Null, "the error reached the server log");
        return lines;
    }
}
