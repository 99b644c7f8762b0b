using Marketplace.EmergencyDispatch.Api.Apis;
using Marketplace.EmergencyDispatch.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEmergencyDispatchServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapEmergencyDispatchApi();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
