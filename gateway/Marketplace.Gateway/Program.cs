var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

/// <summary>The entry point, public so that tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
