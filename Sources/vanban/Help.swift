import VanBan

/// Help texts, Vietnamese by default, English with `--lang en`.
enum Help {
    static func main(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban \(VanBan.version) — đọc và kiểm tra văn bản Đảng, văn bản hành chính (chương trình, kế hoạch, nghị quyết)

            Cách dùng:
              vanban parse TỆP|-        Phân tích văn bản, in bản ghi JSON (hội nghị, tháng, nội dung, chỉ tiêu, phụ lục…)
              vanban normalize TỆP|-    Chuẩn hoá văn bản: UTF-8 NFC, một kiểu bỏ dấu, đổi bảng mã cũ (TCVN3, VNI…)
              vanban lint TỆP…|THƯ-MỤC|- Kiểm tra dự thảo trước khi trình ký: năm, số hội nghị, kỷ niệm, chính tả…
                                         (--format html: báo cáo xem bằng trình duyệt, có lịch chương trình)
              vanban batch THƯ-MỤC… --out KQ  Xử lý cả thư mục (song song): mỗi tệp một JSON, kèm summary.csv
                                         (--html: thêm báo cáo HTML cho từng tệp và trang index.html)
              vanban export TỆP… --csv KQ.csv  Xuất các nội dung theo lịch (hội nghị, tháng) ra bảng CSV cho Excel
              vanban rules               Danh sách các quy tắc kiểm tra
              vanban help [LỆNH]         Trợ giúp này, hoặc trợ giúp của một lệnh (như: vanban LỆNH --help)
              vanban --version           Phiên bản

            Tùy chọn chung:
              --lang vi|en               Ngôn ngữ thông báo (mặc định: tiếng Việt; tiếng Anh khi LANG=en…)
              --encoding TÊN             Bảng mã đầu vào: utf-8, utf-16, utf-16le, utf-16be, cp1258, tcvn3, vni, viqr (mặc định: tự nhận)
              --tone-style old|new|keep  Kiểu bỏ dấu oa/oe/uy: cũ (hòa), mới (hoà), keep = theo đa số trong văn bản

            Mã thoát: 0 thành công; 1 có lỗi ở mức chặn; 2 không đọc được đầu vào hoặc sai cú pháp lệnh.

            Ví dụ:
              vanban parse chuong-trinh-2026.txt > ban-ghi.json
              cat du-thao.txt | vanban parse - --compact
              vanban lint du-thao.txt
              vanban lint du-thao.txt --format html > bao-cao.html
              vanban export chuong-trinh-toan-khoa.txt --csv lich.csv
            """
        case .en:
            return """
            vanban \(VanBan.version) — reads and checks Vietnamese Party and administrative documents

            Usage:
              vanban parse FILE|-        Parse a document and print its record as JSON
              vanban normalize FILE|-    Normalise text: UTF-8 NFC, one tone-mark style, legacy encodings converted
              vanban lint FILE…|DIR|-   Check a draft before signing: years, meeting numbers, anniversaries, spelling…
                                         (--format html: a report for the browser, with the programme's calendar)
              vanban batch DIR… --out OUT  Process whole folders in parallel: one JSON per file plus summary.csv
                                         (--html: also an HTML report per file and an index.html)
              vanban export FILE… --csv OUT.csv  Export the scheduled items (meetings, months) as CSV for Excel
              vanban rules               List the lint rules
              vanban help [COMMAND]      This help, or a command's help (same as: vanban COMMAND --help)
              vanban --version           Version

            Common options:
              --lang vi|en               Language of messages (default: Vietnamese; English when LANG=en…)
              --encoding NAME            Input encoding: utf-8, utf-16, utf-16le, utf-16be, cp1258, tcvn3, vni, viqr (default: detected)
              --tone-style old|new|keep  oa/oe/uy tone marks: old (hòa), new (hoà), keep = the document's majority

            Exit codes: 0 success; 1 findings at or above the fail level; 2 unreadable input or bad usage.

            Examples:
              vanban parse programme-2026.txt > record.json
              cat draft.txt | vanban parse - --compact
              vanban lint draft.txt --lang en
              vanban lint draft.txt --format html --lang en > report.html
              vanban lint draft.docx --format docx --output reviewed.docx
              vanban export full-term-programme.txt --csv schedule.csv --lang en
            """
        }
    }

    static func parse(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban parse TỆP|- [--compact]

            Phân tích một văn bản (tệp, hoặc - để đọc từ đầu vào chuẩn) và in bản ghi JSON:
            phần đầu (loại, số, địa danh, ngày, tiêu đề, nhiệm kỳ), căn cứ, cây mục, các hội nghị,
            kế hoạch từng tháng, nội dung và cơ quan chuẩn bị, chỉ tiêu, phụ lục, nơi nhận, chữ ký.
            Mỗi phần tử kèm vị trí (dòng, cột) trong tệp gốc.

              --compact     In JSON trên một dòng

            Ví dụ:
              vanban parse corpus/001_c8064ae758f1624a.txt
              vanban parse du-thao.txt --compact > ban-ghi.json
              cat du-thao.txt | vanban parse -
            """
        case .en:
            return """
            vanban parse FILE|- [--compact]

            Parses one document (a file, or - for standard input) and prints its record as JSON:
            header (type, number, place, date, title, term), legal bases, section tree, meetings,
            monthly plans, items with preparers, targets, appendices, recipients, signature.
            Every node carries its line and column in the original file.

              --compact     Print the JSON on one line

            Examples:
              vanban parse corpus/001_c8064ae758f1624a.txt
              vanban parse draft.txt --compact > record.json
              cat draft.txt | vanban parse -
            """
        }
    }

    static func normalize(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban normalize TỆP|- [--output TỆP] [--reflow] [--encoding TÊN] [--tone-style old|new|keep]

            Chuẩn hoá một văn bản và in ra UTF-8 (NFC): đổi bảng mã cũ (TCVN3/ABC, VNI, Windows-1258, VIQR,
            UTF-16) sang Unicode, ghép dấu tách rời (NFD), đưa dấu thanh của oa/oe/uy về một kiểu.
            Mặc định giữ nguyên từng dòng để có thể so sánh dòng với dòng.

              --output TỆP            Ghi ra tệp (ghi an toàn: tệp tạm rồi đổi tên) thay vì ra màn hình
              --reflow                Nối lại các dòng bị ngắt của bản PDF, bỏ số trang đứng riêng, bỏ dấu nhấn
                                      Markdown (*), sửa khoảng trắng trong ngoặc và quanh gạch nối khoảng số
              --encoding TÊN          Chỉ định bảng mã: \(TextEncoding.choices)
              --tone-style KIỂU       old: hòa, khỏe, thủy; new: hoà, khoẻ, thuỷ; keep (mặc định): theo đa số

            Ví dụ:
              vanban normalize van-ban-tcvn3.txt --output van-ban-unicode.txt
              vanban normalize ban-pdf.txt --reflow --tone-style new
            """
        case .en:
            return """
            vanban normalize FILE|- [--output FILE] [--reflow] [--encoding NAME] [--tone-style old|new|keep]

            Normalises one document and prints it as UTF-8 (NFC): legacy encodings (TCVN3/ABC, VNI,
            Windows-1258, VIQR, UTF-16) converted, decomposed marks composed, oa/oe/uy tone marks in one
            style. Lines stay where they were unless --reflow, so the result diffs line for line.

              --output FILE           Write to FILE (atomically: temporary file, then rename)
              --reflow                Rejoin PDF line wraps, drop lone page numbers and Markdown emphasis (*),
                                      fix spacing inside brackets and around dashes in ranges
              --encoding NAME         Force the input encoding: \(TextEncoding.choices)
              --tone-style STYLE      old: hòa, khỏe, thủy; new: hoà, khoẻ, thuỷ; keep (default): the majority

            Examples:
              vanban normalize tcvn3-file.txt --output unicode-file.txt
              vanban normalize pdf-dump.txt --reflow --tone-style new
            """
        }
    }

    static func lint(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban lint TỆP…|THƯ-MỤC…|- [--format text|json|sarif|html|github|junit|docx] [-o TỆP] [--fail-level MỨC]
                              [--fix [--output TỆP] | --diff] [--select MÃ,…] [--ignore MÃ,…] [--exclude MẪU]
                              [--statistics] [-q] [--exit-zero] [--color always|never|auto] [--stdin-filename TÊN]
                              [--config TỆP | --no-config] [--lang vi|en] [--encoding TÊN]

            Kiểm tra dự thảo văn bản và báo những chỗ sai: năm không khớp với mục, số thứ tự Hội nghị nhảy cóc,
            tháng chuẩn bị nhầm Hội nghị, số năm kỷ niệm, thứ trong tuần, chỉ tiêu mâu thuẫn, chính tả, khoảng trắng…
            Mỗi dòng báo: tệp:dòng:cột: mức: nội dung [mã-quy-tắc]. Xem các quy tắc: vanban rules.
            THƯ-MỤC: kiểm tra mọi tệp *.txt, *.docx bên trong (kể cả thư mục con), như ruff check THƯ-MỤC.

              --format DẠNG              Dạng kết quả: text (mặc định); json; sarif (GitHub code scanning);
                                         github (chú thích ::error … của GitHub Actions); junit (JUnit XML cho
                                         Jenkins, GitLab…); html: một trang tự chứa để mở bằng trình duyệt — văn bản
                                         có số dòng, chỗ sai được tô màu kèm lời nhắc và cách sửa bên lề, bảng tóm
                                         tắt, lịch năm × tháng của các hội nghị và kế hoạch tháng; chỉ một tệp;
                                         docx: với một tệp Word và --output TỆP.docx, bản sao có nhận xét
                                         của VanBan trên đúng chữ của từng phát hiện
              -o, --output-file TỆP      Ghi kết quả vào TỆP (UTF-8, ghi an toàn: tệp tạm rồi đổi tên) thay vì ra màn hình
              --statistics               Chỉ in số lần mỗi quy tắc báo (text hoặc json), [*] = tự sửa được
              -q, --quiet                Chỉ in các chỗ sai, không in dòng tổng kết
              --select MÃ,…              Chỉ chạy các quy tắc này (mã, ALL, hoặc phần đầu của mã: numbering);
                                         lặp lại được; thắng cả "off" trong .vanban.json
              --ignore MÃ,…              Bỏ các quy tắc này (cùng cách viết như --select)
              --exclude MẪU,…            Bỏ qua tệp, thư mục khi duyệt thư mục (cú pháp .gitignore: drafts/, *.bak.txt);
                                         ngoài ra đọc .vanbanignore ở thư mục hiện tại
              --ignore-path TỆP          Đọc mẫu bỏ qua từ TỆP thay cho .vanbanignore
              --no-ignore                Không đọc .vanbanignore
              --glob MẪU                 Mẫu tên tệp khi duyệt thư mục (mặc định: *.txt,*.docx)
              --exit-zero                Mã thoát 0 cả khi có lỗi (vẫn là 2 nếu không đọc được tệp)
              --diff                     In bản so sánh (unified diff) những gì --fix sẽ sửa, không ghi tệp;
                                         mã thoát 1 nếu có chỗ sẽ sửa
              --stdin-filename TÊN       Tên hiển thị cho đầu vào chuẩn (-) và nơi tìm .vanban.json
              --color always|never|auto  Tô màu (mặc định auto: chỉ khi ra màn hình; FORCE_COLOR bật, NO_COLOR tắt)
              --fail-level MỨC           Mã thoát 1 khi có phát hiện từ mức này trở lên (mặc định: error)
              --fix                      Tự sửa chỗ chắc chắn (khoảng trắng, kiểu bỏ dấu, lỗi chính tả đã biết…);
                                         ghi đè tệp và giữ bản gốc ở TỆP.orig (hoặc TỆP.orig.1, .orig.2… nếu tên
                                         đã có), hoặc ghi ra --output TỆP. Tệp sau khi sửa được ghi bằng UTF-8,
                                         giữ quyền và chủ sở hữu; liên kết thì sửa tệp đích; tệp chỉ đọc thì từ chối.
              --config TỆP               Tệp cấu hình; mặc định tìm .vanban.json gần nhất từ thư mục của tệp trở lên:
                                         {"rules": {"spacing": "off", "misspelling": "error"}}
              --no-config                Bỏ qua .vanban.json
              --show-config              In cấu hình đang dùng (tệp nào, hay mặc định) và mức của mọi quy tắc

            Bỏ qua quy tắc trên một dòng: viết ở cuối dòng đó  vanban-ignore: mã-quy-tắc[, mã-khác]
            (chỉ "vanban-ignore" là bỏ qua mọi quy tắc trên dòng); vanban-ignore-next-line[: mã…] cho dòng
            ngay dưới; vanban-ignore-file[: mã…] ở bất kỳ đâu cho cả tệp.

            Mã thoát: 0 không có phát hiện ở mức chặn; 1 có; 2 không đọc được tệp hoặc sai cú pháp lệnh.

            Ví dụ:
              vanban lint du-thao.txt
              vanban lint *.txt --format json > ket-qua.json
              vanban lint du-thao.txt --fix
              vanban lint du-thao.txt --fail-level warning
              vanban lint du-thao.txt --format html -o bao-cao.html
              vanban lint thu-muc/ --exclude ban-nhap/ --statistics
              vanban lint du-thao.txt --diff
              vanban lint thu-muc/ --format github --select misspelling,numbering
              vanban lint du-thao.docx --format docx --output da-soat.docx
            """
        case .en:
            return """
            vanban lint FILE…|DIR…|- [--format text|json|sarif|html|github|junit|docx] [-o FILE] [--fail-level LEVEL]
                               [--fix [--output FILE] | --diff] [--select ID,…] [--ignore ID,…] [--exclude PATTERN]
                               [--statistics] [-q] [--exit-zero] [--color always|never|auto] [--stdin-filename NAME]
                               [--config FILE | --no-config] [--lang vi|en] [--encoding NAME]

            Checks a draft and reports what is wrong: years that contradict their section, skipped meeting
            numbers, a month preparing the wrong meeting, anniversary counts, weekdays, conflicting targets,
            spelling, spacing… Each finding: file:line:col: severity: message [rule-id]. Rules: vanban rules.
            DIR: every *.txt and *.docx file under it (recursively), like ruff check DIR.

              --format FORMAT            text (default); json; sarif (GitHub code scanning); github (GitHub Actions
                                         ::error … annotations); junit (JUnit XML for Jenkins, GitLab…); html: one
                                         self-contained page for the browser — the document with line numbers, every
                                         finding highlighted with its message and fix in the margin, a summary, a
                                         years × months calendar of meetings and monthly plans; one file only;
                                         docx: for one Word file with --output FILE.docx, a copy with a VanBan
                                         comment on the words of each finding
              -o, --output-file FILE     Write the report to FILE (UTF-8, atomically: temporary file, then rename)
              --statistics               Print only how often each rule fired (text or json); [*] = fixable
              -q, --quiet                Print the findings only, no summary line
              --select ID,…              Run only these rules (IDs, ALL, or the first words of IDs: numbering);
                                         repeatable; wins over "off" in .vanban.json
              --ignore ID,…              Leave these rules out (same forms as --select)
              --exclude PATTERN,…        Skip files and folders when walking folders (.gitignore syntax: drafts/,
                                         *.bak.txt); .vanbanignore in the current folder is read too
              --ignore-path FILE         Read ignore patterns from FILE instead of .vanbanignore
              --no-ignore                Do not read .vanbanignore
              --glob PATTERN             File name pattern when walking folders (default: *.txt,*.docx)
              --exit-zero                Exit 0 even with findings (still 2 for unreadable input)
              --diff                     Print a unified diff of what --fix would change, write nothing;
                                         exit 1 when something would change
              --stdin-filename NAME      The name standard input (-) is reported under, and where .vanban.json is looked for
              --color always|never|auto  Colour (default auto: on a terminal only; FORCE_COLOR forces, NO_COLOR stops it)
              --fail-level LEVEL         Exit 1 on findings at or above LEVEL (default: error)
              --fix                      Apply the certain fixes (spacing, tone style, known misspellings…);
                                         overwrites the file keeping the original as FILE.orig (or FILE.orig.1,
                                         .orig.2 … when taken), or writes --output FILE. The fixed file is UTF-8
                                         and keeps its permissions and owner; a link's target is fixed; a
                                         read-only file is refused.
              --config FILE              Configuration; by default the nearest .vanban.json from the file's folder up:
                                         {"rules": {"spacing": "off", "misspelling": "error"}}
              --no-config                Ignore .vanban.json
              --show-config              Print the configuration in force (which file, or the defaults) and every rule's level

            Silence rules on one line: write at the end of that line  vanban-ignore: rule-id[, other-id]
            (a bare "vanban-ignore" silences every rule on the line); vanban-ignore-next-line[: ids] for the
            line below it; vanban-ignore-file[: ids] anywhere for the whole file.

            Exit codes: 0 nothing at or above the fail level; 1 findings; 2 unreadable input or bad usage.

            Examples:
              vanban lint draft.txt
              vanban lint *.txt --format json > results.json
              vanban lint draft.txt --fix
              vanban lint draft.txt --fail-level warning
              vanban lint draft.txt --format html --lang en -o report.html
              vanban lint drafts/ --exclude old/ --statistics --lang en
              vanban lint draft.txt --diff
              vanban lint drafts/ --format github --select misspelling,numbering
            """
        }
    }

    static func batch(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban batch THƯ-MỤC|TỆP… --out KQ — xử lý hàng loạt, song song

            Đọc mọi tệp *.txt trong các thư mục (kể cả thư mục con; bỏ qua tệp, thư mục ẩn), phân tích và
            kiểm tra từng tệp, ghi KQ/<đường dẫn tương đối>.json (bản ghi + các lỗi phát hiện) và
            KQ/summary.json, KQ/summary.csv (UTF-8 có BOM, mở được bằng Excel): mỗi tệp một dòng với
            trạng thái ok/failed, loại văn bản, số hội nghị, số tháng, số lỗi, cảnh báo và lý do nếu hỏng.
            Một tệp hỏng không làm dừng cả lô. Mọi tệp kết quả được ghi trọn vẹn (tệp tạm rồi đổi tên).
            Mục bị bỏ qua (ẩn, không khớp --glob, liên kết tới thư mục…) được liệt kê kèm lý do trong tổng hợp.
            KQ không được là thư mục đầu vào, nằm trong hay chứa đầu vào; KQ có tệp không do vanban tạo thì
            bị từ chối (trừ khi --force); KQ/.vanban-manifest.json ghi các tệp vanban đã tạo.

            Tùy chọn:
              --out, -o THƯ-MỤC      Thư mục kết quả (bắt buộc; tạo nếu chưa có)
              --glob MẪU             Mẫu tên tệp, phân cách bằng dấu phẩy (mặc định: *.txt,*.docx; không phân biệt hoa thường)
              --jobs, -j N           Số tệp xử lý song song (mặc định: số nhân CPU)
              --resume               Bỏ qua tệp đã có kết quả từ đúng nội dung ấy (SHA-256; chạy tiếp sau khi bị ngắt)
              --timeout GIÂY         Bỏ một tệp sau chừng ấy giây, ghi là lỗi rồi làm tiếp (mặc định 60; 0 = không giới hạn)
              --force                Chấp nhận thư mục kết quả có tệp không do vanban tạo (có thể bị ghi đè)
              --progress             Hiện tiến độ cả khi stderr không phải màn hình (mặc định: chỉ trên màn hình)
              --no-progress          Không hiện tiến độ
              --compact              JSON gọn một dòng thay vì thụt lề
              --format json|jsonl    json (mặc định): mỗi tệp một KQ/<đường dẫn>.json; jsonl: mỗi văn bản một dòng JSON
                                     gọn trong KQ/records.jsonl (đọc thẳng bằng DuckDB, pandas, Spark; không dùng với --resume)
              --html                 Thêm báo cáo HTML cho mỗi tệp (KQ/<đường dẫn>.html) và KQ/index.html liệt kê mọi tệp
              --fail-level MỨC       error (mặc định), warning hoặc info: mức lỗi làm mã thoát 1
              --config TỆP           Tệp cấu hình quy tắc; mặc định: .vanban.json gần nhất phía trên mỗi tệp
              --no-config            Không dùng tệp cấu hình
              --select MÃ,…          Chỉ chạy các quy tắc này (như lint --select)
              --ignore MÃ,…          Bỏ các quy tắc này (như lint --ignore)
              --exclude MẪU,…        Bỏ qua tệp, thư mục (cú pháp .gitignore); ngoài ra đọc .vanbanignore ở thư mục hiện tại
              --ignore-path TỆP      Đọc mẫu bỏ qua từ TỆP thay cho .vanbanignore
              --no-ignore            Không đọc .vanbanignore
              --csv-header en|vi     Tên cột của summary.csv: tiếng Anh (mặc định, ổn định cho máy đọc) hoặc tiếng Việt
              --encoding, --tone-style, --lang  Như các lệnh khác

            Ctrl-C (SIGINT) hoặc SIGTERM: hoàn tất các tệp đang xử lý, ghi tổng hợp rồi dừng (mã thoát 130/143);
            nhấn lần nữa để dừng ngay. Chạy lại với --resume để làm nốt.

            Mã thoát: 0 mọi tệp xử lý được, không có lỗi ở mức chặn; 1 có lỗi ở mức --fail-level;
            2 có tệp không đọc/giải mã được hoặc sai cú pháp lệnh; 130/143 bị ngắt.

            Ví dụ:
              vanban batch luu-tru/2026 --out ket-qua
              vanban batch luu-tru --out ket-qua --jobs 2 --resume
              vanban batch a.txt b.txt --out ket-qua --glob '*.txt,*.TXT'
              vanban batch luu-tru/2026 --out ket-qua --html      (rồi mở ket-qua/index.html)
            """
        case .en:
            return """
            vanban batch DIR|FILE… --out OUT — process many documents in parallel

            Reads every *.txt file under the folders (recursively; hidden files and folders skipped), parses
            and lints each, writes OUT/<relative path>.json (record + diagnostics) and OUT/summary.json,
            OUT/summary.csv (UTF-8 with BOM, opens in Excel): one row per input with status ok/failed,
            document type, meetings, monthly plans, errors, warnings and the reason for a failure. One bad
            file never stops the batch. Every output is written whole (temporary file, then rename).
            Entries skipped (hidden, not matching --glob, links to folders…) are listed with the reason in the
            summary. OUT may not be an input folder, lie inside one or hold an input; an OUT holding files vanban
            did not make is refused (unless --force); OUT/.vanban-manifest.json lists the files vanban made.

            Options:
              --out, -o DIR          Output folder (required; created if missing)
              --glob PATTERNS        File name patterns, comma-separated (default: *.txt,*.docx; case-insensitive)
              --jobs, -j N           Files processed in parallel (default: the number of cores)
              --resume               Skip inputs whose output was made from the same bytes (SHA-256; finish an interrupted run)
              --timeout SECONDS      Give up a file after this long, list it as failed and go on (default 60; 0 = no limit)
              --force                Accept an output folder holding files vanban did not make (they may be replaced)
              --progress             Show progress even when stderr is not a terminal (default: terminals only)
              --no-progress          Never show progress
              --compact              One-line JSON instead of indented
              --format json|jsonl    json (default): one OUT/<relative path>.json per input; jsonl: one compact JSON
                                     line per document in OUT/records.jsonl (read directly by DuckDB, pandas, Spark;
                                     not with --resume)
              --html                 Also an HTML report per file (OUT/<path>.html) and OUT/index.html listing them all
              --fail-level LEVEL     error (default), warning or info: findings that make the exit code 1
              --config FILE          Rule configuration; default: the nearest .vanban.json above each file
              --no-config            Use no configuration file
              --select ID,…          Run only these rules (as lint --select)
              --ignore ID,…          Leave these rules out (as lint --ignore)
              --exclude PATTERN,…    Skip files and folders (.gitignore syntax); .vanbanignore in the current folder is read too
              --ignore-path FILE     Read ignore patterns from FILE instead of .vanbanignore
              --no-ignore            Do not read .vanbanignore
              --csv-header en|vi     Column names of summary.csv: English (default, stable for scripts) or Vietnamese
              --encoding, --tone-style, --lang  As for the other commands

            Ctrl-C (SIGINT) or SIGTERM: the files in progress are finished, the summary written, then it stops
            (exit 130/143); a second one stops at once. Run again with --resume to finish.

            Exit codes: 0 every file processed and nothing at the fail level; 1 findings at --fail-level;
            2 some inputs could not be read or decoded, or bad usage; 130/143 interrupted.

            Examples:
              vanban batch archive/2026 --out results
              vanban batch archive --out results --jobs 2 --resume
              vanban batch a.txt b.txt --out results --glob '*.txt,*.TXT'
              vanban batch archive/2026 --out results --html      (then open results/index.html)
            """
        }
    }

    static func rules(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban rules [--markdown]

            Liệt kê các quy tắc kiểm tra: mã, mức mặc định, có tự sửa được không (fix), mô tả.
            Mã quy tắc dùng trong .vanban.json và trong ghi chú vanban-ignore.

              --markdown   In dạng Markdown (nội dung của docs/rules.md)

            Ví dụ:
              vanban rules
              vanban rules --lang en
            """
        case .en:
            return """
            vanban rules [--markdown]

            Lists the lint rules: ID, default severity, whether it offers fixes (fix), summary.
            The IDs are what .vanban.json and vanban-ignore comments name.

              --markdown   Print as Markdown (the content of docs/rules.md)

            Examples:
              vanban rules --lang en
              vanban rules --markdown > docs/rules.md
            """
        }
    }

    static func export(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban export TỆP|THƯ-MỤC…|- --csv KQ.csv|- [--glob MẪU] [--csv-header en|vi] [--encoding TÊN] [--lang vi|en]

            Xuất mọi nội dung theo lịch của các văn bản ra một bảng CSV, mỗi nội dung một dòng: nội dung của
            từng Hội nghị và của từng kế hoạch tháng. Cột: văn bản, loại (hội nghị / kế hoạch tháng), năm,
            tháng, cơ quan, hội nghị lần thứ, mở rộng, nội dung, cơ quan chuẩn bị (kèm vai trò: chủ trì,
            phối hợp…), nếu có, dòng. Tệp UTF-8 có BOM, dấu phẩy, trích dẫn theo RFC 4180: Excel mở thẳng
            được, tiếng Việt hiển thị đúng. Thư mục: mọi tệp *.txt bên trong (kể cả thư mục con).
            Tên cột bằng tiếng Anh (ổn định cho máy đọc), bằng tiếng Việt với --csv-header vi; nội dung các ô
            theo --lang.

              --csv TỆP|-         Tệp CSV kết quả (bắt buộc; - để in ra màn hình)
              --glob MẪU          Mẫu tên tệp trong thư mục (mặc định: *.txt,*.docx)
              --csv-header en|vi  Ngôn ngữ của tên cột (mặc định: en)

            Mã thoát: 0 thành công; 2 có tệp không đọc được (các tệp còn lại vẫn được xuất) hoặc sai cú pháp lệnh.

            Ví dụ:
              vanban export chuong-trinh-toan-khoa.txt --csv lich.csv
              vanban export luu-tru/2026 --csv lich-2026.csv
            """
        case .en:
            return """
            vanban export FILE|DIR…|- --csv OUT.csv|- [--glob PATTERN] [--csv-header en|vi] [--encoding NAME] [--lang vi|en]

            Exports every scheduled item of the documents as one CSV table, one row per item: each meeting's
            agenda items and each monthly plan's items. Columns: document, kind (meeting / monthly plan), year,
            month, body, meeting_number, extended, item, preparers (with their role: lead, coordinate…),
            conditional, line. UTF-8 with a byte-order mark, commas, RFC 4180 quoting: Excel opens it with
            the Vietnamese intact. Folders: every *.txt file under them (recursively).
            Column names in English (stable for scripts), in Vietnamese with --csv-header vi; cell values
            follow --lang.

              --csv FILE|-        The CSV file to write (required; - for standard output)
              --glob PATTERN      File name pattern inside folders (default: *.txt,*.docx)
              --csv-header en|vi  Language of the column names (default: en)

            Exit codes: 0 success; 2 some inputs could not be read (the others are still exported) or bad usage.

            Examples:
              vanban export full-term-programme.txt --csv schedule.csv --lang en
              vanban export archive/2026 --csv schedule-2026.csv
            """
        }
    }

    /// The help of `command`, for `vanban help COMMAND`.
    static func command(_ command: String, _ language: Language) -> String? {
        switch command {
        case "parse": return parse(language)
        case "normalize", "normalise": return normalize(language)
        case "lint": return lint(language)
        case "batch": return batch(language)
        case "export": return export(language)
        case "rules": return rules(language)
        case "help": return main(language)
        default: return nil
        }
    }
}
