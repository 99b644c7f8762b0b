namespace Marketplace.AppHost.Model;

/// <summary>
/// The fixed local ports (docs/adr/0010), all shifted by --port-offset: services 5101–5106 in the order they are
/// added, PostgreSQL 5110, RabbitMQ 5111 (Erlang distribution 5112, epmd 5113), Redis 5114, gateway 8080,
/// dashboard 18888. --gateway-port and --dashboard-port set those two exactly.
/// </summary>
public sealed class PortPlan(AppHostOptions options)
{
    private int nextService = 5101;

    public int Postgres => 5110 + options.PortOffset;

    public int RabbitMq => 5111 + options.PortOffset;

    public int RabbitMqDistribution => 5112 + options.PortOffset;

    public int Epmd => 5113 + options.PortOffset;

    public int Redis => 5114 + options.PortOffset;

    public int Dashboard => options.DashboardPort ?? 18888 + options.PortOffset;

    public int Gateway(int? requested) => options.GatewayPort ?? (requested ?? 8080) + options.PortOffset;

    public int NextService()
    {
        if (nextService > 5109)
        {
            throw new InvalidOperationException("More than nine services: widen the port block in PortPlan.");
        }

        return nextService++ + options.PortOffset;
    }
}
