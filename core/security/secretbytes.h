#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory_resource>

namespace doudi::core {

// Bytes of a secret (a password, a derived key, the database key) that are overwritten before
// their memory goes back to the allocator: a freed heap block keeps its contents until reused,
// so without this a core dump or a read of the process's memory would find old keys.
//
// Unlike QByteArray it is never shared behind the caller's back: a copy is a deep copy, and
// each copy is wiped in its turn. The memory resource is a seam for the wiping test, which
// gives a buffer that outlives the object; everyone else takes the default (new/delete).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size, std::pmr::memory_resource *memory = std::pmr::get_default_resource());
    explicit SecretBytes(QByteArrayView bytes, std::pmr::memory_resource *memory = std::pmr::get_default_resource());
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    // The UTF-8 of text; the temporary encoding is wiped (text itself is the caller's).
    static SecretBytes fromUtf8(const QString &text);

    char *data() { return m_data; }
    const char *constData() const { return m_data; }
    const unsigned char *bytes() const { return reinterpret_cast<const unsigned char *>(m_data); }
    unsigned char *bytes() { return reinterpret_cast<unsigned char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    // A plain copy for an API that takes QByteArray; wiping it is then the caller's duty.
    QByteArray toByteArray() const { return QByteArray(m_data, m_size); }

    // Overwrites and frees the bytes now rather than at destruction.
    void clear();

    // Overwrites memory in a way the compiler may not drop as a dead store.
    static void wipe(void *data, size_t size);
    // Overwrites a QByteArray's bytes (its own copy, if it was shared) and empties it.
    static void wipe(QByteArray &bytes);
    // Overwrites a QString's characters where they lie, every copy that shares them included
    // (a key's text handed to an API that keeps a copy), and empties it. Text in read-only
    // memory (a literal) is only let go.
    static void wipe(QString &text);

private:
    void allocate(qsizetype size);

    std::pmr::memory_resource *m_memory = std::pmr::get_default_resource();
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace doudi::core
