//! The command line in Vietnamese: the help of every command and flag, and clap's own
//! refusals (an unknown flag, a missing file, a value not allowed), for the interface's
//! default language.
//!
//! The English texts are the doc comments of `Cli` in `main.rs`, which clap turns into help;
//! this module holds their Vietnamese, keyed by command and argument id, and rewrites the
//! built `clap::Command` with them when the interface is Vietnamese. Defaults and allowed
//! values are read from the command itself, never written here, so they cannot drift. A
//! unit test fails when a flag is added without its Vietnamese.
//!
//! The language has to be known before clap parses anything (it prints help while
//! parsing), so [`lang_asked`] looks for `--lang` in the raw arguments first; clap's own
//! parse of `--lang` then decides the language of the output.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use sosanh::check::Lang;
use std::ffi::OsString;

/// The Vietnamese of one argument: the short help (`-h`), the long help (`--help`) when
/// it says more, and the name of its value in the usage line.
struct ArgText {
    help: &'static str,
    long: Option<&'static str>,
    value: Option<&'static str>,
}

const fn says(help: &'static str) -> ArgText {
    ArgText { help, long: None, value: None }
}

impl ArgText {
    const fn value(self, value: &'static str) -> ArgText {
        ArgText { value: Some(value), ..self }
    }
    const fn long(self, long: &'static str) -> ArgText {
        ArgText { long: Some(long), ..self }
    }
}

const JOBS: &str = "Số luồng làm việc (mặc định: mỗi CPU một luồng). Kết quả như nhau với mọi số luồng.";
const TASK_THRESHOLD: &str = "Độ giống tối thiểu (0-1) để một nhiệm vụ được coi là giữ lại.";

/// The Vietnamese of argument `id` of `command` (`None`: the top level).
fn arg_text(command: Option<&str>, id: &str) -> Option<ArgText> {
    Some(match (command, id) {
        // The flags every command has (`Common`), and `--lang` at the top level.
        (_, "color") => says(
            "Khi nào tô màu kết quả: auto (khi in ra màn hình), always (luôn luôn) hoặc never \
             (không bao giờ); biến môi trường NO_COLOR cũng tắt màu.",
        )
        .value("KHI"),
        (_, "encoding") => says(
            "Bảng mã của tệp văn bản thuần: auto tự đoán giữa UTF-8 và các bảng mã tiếng Việt cũ \
             TCVN3 (ABC, .VnTime) và VNI.",
        )
        .value("BẢNG_MÃ"),
        (_, "max_bytes") => says("Từ chối tệp lớn hơn N byte."),
        (_, "output") => says(
            "Ghi kết quả vào TỆP thay vì ra đầu ra chuẩn (ghi vào một tệp tạm rồi đổi tên; không \
             bao giờ ghi đè lên một tệp đầu vào).",
        )
        .value("TỆP"),
        (_, "lang") => says(
            "Ngôn ngữ của kết quả, thông báo và trợ giúp: vi (tiếng Việt) hoặc en (English; help \
             in English: --help --lang en).",
        )
        .value("NGÔN_NGỮ"),
        (_, "format") => says(match command {
            Some("reuse") => {
                "Định dạng kết quả: text (các cặp xếp hạng, mẫu chung, đoạn trùng), json (toàn bộ, \
                 lược đồ sosanh.reuse.v1), csv (bảng từng cặp, cho bảng tính), html (một trang \
                 web) hoặc xlsx (sổ Excel)."
            }
            Some("check") => {
                "Định dạng kết quả: text (theo mục), json (lược đồ sosanh.check.v1), html (một \
                 trang web) hoặc xlsx (sổ Excel)."
            }
            Some("series") => {
                "Định dạng kết quả: text (dòng thời gian và các phát hiện), json (lược đồ \
                 sosanh.series.v1), csv (mỗi dòng nhiệm vụ một hàng), html (một trang: dòng thời \
                 gian, bấm vào một ô để xem lời văn của văn bản đó) hoặc xlsx (dòng thời gian, số \
                 liệu theo kỳ, mỗi loại phát hiện một trang tính)."
            }
            _ => "Định dạng kết quả.",
        })
        .value("ĐỊNH_DẠNG"),
        (_, "jobs") => says(JOBS),
        (_, "task_threshold") if command == Some("series") => says(TASK_THRESHOLD),
        (Some("outline"), "file") => {
            says("Văn bản cần xem (văn bản thuần, DOCX hoặc PDF); `-` đọc từ đầu vào chuẩn.").value("TỆP")
        }
        (Some("compare"), "old") => says("Văn bản cũ (hoặc văn bản bị chép).").value("CŨ"),
        (Some("compare"), "new") => says("Văn bản mới.").value("MỚI"),
        (Some("compare"), "only") => says(
            "Chỉ hiện các loại nhiệm vụ này, cách nhau bằng dấu phẩy: new (mới), dropped (bỏ), \
             reworded (sửa lời), moved (chuyển mục), identical (giữ nguyên), split (tách), merged \
             (gộp).",
        )
        .value("LOẠI"),
        (Some("compare"), "section") => {
            says("Chỉ hiện mục này và các mục con của nó, theo số mục ở một trong hai bản, ví dụ I.8.").value("MỤC")
        }
        (Some("compare"), "task_threshold") => says(
            "Độ giống tối thiểu (0-1) để một nhiệm vụ được coi là giữ lại. Hai nhiệm vụ còn lại \
             chưa ghép vẫn có thể ghép với nhau ở độ giống thấp hơn ngưỡng này tối đa 0.2, khi mục \
             của chúng đã được ghép, nhiệm vụ này là ứng viên gần nhất của nhiệm vụ kia, nhiệm vụ \
             kia là ứng viên gần nhất của nó trong các mục đã ghép, và một cặp liền kề giữ chúng \
             đúng chỗ (trong các mục không có tiêu đề, chỉ cần mỗi nhiệm vụ là ứng viên gần nhất \
             của nhiệm vụ kia trong cả văn bản); thấp tới 0.1 khi có cặp ở cả trước và sau chúng.",
        ),
        (Some("compare"), "section_threshold") => says(
            "Độ giống tối thiểu (0-1) để hai mục được ghép: căn cứ từ tiêu đề, nhiệm vụ, từ ngữ và \
             vị trí cộng lại (docs/json-format.md), không có ngoại lệ nào khác.",
        ),
        (Some("compare"), "explain") => {
            says("Với mỗi cặp mục và nhiệm vụ, hiện căn cứ ghép và các từ khớp cùng trọng số của chúng.")
        }
        (Some("compare"), "links") => says(
            "Các cặp nhiệm vụ coi là giống nhau hoặc khác nhau, áp dụng trước khi ghép: một tệp do \
             --write-links ghi ra rồi sửa lại (mỗi dòng \"same|different<TAB>số mục cũ<TAB>lời \
             cũ<TAB>số mục mới<TAB>lời mới\"; nhiệm vụ được tìm theo lời văn).",
        )
        .value("TỆP"),
        (Some("compare"), "write_links") => says(
            "Lưu các cặp nhiệm vụ của lần chạy này (và các cặp \"different\" đã cho) vào TỆP, để \
             dùng với --links lần sau.",
        )
        .value("TỆP"),
        (Some("reuse"), "paths") => {
            says("Tệp, thư mục hoặc mẫu glob (tổng cộng ít nhất hai văn bản).").value("ĐƯỜNG_DẪN")
        }
        (Some("reuse"), "min_words") => says("Đoạn trùng ngắn nhất được báo, tính bằng từ."),
        (Some("reuse"), "min_units") => {
            says("Đoạn trùng có ở ít nhất chừng này văn bản được báo một lần, như một mẫu chung.")
        }
        (Some("reuse"), "max_files") => says("Từ chối chạy trên nhiều văn bản hơn số này."),
        (Some("check"), "files") => says(
            "Các văn bản cần rà soát (văn bản thuần, DOCX hoặc PDF; thư mục và mẫu glob như với \
             reuse).",
        )
        .value("TỆP"),
        (Some("check"), "final_copy") => says(
            "Văn bản là bản ký ban hành: ô thông tin để trống (\"Số: /CTr-UBND\") là lỗi, không \
             phải lưu ý.",
        ),
        (Some("check"), "fail_on") => says(
            "Thoát với mã 1 khi có phát hiện từ mức này trở lên: note (lưu ý), warning (cảnh báo) \
             hoặc error (lỗi).",
        )
        .value("MỨC"),
        (Some("check"), "units") => says(
            "Một tệp liệt kê tên đơn vị, mỗi dòng một tên (\"phường Tam Thanh\" hoặc \"Tam \
             Thanh\"): tên của chúng trong một văn bản không phải của chúng có thể là do sao chép.",
        )
        .value("TỆP"),
        (Some("series"), "files") => says("Tệp, thư mục hoặc mẫu glob.").value("TỆP"),
        (Some("series"), "gap") => {
            says("Tìm lùi lại bao nhiêu văn bản cho một nhiệm vụ vắng mặt ở văn bản liền trước.")
        }
        (Some("series"), "stale") => says("Báo các nhiệm vụ được giữ nguyên văn trong ít nhất N văn bản liên tiếp."),
        (Some("series"), "order") => says("Thứ tự văn bản của mỗi đơn vị: theo kỳ (period) hoặc như đã cho (given).")
            .long(
                "Thứ tự văn bản của mỗi đơn vị: period (theo kỳ, rồi ngày ban hành, rồi tên tệp) \
                 hoặc given (theo thứ tự trên dòng lệnh; thư mục và mẫu glob được mở rộng theo \
                 tên).",
            )
            .value("THỨ_TỰ"),
        (Some("help"), "command") => says("Lệnh cần xem trợ giúp.").value("LỆNH"),
        _ => return None,
    })
}

/// The Vietnamese about (`-h`) and long about (`--help`) of a command.
fn command_text(command: Option<&str>) -> Option<(&'static str, Option<&'static str>)> {
    Some(match command {
        None => (
            "So sánh các chương trình công tác và báo cáo của chính quyền địa phương.",
            Some(
                "So sánh các chương trình công tác và báo cáo của chính quyền địa phương.\n\n\
                 sosanh đọc chương trình công tác, kế hoạch và báo cáo (văn bản thuần, DOCX hoặc \
                 PDF), tìm các mục đánh số và nhiệm vụ của chúng, rồi cho biết giữa hai văn bản \
                 nhiệm vụ nào được giữ lại, sửa lời, chuyển mục, mới hoặc bỏ (compare); trong \
                 nhiều văn bản, văn bản nào chép gì của văn bản nào (reuse); nhiệm vụ của một đơn \
                 vị qua các tháng (series); và các lỗi sao chép để lại trong một văn bản trước khi \
                 ký (check).\n\n\
                 Trợ giúp của từng lệnh: sosanh help LỆNH, hoặc sosanh LỆNH --help.\n\
                 Help in English: sosanh --help --lang en.",
            ),
        ),
        Some("outline") => (
            "Xem dàn ý của một văn bản: thông tin chung, các mục đánh số và số nhiệm vụ.",
            Some(
                "Xem dàn ý của một văn bản: thông tin chung, các mục đánh số và số nhiệm vụ.\n\n\
                 Ví dụ: sosanh outline fixtures/tam-thanh-2026-02.txt",
            ),
        ),
        Some("compare") => (
            "So sánh hai chương trình: nhiệm vụ nào được giữ lại (nguyên văn hoặc sửa lời), \
             chuyển mục, mới hoặc bỏ.",
            Some(
                "So sánh hai chương trình: nhiệm vụ nào được giữ lại (nguyên văn hoặc sửa lời), \
                 chuyển mục, mới hoặc bỏ.\n\n\
                 Nhiệm vụ được ghép theo nội dung, không theo số thứ tự, nên các mục được đánh số \
                 lại, đổi thứ tự, tách hay gộp vẫn được theo dõi. Mã thoát: 0 khi mọi nhiệm vụ \
                 được giữ nguyên văn, 1 khi có khác biệt, 2 khi có lỗi.\n\n\
                 Ví dụ:\n  \
                 sosanh compare fixtures/tam-thanh-2025-12.txt fixtures/tam-thanh-2026-02.txt\n  \
                 sosanh compare cu.docx moi.docx --only new,dropped\n  \
                 sosanh compare cu.txt moi.txt --format csv -o thay-doi.csv",
            ),
        ),
        Some("reuse") => (
            "Tìm sao chép giữa nhiều chương trình: văn bản nào có đoạn trùng với văn bản nào, các \
             đoạn trùng, và các mẫu chung mà nhiều đơn vị cùng chép.",
            Some(
                "Tìm sao chép giữa nhiều chương trình: văn bản nào có đoạn trùng với văn bản nào, \
                 các đoạn trùng, và các mẫu chung mà nhiều đơn vị cùng chép.\n\n\
                 ĐƯỜNG_DẪN là một tệp, một thư mục (tìm cả thư mục con, các tệp .txt, .docx và \
                 .pdf) hoặc một mẫu glob như 'thang-02/*.docx'. Lời văn được so theo các từ đã \
                 chuẩn hoá, tên đơn vị được che đi, nên \"HĐND phường Tam Thanh\" và \"HĐND xã Cao \
                 Lộc\" được coi là cùng lời. Tệp không đọc được thì được báo và lần chạy vẫn tiếp \
                 tục.\n\n\
                 Mã thoát: 0 khi không có hai văn bản nào có đoạn trùng, 1 khi có, 2 khi có tệp \
                 không đọc được (báo cáo về các tệp còn lại vẫn được ghi) hoặc khi có lỗi.\n\n\
                 Ví dụ:\n  \
                 sosanh reuse fixtures/\n  \
                 sosanh reuse 'bao-cao/2026-*/*.docx' --min-words 12\n  \
                 sosanh reuse thang-02/ --format csv -o ma-tran.csv",
            ),
        ),
        Some("check") => (
            "Rà soát chương trình tìm các lỗi do sao chép để lại: ngày không thể có hoặc quá muộn, \
             cuộc họp của tháng khác, tên đơn vị khác, số ký hiệu sai mẫu, từ và câu lặp, số thứ \
             tự nhảy cóc, ô thông tin để trống.",
            Some(
                "Rà soát chương trình tìm các lỗi do sao chép để lại: ngày không thể có hoặc quá \
                 muộn, cuộc họp của tháng khác, tên đơn vị khác, số ký hiệu sai mẫu, từ và câu \
                 lặp, số thứ tự nhảy cóc, ô thông tin để trống.\n\n\
                 Mỗi phát hiện có quy tắc, mức độ (error: lỗi, warning: cảnh báo, note: lưu ý), \
                 dòng, mục và một dòng giải thích. Khi rà nhiều tệp, mỗi tệp biết đơn vị của các \
                 tệp kia, nên tên đơn vị của tệp khác xuất hiện trong một văn bản được báo là có \
                 thể do sao chép.\n\n\
                 Mã thoát: 0 khi không có phát hiện nào từ mức --fail-on trở lên, 1 khi có, 2 khi \
                 có tệp không đọc được (các tệp khác vẫn được rà) hoặc khi có lỗi.\n\n\
                 Ví dụ:\n  \
                 sosanh check fixtures/quoc-khanh-2026-01.txt\n  \
                 sosanh check du-thao.docx --final --lang en\n  \
                 sosanh check thang-02/*.docx --units don-vi.txt --format json -o phat-hien.json",
            ),
        ),
        Some("series") => (
            "Theo dõi nhiệm vụ của một đơn vị qua các chương trình trong năm: mỗi nhiệm vụ đã được \
             giữ nguyên văn bao lâu, nhiệm vụ nào được sửa lời, bỏ, đưa trở lại hay chỉ đặt ra \
             một lần.",
            Some(
                "Theo dõi nhiệm vụ của một đơn vị qua các chương trình trong năm: mỗi nhiệm vụ đã \
                 được giữ nguyên văn bao lâu, nhiệm vụ nào được sửa lời, bỏ, đưa trở lại hay chỉ \
                 đặt ra một lần.\n\n\
                 TỆP là một tệp, một thư mục (tìm cả thư mục con, các tệp .txt, .docx và .pdf) \
                 hoặc một mẫu glob. Văn bản được nhóm theo đơn vị (nhiều đơn vị cho nhiều chuỗi, \
                 không bao giờ trộn lẫn) và xếp theo kỳ, rồi theo ngày ban hành. Nhiệm vụ của mỗi \
                 văn bản được ghép với văn bản trước như trong compare; một nhiệm vụ vắng mặt tối \
                 đa --gap văn bản rồi trở lại được nối qua khoảng trống đó. Dòng thời gian có một \
                 hàng cho mỗi dòng nhiệm vụ và một cột cho mỗi văn bản: = giữ nguyên, ~ sửa lời, \
                 + lần đầu xuất hiện, · vắng mặt.\n\n\
                 Mã thoát: 0 khi mọi chuỗi giữ nguyên văn mọi nhiệm vụ, 1 khi có thay đổi, 2 khi \
                 có tệp không đọc được hoặc không xếp được (báo cáo về các tệp còn lại vẫn được \
                 ghi) hoặc khi có lỗi.\n\n\
                 Ví dụ:\n  \
                 sosanh series fixtures/tam-thanh-2025-12.txt fixtures/tam-thanh-2026-02.txt\n  \
                 sosanh series 'chuong-trinh/2025-*.docx' --stale 4\n  \
                 sosanh series thang/ --format csv -o dong-nhiem-vu.csv",
            ),
        ),
        Some("help") => ("In trợ giúp này, hoặc trợ giúp của một lệnh.", None),
        Some(_) => return None,
    })
}

/// The layout of a help page: clap's own, with its English headings replaced.
const TEMPLATE: &str = "{before-help}{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}";
const ARGUMENTS: &str = "Đối số";
const OPTIONS: &str = "Tuỳ chọn";

/// The interface language asked for on the command line: the last `--lang vi|en` (or
/// `--lang=…`) before a `--`; Vietnamese when none is given, as clap's default says. A
/// value that is neither is left for clap to refuse (in Vietnamese).
pub fn lang_asked(args: &[OsString]) -> Lang {
    let mut lang = Lang::Vi;
    let mut it = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--lang" { it.next() } else { a.strip_prefix("--lang=") };
        match value {
            Some("en") => lang = Lang::En,
            Some("vi") => lang = Lang::Vi,
            _ => {}
        }
    }
    lang
}

/// `cmd` (the whole command line, as `main::command` builds it) with Vietnamese help:
/// every about and flag text, value names, headings and the usage lines.
pub fn localise(cmd: Command) -> Command {
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    let mut cmd = localise_one(cmd, None)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("In số phiên bản.")
                .help_heading(OPTIONS),
        )
        .subcommand_help_heading("Lệnh")
        .subcommand_value_name("LỆNH");
    for name in names.iter().map(String::as_str) {
        cmd = cmd.mut_subcommand(name, |sub| localise_one(sub, Some(name)));
    }
    cmd.override_usage("sosanh [TUỲ CHỌN] <LỆNH>")
}

/// One command's texts (not its subcommands').
fn localise_one(cmd: Command, name: Option<&str>) -> Command {
    let mut cmd = cmd.help_template(TEMPLATE).disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help("In trợ giúp (xem đầy đủ với '--help').")
            .long_help("In trợ giúp (tóm tắt với '-h')."),
    );
    if let Some((about, long)) = command_text(name) {
        cmd = cmd.about(about).long_about(long);
    }
    // In place: `mut_arg` would move each argument to the end, and the positionals' order
    // is their order on the command line. Under a heading of its own, clap lists
    // arguments by name unless told their order.
    let mut position = 0;
    cmd = cmd.mut_args(|arg| {
        let arg = localise_arg(arg, name);
        if arg.is_positional() {
            position += 1;
            arg.display_order(position)
        } else {
            arg
        }
    });
    let mut usage = match name {
        Some(n) => format!("sosanh {n} [TUỲ CHỌN]"),
        None => "sosanh".to_string(),
    };
    for arg in cmd.get_positionals() {
        let value = arg.get_value_names().and_then(|v| v.first()).map(|v| v.to_string()).unwrap_or_default();
        let many = if matches!(arg.get_action(), ArgAction::Append) { "..." } else { "" };
        if arg.is_required_set() {
            usage.push_str(&format!(" <{value}>{many}"));
        } else {
            usage.push_str(&format!(" [{value}]{many}"));
        }
    }
    cmd.override_usage(usage)
}

/// One argument's texts; its default and allowed values are appended from the argument
/// itself, in Vietnamese words.
fn localise_arg(arg: Arg, command: Option<&str>) -> Arg {
    let heading = if arg.is_positional() { ARGUMENTS } else { OPTIONS };
    let mut arg = arg.help_heading(heading);
    let Some(text) = arg_text(command, arg.get_id().as_str()) else {
        // `help` and `version`, written here already.
        return arg;
    };
    // A flag without a value (`--explain`) has no default or choices worth showing.
    let mut extra = String::new();
    if arg.get_action().takes_values() {
        let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        if !defaults.is_empty() {
            extra.push_str(&format!(" [mặc định: {}]", defaults.join(", ")));
        }
        let choices: Vec<String> = (arg.get_value_parser().possible_values().into_iter().flatten())
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !choices.is_empty() {
            extra.push_str(&format!(" [một trong: {}]", choices.join(", ")));
        }
    }
    if arg.get_action().takes_values() {
        // clap's own "[default: …]" gives way to the Vietnamese (only where it would show:
        // debug builds assert that these are set on arguments that take values only).
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg = arg.help(format!("{}{extra}", text.help));
    arg = match text.long {
        Some(long) => arg.long_help(format!("{long}{extra}")),
        None => arg.long_help(None::<&'static str>),
    };
    if let Some(v) = text.value {
        arg = arg.value_name(v);
    }
    arg
}

/// clap's refusal `e` told in Vietnamese: the problem (with clap's suggestion, if any), the
/// usage line and where to read more; one line each, for standard error.
pub fn refusal(e: &clap::Error) -> Vec<String> {
    let one = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = one(ContextKind::InvalidArg).unwrap_or_default();
    let value = one(ContextKind::InvalidValue).unwrap_or_default();
    let mut line = match e.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => format!("không có tuỳ chọn '{arg}'"),
        ErrorKind::UnknownArgument => format!("thừa đối số '{arg}'"),
        ErrorKind::InvalidSubcommand => {
            format!("không có lệnh '{}'", one(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue if value.is_empty() => format!("'{arg}' cần một giá trị"),
        ErrorKind::InvalidValue => {
            let mut s = format!("giá trị '{value}' không hợp lệ cho '{arg}'");
            if let Some(valid) = one(ContextKind::ValidValue) {
                s.push_str(&format!("; một trong: {valid}"));
            }
            s
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            format!("giá trị '{value}' không hợp lệ cho '{arg}': {}", parse_problem(&why))
        }
        ErrorKind::MissingRequiredArgument => format!("thiếu đối số {arg}"),
        ErrorKind::MissingSubcommand => "thiếu tên lệnh".to_string(),
        ErrorKind::ArgumentConflict => match one(ContextKind::PriorArg) {
            Some(prior) if prior != arg => format!("'{arg}' không dùng được cùng '{prior}'"),
            _ => format!("'{arg}' chỉ được cho một lần"),
        },
        ErrorKind::TooManyValues => format!("thừa giá trị '{value}' cho '{arg}'"),
        ErrorKind::NoEquals => format!("'{arg}' cần dấu '=' trước giá trị"),
        ErrorKind::InvalidUtf8 => "đối số không phải UTF-8 hợp lệ".to_string(),
        // Kinds sosanh's flags cannot meet; clap's English says what happened.
        _ => e.kind().as_str().unwrap_or("dòng lệnh không hợp lệ").to_string(),
    };
    for k in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        if let Some(s) = one(k) {
            line.push_str(&format!(" (có phải ý bạn là '{s}'?)"));
        }
    }
    let mut lines = vec![format!("sosanh: {line}")];
    if let Some(usage) = one(ContextKind::Usage) {
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim().to_string();
        // The command's name: the usage line up to its first placeholder.
        let name: Vec<&str> = usage.split(' ').take_while(|w| !w.starts_with(['[', '<'])).collect();
        lines.push(format!("Cách dùng: {usage}"));
        lines.push(format!("Xem thêm: {} --help", name.join(" ")));
    } else {
        lines.push("Xem thêm: thêm --help vào lệnh.".to_string());
    }
    lines
}

/// The standard library's reason a number did not parse, in Vietnamese; anything else as
/// it was given.
fn parse_problem(why: &str) -> String {
    match why {
        "invalid float literal" => "cần một số, ví dụ 0.5".to_string(),
        "invalid digit found in string" => "cần một số nguyên không âm, ví dụ 12".to_string(),
        "cannot parse integer from empty string" | "cannot parse float from empty string" => {
            "giá trị trống".to_string()
        }
        "number too large to fit in target type" => "số quá lớn".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::builder::StyledStr;

    /// The help `cmd` prints for `-h` (short) or `--help`, its lines joined again (clap
    /// wraps them to the terminal's width).
    fn render(cmd: &mut Command, long: bool) -> String {
        let h: StyledStr = if long { cmd.render_long_help() } else { cmd.render_help() };
        h.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn subcommand<'a>(cmd: &'a mut Command, name: &str) -> &'a mut Command {
        cmd.find_subcommand_mut(name).expect("subcommand")
    }

    #[test]
    fn every_command_and_argument_has_its_vietnamese() {
        let cmd = crate::command();
        assert!(command_text(None).is_some());
        for arg in cmd.get_arguments() {
            assert!(arg_text(None, arg.get_id().as_str()).is_some(), "top-level {}", arg.get_id());
        }
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            assert!(command_text(Some(name)).is_some(), "{name}: about");
            for arg in sub.get_arguments() {
                assert!(arg_text(Some(name), arg.get_id().as_str()).is_some(), "{name} {}", arg.get_id());
            }
        }
    }

    #[test]
    fn vietnamese_help_has_no_english_left() {
        let mut en = crate::command();
        let mut vi = localise(crate::command());
        vi.build();
        en.build();
        let names: Vec<String> = en.get_subcommands().map(|s| s.get_name().to_string()).collect();
        for name in names.iter().map(String::as_str) {
            for long in [false, true] {
                let h = render(subcommand(&mut vi, name), long);
                for english in ["Usage:", "Options:", "Arguments:", "[default:", "possible values", "Print help"] {
                    assert!(!h.contains(english), "{name} (long {long}): {english:?} in\n{h}");
                }
                let sub = subcommand(&mut en, name);
                for arg in sub.get_arguments().filter(|a| !matches!(a.get_id().as_str(), "help" | "version")) {
                    let english = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                    assert!(!english.is_empty() && !h.contains(&english), "{name}: English help of {}", arg.get_id());
                }
                assert!(h.contains(&format!("Cách dùng: sosanh {name} [TUỲ CHỌN]")), "{name}: usage in\n{h}");
                assert!(h.contains("Tuỳ chọn:"), "{name}: heading");
            }
        }
        let top = render(&mut vi, true);
        assert!(top.contains("Lệnh:") && top.contains("help ") && top.contains("In số phiên bản"), "{top}");
    }

    #[test]
    fn defaults_and_choices_come_from_the_flags() {
        let mut vi = localise(crate::command());
        vi.build();
        let h = render(subcommand(&mut vi, "compare"), false);
        assert!(h.contains("[mặc định: text] [một trong: text, json, markdown, csv, html, xlsx]"), "{h}");
        let threshold = sosanh::compare::MatchSettings::default().task_threshold;
        assert!(h.contains(&format!("[mặc định: {threshold}]")), "{h}");
        assert!(h.contains("<CŨ> <MỚI>"), "{h}");
        // A flag without a value shows no default ("false").
        assert!(!h.contains("mặc định: false"), "{h}");
        let reuse = render(subcommand(&mut vi, "reuse"), false);
        assert!(reuse.contains("Cách dùng: sosanh reuse [TUỲ CHỌN] <ĐƯỜNG_DẪN>..."), "{reuse}");
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_asked(&args("sosanh compare a b")), Lang::Vi);
        assert_eq!(lang_asked(&args("sosanh compare a b --lang en")), Lang::En);
        assert_eq!(lang_asked(&args("sosanh --lang=en --help")), Lang::En);
        assert_eq!(lang_asked(&args("sosanh --lang en compare --lang vi")), Lang::Vi);
        assert_eq!(lang_asked(&args("sosanh --lang fr")), Lang::Vi);
        assert_eq!(lang_asked(&args("sosanh compare -- --lang en")), Lang::Vi);
    }

    #[test]
    fn refusals_are_told_in_vietnamese() {
        let refuse = |line: &str| {
            let mut vi = localise(crate::command());
            let e = vi.try_get_matches_from_mut(line.split(' ')).expect_err(line);
            refusal(&e).join("\n")
        };
        let r = refuse("sosanh compare a b --bogus");
        assert!(r.starts_with("sosanh: không có tuỳ chọn '--bogus'"), "{r}");
        assert!(r.contains("Cách dùng: sosanh compare [TUỲ CHỌN] <CŨ> <MỚI>"), "{r}");
        assert!(r.ends_with("Xem thêm: sosanh compare --help"), "{r}");
        let r = refuse("sosanh compare a");
        assert!(r.starts_with("sosanh: thiếu đối số <MỚI>"), "{r}");
        let r = refuse("sosanh compare a b --format pdf");
        assert!(
            r.starts_with("sosanh: giá trị 'pdf' không hợp lệ cho '--format <ĐỊNH_DẠNG>'; một trong: text, json"),
            "{r}"
        );
        let r = refuse("sosanh compare a b --task-threshold abc");
        assert!(r.contains("cần một số, ví dụ 0.5"), "{r}");
        let r = refuse("sosanh reuse a --min-words -3");
        assert!(r.starts_with("sosanh: "), "{r}");
        let r = refuse("sosanh reuse a --min-words x");
        assert!(r.contains("cần một số nguyên không âm"), "{r}");
        let r = refuse("sosanh compar a b");
        assert!(r.starts_with("sosanh: không có lệnh 'compar' (có phải ý bạn là 'compare'?)"), "{r}");
        let r = refuse("sosanh compare a b c");
        assert!(r.starts_with("sosanh: thừa đối số 'c'"), "{r}");
        let r = refuse("sosanh compare a b --lang fr");
        assert!(r.contains("một trong: vi, en"), "{r}");
    }
}
