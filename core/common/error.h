#pragma once

#include <QString>

namespace doudi::core {

// What went wrong, in a form a caller can branch on. The message is already translated
// and written for the person at the keyboard; the detail is technical and only logged.
enum class ErrorCode
{
    InvalidInput, // the person gave something we cannot accept
    NotFound,
    AlreadyExists,
    WrongCredentials,
    LockedOut, // too many failed unlock attempts: wait
    Locked,    // the profile is locked; unlock first
    Storage,   // the database refused an operation
    Corrupt,   // a file is damaged or not ours
    Crypto,
    Keychain,
    Io,
    Unsupported,
    NotAllowed, // the procedure does not allow this now, or not for this role
    Cancelled,
    Busy,  // another program holds what this needs (the profile during a rekey)
    Stale, // the record changed since it was loaded: reload, then edit again
    Internal,
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    // The message with the technical detail appended, for logs and CLI diagnostics.
    QString fullText() const;
    // A stable machine name for the code, e.g. "invalid_input" (CLI JSON, tests).
    static QString codeName(ErrorCode code);
    // The code a codeName() names; Internal for a name no code has.
    static ErrorCode codeFromName(const QString &name);

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QString m_detail;
};

} // namespace doudi::core
