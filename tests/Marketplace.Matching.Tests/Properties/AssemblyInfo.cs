using System.Runtime.Versioning;

// The test infrastructure runs PostgreSQL, RabbitMQ and Redis as local Linux processes.
[assembly: SupportedOSPlatform("linux")]
