using Microsoft.Extensions.Options;

namespace IWlz.Client.Storage;

/// <summary>Validates <see cref="SqliteStorageOptions"/> on start, naming each wrong setting.</summary>
internal sealed class SqliteStorageOptionsValidator : IValidateOptions<SqliteStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStorageOptions options)
    {
        var errors = Collect(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static List<string> Collect(SqliteStorageOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            errors.Add($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.DatabasePath)} is required.");
        }
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.DatabasePath)} contains characters that are not valid in a path.");
        }

        if (!Enum.IsDefined(options.Synchronous))
        {
            errors.Add($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.Synchronous)} must be Full or Normal.");
        }

        if (options.BusyTimeout < TimeSpan.FromMilliseconds(100) || options.BusyTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.BusyTimeout)} must be between 100 ms and 5 minutes (was {options.BusyTimeout}).");
        }

        if (options.MaxWriteBatchSize is < 1 or > 10_000)
        {
            errors.Add($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.MaxWriteBatchSize)} must be between 1 and 10000 (was {options.MaxWriteBatchSize}).");
        }

        return errors;
    }

    internal static void ThrowIfInvalid(SqliteStorageOptions options)
    {
        var errors = Collect(options);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(nameof(SqliteStorageOptions), typeof(SqliteStorageOptions), errors);
        }
    }
}
