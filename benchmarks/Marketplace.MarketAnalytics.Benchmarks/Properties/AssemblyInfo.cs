using System.Runtime.Versioning;

// The test infrastructure runs PostgreSQL, RabbitMQ and Redis as Linux processes.
[assembly: SupportedOSPlatform("linux")]
