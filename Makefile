# make install [PREFIX=DIR]          build a release vanban (Swift stdlib linked statically on
#                                     Linux) and copy it to PREFIX/bin (default: /usr/local when
#                                     writable, else ~/.local) — see scripts/install.sh
# make test                          the README's test command
.PHONY: build install test
build:
	swift build -c release
install:
	scripts/install.sh $(PREFIX)
test:
	swift test
