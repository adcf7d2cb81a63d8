#include "common/error.h"

namespace doudi::core {

QString Error::fullText() const
{
    return m_detail.isEmpty() ? m_message : m_message + QStringLiteral(" (") + m_detail + u')';
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::WrongCredentials:
        return QStringLiteral("wrong_credentials");
    case ErrorCode::LockedOut:
        return QStringLiteral("locked_out");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Keychain:
        return QStringLiteral("keychain");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::NotAllowed:
        return QStringLiteral("not_allowed");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Stale:
        return QStringLiteral("stale");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

ErrorCode Error::codeFromName(const QString &name)
{
    for (int c = int(ErrorCode::InvalidInput); c <= int(ErrorCode::Internal); ++c) {
        if (codeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    }
    return ErrorCode::Internal;
}

} // namespace doudi::core
