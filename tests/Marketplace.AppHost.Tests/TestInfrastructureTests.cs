using System.Net;
using System.Net.Sockets;
using Marketplace.AppHost.Resources;
using Marketplace.Testing;
using Npgsql;
using StackExchange.Redis;

namespace Marketplace.AppHost.Tests;

public sealed class TestInfrastructureTests
{
    private TestInfrastructure infrastructure = null!;

    [OneTimeSetUp]
    public async Task StartInfrastructure() => infrastructure = await TestInfrastructure.GetAsync();

    [Test]
    public async Task Created_database_is_empty_and_can_install_pgvector_cube_and_earthdistance()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("hosting");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand("select count(*) from pg_tables where schemaname = 'public'", connection);
        Assert.That(await tables.ExecuteScalarAsync(), Is.EqualTo(0L));

        await using var extensions = new NpgsqlCommand(
            """
            create extension vector;
            create extension cube;
            create extension earthdistance;
            select '[1,0,0]'::vector <=> '[0,1,0]'::vector;
            """, connection);
        Assert.That(await extensions.ExecuteScalarAsync(), Is.EqualTo(1.0d));
    }

    [Test]
    public async Task Each_created_database_has_its_own_name()
    {
        var first = new NpgsqlConnectionStringBuilder(await infrastructure.CreateDatabaseAsync("same")).Database;
        var second = new NpgsqlConnectionStringBuilder(await infrastructure.CreateDatabaseAsync("same")).Database;

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public async Task Redis_answers_commands()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);
        var key = "hosting:" + Guid.NewGuid();

        await redis.GetDatabase().StringSetAsync(key, "value");

        Assert.That((string?)await redis.GetDatabase().StringGetAsync(key), Is.EqualTo("value"));
    }

    [Test]
    public async Task Every_server_listens_on_loopback_only()
    {
        var listeners = await File.ReadAllLinesAsync("/proc/net/tcp");
        int[] ports = [infrastructure.PostgresPort, infrastructure.RabbitMqPort, infrastructure.RabbitMqPort + 1,
            infrastructure.RabbitMqPort + 2, infrastructure.RedisPort];

        // /proc/net/tcp: local address as hex ip:port; state 0A is LISTEN; 0100007F is 127.0.0.1.
        var bound = listeners.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A")
            .Select(f => (Address: f[1].Split(':')[0], Port: Convert.ToInt32(f[1].Split(':')[1], 16)))
            .Where(l => ports.Contains(l.Port))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(bound.Select(b => b.Port).Distinct(), Is.EquivalentTo(ports), "each port listens");
            Assert.That(bound.Where(b => b.Address != "0100007F"), Is.Empty, "no listener outside 127.0.0.1");
        });
    }

    [Test]
    public async Task Stopping_RabbitMQ_through_Aspire_drops_open_connections_and_closes_the_port_until_it_starts_again()
    {
        var port = infrastructure.RabbitMqPort;
        using var open = new TcpClient();
        await open.ConnectAsync(IPAddress.Loopback, port);
        await open.GetStream().WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray());
        var start = new byte[7];
        await open.GetStream().ReadExactlyAsync(start);

        await infrastructure.StopRabbitMqAsync();

        Assert.That(await ReadsToEndAsync(open.GetStream()), Is.True, "the open connection was closed");

        await infrastructure.StartRabbitMqAsync();

        Assert.That(await AmqpHealthCheck.IsReadyAsync(port, CancellationToken.None), Is.True);
    }

    private static async Task<bool> ReadsToEndAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await stream.ReadAsync(buffer, timeout.Token) > 0)
            {
                // The broker may send Connection.Close before it closes the socket.
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
