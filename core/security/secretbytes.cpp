#include "security/secretbytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace doudi::core {

void SecretBytes::wipe(void *data, size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

void SecretBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        wipe(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty() && text.data_ptr().d_ptr())
        wipe(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void SecretBytes::allocate(qsizetype size)
{
    m_size = size;
    m_data = size > 0 ? static_cast<char *>(m_memory->allocate(size_t(size), alignof(std::max_align_t))) : nullptr;
}

SecretBytes::SecretBytes(qsizetype size, std::pmr::memory_resource *memory) : m_memory(memory)
{
    allocate(size);
    if (m_data)
        std::memset(m_data, 0, size_t(size));
}

SecretBytes::SecretBytes(QByteArrayView bytes, std::pmr::memory_resource *memory) : m_memory(memory)
{
    allocate(bytes.size());
    if (m_data)
        std::memcpy(m_data, bytes.data(), size_t(bytes.size()));
}

SecretBytes::SecretBytes(const SecretBytes &other) : SecretBytes(other.view(), other.m_memory) {}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_memory(other.m_memory), m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        SecretBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_memory = other.m_memory;
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data) {
        wipe(m_data, size_t(m_size));
        m_memory->deallocate(m_data, size_t(m_size), alignof(std::max_align_t));
    }
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes out(utf8);
    wipe(utf8);
    return out;
}

} // namespace doudi::core
