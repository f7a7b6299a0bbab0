// The printable report's words in English, Spanish and Vietnamese. The terms
// follow the app's translations (app/i18n): an inject is an "inyección" /
// "tình huống", acknowledged "recibida" / "đã nhận", and so on, so a
// coordinator reads the same words on the page and on paper.
#include "report_text.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace muster::server {
namespace {

using W = ReportWord;
using Table = std::array<std::pair<W, std::string_view>, static_cast<std::size_t>(W::count_)>;

constexpr Table kEnglish{{
    {W::heading, "After-action report: %1"},
    {W::unit, "Unit"},
    {W::state, "State"},
    {W::started, "Started"},
    {W::ended, "Ended"},
    {W::paused_total, "Paused in total"},
    {W::drill_time, "Drill time"},
    {W::units, "Units"},
    {W::comms_check, "Comms check"},
    {W::comms_answered, "asked %1; answered by %2 of %3 devices"},
    {W::comms_first_last, " (first %1, last %2)"},
    {W::timeline, "Timeline"},
    {W::legend_released, "released"},
    {W::legend_acknowledged, "acknowledged"},
    {W::legend_done, "done"},
    {W::legend_missed, "missed expected action"},
    {W::chart_label, "Injects released, acknowledged and done, by unit, on drill time"},
    {W::chart_released, "%1 released %2"},
    {W::chart_acknowledged, "%1 acknowledged %2"},
    {W::chart_done, "%1 done %2"},
    {W::injects, "Injects"},
    {W::injects_note, "Drill times; below each, %1."},
    {W::delay_since_release, "+the delay since the release"},
    {W::number, "#"},
    {W::inject, "Inject"},
    {W::released, "Released"},
    {W::delivered, "Delivered"},
    {W::opened, "Opened"},
    {W::acknowledged, "Acknowledged"},
    {W::done, "Done"},
    {W::missed, "Missed"},
    {W::ratings, "Ratings"},
    {W::yes, "yes"},
    {W::no, "no"},
    {W::delay_median, "Delay: median"},
    {W::delay_worst, "worst"},
    {W::missed_actions, "Missed expected actions"},
    {W::missed_item, "%1 (%2): %3, due %4"},
    {W::none, "None."},
    {W::per_unit, "Per unit"},
    {W::median_to_ack, "Median to ack"},
    {W::median_to_done, "Median to done"},
    {W::observations, "Evaluator observations"},
    {W::evaluator, "Evaluator"},
    {W::rating, "Rating"},
    {W::observation, "Observation"},
    {W::action_log, "Action log"},
    {W::wall_time, "Wall time (UTC)"},
    {W::author, "Author"},
    {W::kind, "Kind"},
    {W::text, "Text"},
    {W::participants, "Participants"},
    {W::name, "Name"},
    {W::login, "Login"},
    {W::role, "Role"},
    // English shows the stored values as they are.
    {W::value_planned, "planned"},
    {W::value_running, "running"},
    {W::value_paused, "paused"},
    {W::value_ended, "ended"},
    {W::value_action, "action"},
    {W::value_note, "note"},
    {W::value_status, "status"},
    {W::value_observation, "observation"},
    {W::value_opened, "opened"},
    {W::value_member, "member"},
    {W::value_coordinator, "coordinator"},
    {W::value_evaluator, "evaluator"},
    {W::value_admin, "admin"},
}};

constexpr Table kSpanish{{
    {W::heading, "Informe tras el simulacro: %1"},
    {W::unit, "Unidad"},
    {W::state, "Estado"},
    {W::started, "Inicio"},
    {W::ended, "Fin"},
    {W::paused_total, "En pausa en total"},
    {W::drill_time, "Tiempo de simulacro"},
    {W::units, "Unidades"},
    {W::comms_check, "Prueba de comunicaciones"},
    {W::comms_answered, "pedida %1; respondieron %2 de %3 dispositivos"},
    {W::comms_first_last, " (primera respuesta %1, última %2)"},
    {W::timeline, "Cronología"},
    {W::legend_released, "publicada"},
    {W::legend_acknowledged, "recibida"},
    {W::legend_done, "hecha"},
    {W::legend_missed, "acción esperada no realizada"},
    {W::chart_label, "Inyecciones publicadas, recibidas y hechas, por unidad, en tiempo de simulacro"},
    {W::chart_released, "%1 publicada %2"},
    {W::chart_acknowledged, "%1 recibida %2"},
    {W::chart_done, "%1 hecha %2"},
    {W::injects, "Inyecciones"},
    {W::injects_note, "Tiempos de simulacro; debajo de cada uno, %1."},
    {W::delay_since_release, "+la demora desde la publicación"},
    {W::number, "N.º"},
    {W::inject, "Inyección"},
    {W::released, "Publicada"},
    {W::delivered, "Entregada"},
    {W::opened, "Abierta"},
    {W::acknowledged, "Recibida"},
    {W::done, "Hecha"},
    {W::missed, "No realizada"},
    {W::ratings, "Valoración"},
    {W::yes, "sí"},
    {W::no, "no"},
    {W::delay_median, "Demora: mediana"},
    {W::delay_worst, "peor"},
    {W::missed_actions, "Acciones esperadas no realizadas"},
    {W::missed_item, "%1 (%2): %3, plazo %4"},
    {W::none, "Ninguna."},
    {W::per_unit, "Por unidad"},
    {W::median_to_ack, "Mediana hasta recibir"},
    {W::median_to_done, "Mediana hasta hacer"},
    {W::observations, "Observaciones de los evaluadores"},
    {W::evaluator, "Evaluador"},
    {W::rating, "Valoración"},
    {W::observation, "Observación"},
    {W::action_log, "Registro de acciones"},
    {W::wall_time, "Hora real (UTC)"},
    {W::author, "Autor"},
    {W::kind, "Tipo"},
    {W::text, "Texto"},
    {W::participants, "Participantes"},
    {W::name, "Nombre"},
    {W::login, "Usuario"},
    {W::role, "Rol"},
    {W::value_planned, "planificado"},
    {W::value_running, "en marcha"},
    {W::value_paused, "en pausa"},
    {W::value_ended, "terminado"},
    {W::value_action, "acción"},
    {W::value_note, "nota"},
    {W::value_status, "estado"},
    {W::value_observation, "observación"},
    {W::value_opened, "abierta"},
    {W::value_member, "miembro"},
    {W::value_coordinator, "coordinador"},
    {W::value_evaluator, "evaluador"},
    {W::value_admin, "administrador"},
}};

constexpr Table kVietnamese{{
    {W::heading, "Báo cáo sau diễn tập: %1"},
    {W::unit, "Đơn vị"},
    {W::state, "Trạng thái"},
    {W::started, "Bắt đầu"},
    {W::ended, "Kết thúc"},
    {W::paused_total, "Tổng thời gian tạm dừng"},
    {W::drill_time, "Thời gian diễn tập"},
    {W::units, "Các đơn vị"},
    {W::comms_check, "Kiểm tra liên lạc"},
    {W::comms_answered, "hỏi lúc %1; %2 trên %3 thiết bị đã trả lời"},
    {W::comms_first_last, " (trả lời đầu tiên %1, cuối cùng %2)"},
    {W::timeline, "Dòng thời gian"},
    {W::legend_released, "đã phát"},
    {W::legend_acknowledged, "đã nhận"},
    {W::legend_done, "xong"},
    {W::legend_missed, "bỏ lỡ hành động mong đợi"},
    {W::chart_label, "Tình huống đã phát, đã nhận và xong, theo đơn vị, trên thời gian diễn tập"},
    {W::chart_released, "%1 phát lúc %2"},
    {W::chart_acknowledged, "%1 nhận lúc %2"},
    {W::chart_done, "%1 xong lúc %2"},
    {W::injects, "Tình huống"},
    {W::injects_note, "Thời gian diễn tập; bên dưới mỗi ô, %1."},
    {W::delay_since_release, "+độ trễ kể từ khi phát"},
    {W::number, "#"},
    {W::inject, "Tình huống"},
    {W::released, "Đã phát"},
    {W::delivered, "Đã chuyển tới"},
    {W::opened, "Đã mở"},
    {W::acknowledged, "Đã nhận"},
    {W::done, "Xong"},
    {W::missed, "Bỏ lỡ"},
    {W::ratings, "Xếp loại"},
    {W::yes, "có"},
    {W::no, "không"},
    {W::delay_median, "Độ trễ: trung vị"},
    {W::delay_worst, "lâu nhất"},
    {W::missed_actions, "Hành động mong đợi bị bỏ lỡ"},
    {W::missed_item, "%1 (%2): %3, hạn %4"},
    {W::none, "Không có."},
    {W::per_unit, "Theo đơn vị"},
    {W::median_to_ack, "Trung vị đến khi nhận"},
    {W::median_to_done, "Trung vị đến khi xong"},
    {W::observations, "Nhận xét của người đánh giá"},
    {W::evaluator, "Người đánh giá"},
    {W::rating, "Xếp loại"},
    {W::observation, "Nhận xét"},
    {W::action_log, "Nhật ký hành động"},
    {W::wall_time, "Giờ thực (UTC)"},
    {W::author, "Người ghi"},
    {W::kind, "Loại"},
    {W::text, "Nội dung"},
    {W::participants, "Người tham gia"},
    {W::name, "Tên"},
    {W::login, "Tên đăng nhập"},
    {W::role, "Vai trò"},
    {W::value_planned, "đã lên kế hoạch"},
    {W::value_running, "đang chạy"},
    {W::value_paused, "đang tạm dừng"},
    {W::value_ended, "đã kết thúc"},
    {W::value_action, "hành động"},
    {W::value_note, "ghi chú"},
    {W::value_status, "trạng thái"},
    {W::value_observation, "nhận xét"},
    {W::value_opened, "đã mở"},
    {W::value_member, "thành viên"},
    {W::value_coordinator, "điều phối viên"},
    {W::value_evaluator, "người đánh giá"},
    {W::value_admin, "quản trị viên"},
}};

const Table& table(ReportLanguage language) noexcept {
    switch (language) {
        case ReportLanguage::es: return kSpanish;
        case ReportLanguage::vi: return kVietnamese;
        case ReportLanguage::en: break;
    }
    return kEnglish;
}

}  // namespace

std::optional<ReportLanguage> report_language_from_string(std::string_view text) noexcept {
    const auto end = text.find_first_of("-_");
    const auto primary = text.substr(0, end);
    if (primary.size() != 2 || (end != std::string_view::npos && end + 1 == text.size())) return std::nullopt;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    const std::string code{lower(primary[0]), lower(primary[1])};
    if (code == "en") return ReportLanguage::en;
    if (code == "es") return ReportLanguage::es;
    if (code == "vi") return ReportLanguage::vi;
    return std::nullopt;
}

std::string_view to_string(ReportLanguage language) noexcept {
    switch (language) {
        case ReportLanguage::es: return "es";
        case ReportLanguage::vi: return "vi";
        case ReportLanguage::en: break;
    }
    return "en";
}

ReportLanguage report_language_from_accept(std::string_view header) noexcept {
    const auto trim = [](std::string_view t) {
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
        return t;
    };
    std::optional<ReportLanguage> best;
    int best_q = 0;  // thousandths
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const auto semicolon = item.find(';');
        const auto language = report_language_from_string(trim(item.substr(0, semicolon)));
        int q = 1000;
        if (semicolon != std::string_view::npos) {
            // "q=" then 0, 0.d…, 1 or 1.0…; anything else spoils the item.
            const auto weight = trim(item.substr(semicolon + 1));
            if (weight.size() < 3 || (weight[0] != 'q' && weight[0] != 'Q') || weight[1] != '=') continue;
            const auto value = weight.substr(2);
            if (value[0] != '0' && value[0] != '1') continue;
            q = (value[0] - '0') * 1000;
            if (value.size() > 1) {
                if (value[1] != '.' || value.size() > 5) continue;
                int scale = 100;
                bool digits = true;
                for (const char c : value.substr(2)) {
                    digits = digits && c >= '0' && c <= '9';
                    q += (c - '0') * scale;
                    scale /= 10;
                }
                if (!digits || q > 1000) continue;
            }
        }
        if (language && q > best_q) {
            best = language;
            best_q = q;
        }
    }
    return best.value_or(ReportLanguage::en);
}

std::string_view report_word(ReportLanguage language, ReportWord word) noexcept {
    for (const auto& [key, text] : table(language)) {
        if (key == word) return text;
    }
    return {};
}

std::string_view report_value(ReportLanguage language, std::string_view value) noexcept {
    // The stored values are the English table's words.
    for (const auto& [key, text] : kEnglish) {
        if (key >= W::value_planned && text == value) return report_word(language, key);
    }
    return value;
}

}  // namespace muster::server
