using Dapper;
using MassTransit;
using Npgsql;

namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effects commit together with an inbox row keyed by (message id, consumer): a redelivered
/// or republished message finds its row and changes nothing. Concurrent duplicates serialize on the row's key.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(NpgsqlDataSource dataSource) : IConsumer<TMessage>
    where TMessage : class
{
    private string ConsumerName => GetType().FullName!;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new MessageValidationException("The message has no message id.");
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        var first = await connection.ExecuteAsync(
            "insert into inbox_messages (message_id, consumer) values (@MessageId, @Consumer) on conflict do nothing",
            new { MessageId = messageId, Consumer = ConsumerName },
            transaction);
        if (first == 0)
        {
            return;
        }

        await HandleAsync(context, connection, transaction);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message using <paramref name="connection"/> in <paramref name="transaction"/>; commit is done by the base.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, NpgsqlConnection connection, NpgsqlTransaction transaction);
}
