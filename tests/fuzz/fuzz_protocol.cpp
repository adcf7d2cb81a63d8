// libFuzzer's entry point for the sync protocol's decoders (issue 11): each input goes to every
// decoder with the invariants of protocolinvariants.h; a broken one aborts, which libFuzzer
// reports as a crash with the input saved. Built with DOUDI_FUZZ=ON and clang (tests/fuzz/
// CMakeLists.txt), run as: fuzz_protocol -runs=200000 -dict=tests/fuzz/protocol.dict
// <scratch corpus folder> tests/fuzz/corpus
#include "fuzz/protocolinvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList broken = doudi::fuzz::checkBytes(bytes);
    if (broken.isEmpty())
        return 0;
    for (const QString &line : broken)
        std::fprintf(stderr, "fuzz_protocol: %s\n", line.toUtf8().constData());
    std::abort();
}
