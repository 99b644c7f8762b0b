using Marketplace.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();   // Extensions/: YARP routes from the service addresses, Redis-backed rate limits

var app = builder.Build();
app.UseGatewayEdge();           // correlation id, rate limit, invalid tokens: before anything else answers
app.MapDefaultEndpoints(guardInput: false); // problem details, authentication, /health, /alive; input checks are the services'
app.MapGateway();               // /api/v1/** and /openapi/<service>.json to the services; /dev/tokens in Development
app.Run();

/// <summary>The entry point, public so that tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
