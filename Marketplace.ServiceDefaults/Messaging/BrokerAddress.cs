namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>The broker from ConnectionStrings:messaging, an AMQP URI as Aspire writes it (amqp://user:pass@host:port/vhost).</summary>
public sealed record BrokerAddress(Uri Uri)
{
    public string Host => Uri.Host;

    public ushort Port => (ushort)(Uri.IsDefaultPort ? 5672 : Uri.Port);

    public string VirtualHost => Uri.AbsolutePath is "" or "/" ? "/" : Uri.UnescapeDataString(Uri.AbsolutePath.TrimStart('/'));

    public string UserName => Credential(0) ?? "guest";

    public string Password => Credential(1) ?? "guest";

    private string? Credential(int index)
    {
        var parts = Uri.UserInfo.Split(':', 2);
        return parts.Length > index && parts[index].Length > 0 ? Uri.UnescapeDataString(parts[index]) : null;
    }
}
