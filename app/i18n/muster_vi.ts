<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityDelegate</name>
    <message>
        <location filename="../../qml/components/ActivityDelegate.qml" line="+26"/>
        <source>%1 on %2: %3, %4</source>
        <extracomment>Screen-reader text of an activity entry: %1 author, %2 task, %3 what was logged, %4 when.</extracomment>
        <translation>%1 trên %2: %3, %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Someone</source>
        <translation>Ai đó</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../qml/components/AttachmentChip.qml" line="+20"/>
        <source>Remove attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the log sheet: %1 the file&apos;s name and size.</extracomment>
        <translation>Gỡ tệp đính kèm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the action log: %1 the file&apos;s name and size.</extracomment>
        <translation>Mở tệp đính kèm %1</translation>
    </message>
</context>
<context>
    <name>BrandHeader</name>
    <message>
        <location filename="../../qml/components/BrandHeader.qml" line="+13"/>
        <source>Tasks and drills that work offline.</source>
        <translation>Nhiệm vụ và diễn tập, dùng được cả khi ngoại tuyến.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Muster</source>
        <extracomment>The app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>CameraSheet</name>
    <message>
        <location filename="../../qml/components/CameraSheet.qml" line="+68"/>
        <source>Taking the photo…</source>
        <translation>Đang chụp ảnh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the camera…</source>
        <translation>Đang bật máy ảnh…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Take the photo</source>
        <extracomment>The camera&apos;s shutter button (screen readers).</extracomment>
        <translation>Chụp ảnh</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/commandline.cpp" line="+17"/>
        <source>Muster — offline-first field tasking and drills.</source>
        <translation>Muster — giao việc và diễn tập hiện trường, ưu tiên ngoại tuyến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill the server address.</source>
        <translation>Điền sẵn địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefill the login.</source>
        <translation>Điền sẵn tên đăng nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where Muster keeps its data.</source>
        <translation>Thư mục Muster lưu dữ liệu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the first page to a PNG file and exit.</source>
        <translation>Xuất trang đầu tiên ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Kích thước cửa sổ cho --screenshot, ví dụ 390x844.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (en, vi or es) for this run.</source>
        <translation>Hiển thị ứng dụng bằng ngôn ngữ này (en, vi hoặc es) trong lần chạy này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size multiplier, 0.8 to 3 (default: the system&apos;s).</source>
        <translation>Hệ số cỡ chữ, từ 0.8 đến 3 (mặc định: theo hệ thống).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir cần một thư mục.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot cần một tên tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size only works with --screenshot.</source>
        <translation>--size chỉ dùng được cùng --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size must look like 390x844 (width x height, 1 to 8192).</source>
        <translation>--size phải có dạng 390x844 (rộng x cao, từ 1 đến 8192).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang phải là một trong: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--font-scale must be a number from 0.8 to 3.</source>
        <translation>--font-scale phải là một số từ 0.8 đến 3.</translation>
    </message>
</context>
<context>
    <name>CommsDelegate</name>
    <message>
        <location filename="../../qml/components/CommsDelegate.qml" line="+20"/>
        <source>Answered %1</source>
        <extracomment>A device answered the comms check; %1 is the time, e.g. &quot;14:02&quot;.</extracomment>
        <translation>Đã trả lời lúc %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Chưa từng đồng bộ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (thiết bị này)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/ConflictsPage.qml" line="+65"/>
        <source>by %1, %2</source>
        <extracomment>Who wrote a conflicting value and when: %1 name, %2 time.</extracomment>
        <translation>bởi %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>ai đó</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts</source>
        <translation>Không có xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When two people change the same thing without seeing each other&apos;s change, it shows here for a coordinator to settle.</source>
        <translation>Khi hai người cùng sửa một thứ mà không thấy thay đổi của nhau, việc đó hiện ở đây để điều phối viên quyết định.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Two people changed these without seeing each other&apos;s change. The newer value is in place; keep it, use the other one, or type the right value.</source>
        <translation>Hai người đã sửa những mục này mà không thấy thay đổi của nhau. Giá trị mới hơn đang được dùng; hãy giữ nó, dùng giá trị kia hoặc nhập giá trị đúng.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of “%2”</source>
        <translation>%1 của “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deleted item</source>
        <translation>một mục đã xóa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In place now</source>
        <extracomment>The value that is in place now (the newer write).</extracomment>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep</source>
        <extracomment>Button: keep the value that is in place.</extracomment>
        <translation>Giữ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwritten</source>
        <extracomment>The value that was overwritten by the newer one.</extracomment>
        <translation>Bị ghi đè</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this</source>
        <extracomment>Button: use the overwritten value instead.</extracomment>
        <translation>Dùng giá trị này</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Or type the right value</source>
        <translation>Hoặc nhập giá trị đúng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save value</source>
        <extracomment>Button: resolve the conflict with the typed value.</extracomment>
        <translation>Lưu giá trị</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../qml/pages/DashboardPage.qml" line="+51"/>
        <source>For coordinators</source>
        <translation>Dành cho điều phối viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard shows the merged status of your units to coordinators.</source>
        <translation>Bảng điều khiển cho điều phối viên thấy tình hình tổng hợp của các đơn vị.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updating the figures</source>
        <translation>Đang cập nhật số liệu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drill</source>
        <extracomment>Dashboard scope: which drill (or all tasks) the figures are about.</extracomment>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my units</source>
        <translation>Tất cả đơn vị của tôi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drill clock and injects</source>
        <extracomment>Button on the dashboard: open the chosen drill&apos;s page (clock, controls, injects).</extracomment>
        <translation>Đồng hồ diễn tập và tình huống</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n xung đột đang chờ điều phối viên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks by status</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n task(s) released</source>
        <translation>
            <numerusform>%n nhiệm vụ đã phát</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n inject(s) not yet released</source>
        <translation>
            <numerusform>%n tình huống chưa phát</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expected actions missed</source>
        <translation>Hành động mong đợi bị bỏ lỡ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) passed their deadline without being acknowledged.</source>
        <translation>
            <numerusform>%n tình huống đã quá hạn mà chưa được xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missed: %1</source>
        <translation>Bỏ lỡ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Không có gì quá hạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, due %2</source>
        <translation>%1, hạn %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading devices…</source>
        <translation>Đang đọc danh sách thiết bị…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has synced in this scope yet.</source>
        <translation>Chưa có thiết bị nào trong phạm vi này đồng bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device with unsent changes may have done more than shows here.</source>
        <translation>Thiết bị còn thay đổi chưa gửi có thể đã làm nhiều hơn những gì hiện ở đây.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest activity</source>
        <translation>Hoạt động mới nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/DeviceDelegate.qml" line="+22"/>
        <source>Never synced</source>
        <translation>Chưa từng đồng bộ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not reported</source>
        <extracomment>A device still holds changes it has not sent: what it did is not yet reported.</extracomment>
        <translation>
            <numerusform>%n thay đổi chưa báo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from</source>
        <extracomment>The device has not synced for a while: its state is unknown.</extracomment>
        <translation>Chưa liên lạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync %1</source>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest unsent change %1</source>
        <translation>thay đổi chưa gửi cũ nhất %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app %1</source>
        <translation>ứng dụng %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (this device)</source>
        <translation>%1 (thiết bị này)</translation>
    </message>
</context>
<context>
    <name>DrillDetailPage</name>
    <message>
        <location filename="../../qml/pages/DrillDetailPage.qml" line="+32"/>
        <source>No drill selected</source>
        <translation>Chưa chọn cuộc diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drill to run its clock and follow its injects.</source>
        <translation>Chọn một cuộc diễn tập để chạy đồng hồ và theo dõi các tình huống.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>After-action report</source>
        <extracomment>Button on a drill&apos;s page: open its after-action report.</extracomment>
        <translation>Báo cáo sau diễn tập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drill clock</source>
        <translation>Đồng hồ diễn tập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starts at %1</source>
        <extracomment>A drill started ahead: %1 the time its clock starts.</extracomment>
        <translation>Bắt đầu lúc %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drill clock %1, %2</source>
        <extracomment>Screen-reader text of the drill clock: %1 the time, %2 the drill&apos;s state.</extracomment>
        <translation>Đồng hồ diễn tập %1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <extracomment>Button: start the drill clock.</extracomment>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <extracomment>Button: pause the drill clock.</extracomment>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <extracomment>Button: let the paused drill clock run again.</extracomment>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+111"/>
        <source>End drill</source>
        <extracomment>Button: end the drill (asks first).</extracomment>
        <translation>Kết thúc diễn tập</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <source>Start later</source>
        <extracomment>Choice on a planned drill&apos;s page: when the Start-later button starts it.
----------
Button: start the drill clock at the time chosen beside it.</extracomment>
        <translation>Bắt đầu sau</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In 5 minutes</source>
        <translation>Sau 5 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 15 minutes</source>
        <translation>Sau 15 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>Sau 30 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>Sau 1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>Sau 2 giờ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Injects</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drill has no injects on this device.</source>
        <translation>Cuộc diễn tập này chưa có tình huống nào trên thiết bị này.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expected action(s) missed</source>
        <translation>
            <numerusform>%n hành động mong đợi bị bỏ lỡ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Comms check</source>
        <translation>Kiểm tra liên lạc</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ask every device of the drill&apos;s units to answer, to see who is reachable.</source>
        <translation>Yêu cầu mọi thiết bị của các đơn vị trong cuộc diễn tập trả lời, để biết ai liên lạc được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 answered · asked %3</source>
        <extracomment>Comms check summary, e.g. &quot;7 of 9 answered · asked 14:00&quot;.</extracomment>
        <translation>%1/%2 đã trả lời · hỏi lúc %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask again</source>
        <translation>Hỏi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a comms check</source>
        <translation>Bắt đầu kiểm tra liên lạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every device again</source>
        <translation>Hỏi lại mọi thiết bị</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the drill?</source>
        <translation>Kết thúc cuộc diễn tập?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The drill clock stops for good and no more injects are released. This cannot be undone.</source>
        <translation>Đồng hồ diễn tập dừng hẳn và không phát thêm tình huống nào nữa. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep running</source>
        <translation>Tiếp tục chạy</translation>
    </message>
</context>
<context>
    <name>DrillReportPage</name>
    <message>
        <location filename="../../qml/pages/DrillReportPage.qml" line="+45"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>median %1, worst %2 (%n inject(s))</source>
        <extracomment>A delay&apos;s statistics: %1 median, %2 worst case, %n how many.</extracomment>
        <translation>
            <numerusform>trung vị %1, chậm nhất %2 (%n tình huống)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>After-action report: %1</source>
        <translation>Báo cáo sau diễn tập: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Báo cáo sau diễn tập</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the report</source>
        <translation>Đang tải báo cáo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server computes the report from everything all devices have sent, so it needs a connection.</source>
        <translation>Máy chủ lập báo cáo từ mọi dữ liệu các thiết bị đã gửi, nên cần có kết nối.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load report</source>
        <translation>Tải báo cáo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save printable report</source>
        <extracomment>Button: save the report as an HTML file and open it (to print or share).</extracomment>
        <translation>Lưu báo cáo để in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as CSV</source>
        <extracomment>Button: save the report as a CSV file (one row per inject and unit) for a spreadsheet.</extracomment>
        <translation>Lưu dạng CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as JSON</source>
        <extracomment>Button: save the report as a JSON data file.</extracomment>
        <translation>Lưu dạng JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drill time</source>
        <extracomment>Drill time: the running time of a drill, pauses excluded.</extracomment>
        <translation>Thời gian diễn tập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comms check</source>
        <translation>Kiểm tra liên lạc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 devices answered</source>
        <extracomment>The drill&apos;s comms check: %1 devices that answered, %2 devices asked.</extracomment>
        <translation>%1/%2 thiết bị đã trả lời</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delays after release</source>
        <translation>Độ trễ sau khi phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill time, pauses excluded</source>
        <translation>Thời gian diễn tập, không tính lúc tạm dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Đã chuyển tới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Đã mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1 %2 — %3</source>
        <extracomment>An inject in the report: %1 its number, %2 its title, %3 the unit.</extracomment>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>released %1 · acknowledged %2 · done %3</source>
        <extracomment>Times of one inject in drill time: released, acknowledged, completed.</extracomment>
        <translation>phát %1 · nhận %2 · xong %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected action missed</source>
        <translation>bỏ lỡ hành động mong đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rated %1</source>
        <translation>xếp loại %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluator observations</source>
        <translation>Nhận xét của người đánh giá</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>%1 · %2 · %3 on %4: %5</source>
        <extracomment>An observation: %1 drill time, %2 rating letter, %3 evaluator, %4 inject title, %5 text.
----------
A timeline entry: %1 drill time, %2 who, %3 the kind of entry, %4 the task, %5 what was logged.</extracomment>
        <translation>%1 · %2 · %3 về %4: %5</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 injects, %2 acknowledged, %3 done, %4 missed</source>
        <extracomment>Per-unit summary: counts of injects.</extracomment>
        <translation>%1 tình huống, %2 đã nhận, %3 xong, %4 bị bỏ lỡ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <extracomment>The report&apos;s list of every log entry of the drill, in time order.</extracomment>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry logged on the drill&apos;s tasks, in time order</source>
        <translation>Mọi mục đã ghi trên các nhiệm vụ của cuộc diễn tập, theo thứ tự thời gian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 · %3 on %4</source>
        <extracomment>A timeline entry without text (the task opened): %1 drill time, %2 who, %3 the kind of entry, %4 the task.</extracomment>
        <translation>%1 · %2 · %3 về %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more entry(ies) in the saved report.</source>
        <translation>
            <numerusform>Còn %n mục nữa trong báo cáo đã lưu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../qml/pages/DrillsPage.qml" line="+41"/>
        <source>No drills yet</source>
        <translation>Chưa có cuộc diễn tập nào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For coordinators</source>
        <translation>Dành cho điều phối viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a scenario file to create a drill for your units, or wait for one an administrator imports.</source>
        <translation>Hãy nhập một tệp kịch bản để tạo cuộc diễn tập cho các đơn vị của bạn, hoặc chờ quản trị viên nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drills of your units appear here once a coordinator imports one.</source>
        <extracomment>Empty drill list of an evaluator.</extracomment>
        <translation>Các cuộc diễn tập của đơn vị bạn sẽ hiện ở đây khi điều phối viên nhập một cuộc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators run drills from this page.</source>
        <translation>Điều phối viên điều hành diễn tập từ trang này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Import scenario</source>
        <translation>Nhập kịch bản</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../qml/components/EmptyState.qml" line="+16"/>
        <source>%1. %2</source>
        <extracomment>Screen-reader text of an empty list: %1 the title, %2 the explanation.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <location filename="../../qml/components/ExerciseBanner.qml" line="+19"/>
        <source>Exercise. Drill data, not real tasking.</source>
        <translation>Diễn tập. Dữ liệu diễn tập, không phải nhiệm vụ thật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1. Drill data, not real tasking.</source>
        <translation>Diễn tập: %1. Dữ liệu diễn tập, không phải nhiệm vụ thật.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>ExerciseTag</name>
    <message>
        <location filename="../../qml/components/ExerciseTag.qml" line="+8"/>
        <source>EXERCISE</source>
        <extracomment>The mark on drill tasks; keep it short and in capitals where the script has them.</extracomment>
        <translation>DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+87"/>
        <source>Changes not sent yet</source>
        <translation>Còn thay đổi chưa gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused changes kept</source>
        <translation>Các thay đổi bị từ chối vẫn được giữ</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</source>
        <translation>
            <numerusform>%n thay đổi trên thiết bị này chưa đến máy chủ. Chúng vẫn được giữ trên thiết bị và sẽ được gửi khi bạn đăng nhập lại bằng tài khoản này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) the server refused stay listed on the Sync tab of this device. They are not sent again: make them again if they are still needed.</source>
        <extracomment>Before signing out: changes the server refused are not sent again; they stay listed on the Sync tab.</extracomment>
        <translation>
            <numerusform>%n thay đổi bị máy chủ từ chối vẫn được liệt kê ở thẻ Đồng bộ trên thiết bị này. Chúng không được gửi lại: hãy thực hiện lại nếu vẫn cần.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay signed in</source>
        <translation>Tiếp tục đăng nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out anyway</source>
        <translation>Vẫn đăng xuất</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field member</source>
        <translation>Thành viên hiện trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tasks</source>
        <translation>Nhiệm vụ của tôi</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+113"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+116"/>
        <source>Drills</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+113"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill tasks</source>
        <extracomment>Title of an evaluator&apos;s task list: the drill tasks they observe.</extracomment>
        <translation>Nhiệm vụ diễn tập</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Back to the drill</source>
        <translation>Quay lại cuộc diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the task list</source>
        <translation>Quay lại danh sách nhiệm vụ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back to the dashboard</source>
        <translation>Quay lại tổng quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the drill list</source>
        <translation>Quay lại danh sách diễn tập</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your changes are safe on this device. Sign in again to send them.</source>
        <translation>Thay đổi của bạn vẫn an toàn trên thiết bị này. Hãy đăng nhập lại để gửi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+281"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-533"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>The server was restored from a backup, so this device fetched everything again. Changes sent after that backup may be missing: check your recent actions and log again what is gone.</source>
        <translation>Máy chủ đã được khôi phục từ bản sao lưu, nên thiết bị này đã tải lại toàn bộ dữ liệu. Các thay đổi gửi sau bản sao lưu đó có thể bị mất: hãy kiểm tra các thao tác gần đây và ghi lại những gì bị thiếu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <extracomment>Dismisses the notice that the server was restored from a backup.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 (%2)</source>
        <extracomment>Bottom navigation label with a count, e.g. &quot;Sync (1)&quot;: %1 the label, %2 the count.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sign in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>ImportScenarioPage</name>
    <message>
        <location filename="../../qml/pages/ImportScenarioPage.qml" line="+33"/>
        <source>Choose a scenario file</source>
        <translation>Chọn tệp kịch bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios (*.csv *.json)</source>
        <translation>Kịch bản (*.csv *.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import scenario</source>
        <translation>Nhập kịch bản</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario file lists the injects of a drill: number, time offset, target unit, title, instructions, expected action, priority, deadline, delivery note and controller note. CSV and JSON files are accepted.</source>
        <translation>Tệp kịch bản liệt kê các tình huống của một cuộc diễn tập: số thứ tự, thời điểm, đơn vị nhận, tiêu đề, hướng dẫn, hành động mong đợi, mức ưu tiên, thời hạn, ghi chú chuyển giao và ghi chú của người điều khiển. Chấp nhận tệp CSV và JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file</source>
        <translation>Chọn tệp khác</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%n lỗi trong %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is imported until the file is fixed.</source>
        <translation>Chưa nhập gì cho đến khi tệp được sửa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run by</source>
        <extracomment>The unit that runs an imported drill.</extracomment>
        <translation>Đơn vị điều hành</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Injects</source>
        <translation>Tình huống</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) over %1</source>
        <translation>
            <numerusform>%n tình huống trong %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-stage injects on the units&apos; devices before their release</source>
        <translation>Gửi trước các tình huống tới thiết bị của đơn vị trước khi phát</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import drill</source>
        <extracomment>Button: write the checked scenario as a planned drill.</extracomment>
        <translation>Nhập cuộc diễn tập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>InfoRow</name>
    <message>
        <location filename="../../qml/components/InfoRow.qml" line="+34"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader text of a settings line: %1 what, %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InjectDelegate</name>
    <message>
        <location filename="../../qml/components/InjectDelegate.qml" line="+32"/>
        <source>Releases in %1</source>
        <extracomment>An inject not yet released; %1 is the drill time left, e.g. &quot;04:30&quot;.</extracomment>
        <translation>Phát sau %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <extracomment>An inject its unit set blocked (its deadline not passed yet).</extracomment>
        <translation>Bị cản trở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <extracomment>The inject&apos;s deadline passed without it being acknowledged.</extracomment>
        <translation>Bỏ lỡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inject %1</source>
        <translation>Tình huống %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected: %1</source>
        <translation>Mong đợi: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release now</source>
        <translation>Phát ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release now: %1</source>
        <translation>Phát ngay: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send follow-up</source>
        <translation>Gửi nhắc việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send follow-up: %1</source>
        <translation>Gửi nhắc việc: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/components/LanguagePicker.qml" line="+31"/>
        <location line="+34"/>
        <source>Language</source>
        <extracomment>Caption next to the language picker.</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LocalWrite</name>
    <message>
        <location filename="../src/localwrite.cpp" line="+12"/>
        <source>No account is open.</source>
        <translation>Chưa mở tài khoản nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Couldn&apos;t save on this device: its storage is full. Free some space (photos, videos, other apps), then try again.</source>
        <translation>Không lưu được trên thiết bị này: bộ nhớ đã đầy. Hãy giải phóng dung lượng (ảnh, video, ứng dụng khác) rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Không lưu được trên thiết bị này: %1</translation>
    </message>
</context>
<context>
    <name>LogActionSheet</name>
    <message>
        <location filename="../../qml/components/LogActionSheet.qml" line="+22"/>
        <source>Log action</source>
        <translation>Ghi hành động</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+147"/>
        <source>Attach a photo or file</source>
        <extracomment>The file picker&apos;s title. On a phone it also offers the camera.</extracomment>
        <translation>Đính kèm ảnh hoặc tệp</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+14"/>
        <source>What did you do?</source>
        <translation>Bạn đã làm gì?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: gauges read, 3.4 m at Weir Lane</source>
        <translation>Ví dụ: đã đọc thước đo, 3,4 m ở Weir Lane</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Removed “%1”.</source>
        <extracomment>In the log sheet after an attachment chip was tapped; %1 is the file&apos;s name.</extracomment>
        <translation>Đã gỡ “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <extracomment>Puts back the attachment just removed in the log sheet.</extracomment>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: put back %1</source>
        <translation>Hoàn tác: đính kèm lại %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach my location</source>
        <translation>Đính kèm vị trí của tôi</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preparing your files</source>
        <extracomment>Screen-reader name of the spinner while a photo is prepared or files are stored.</extracomment>
        <translation>Đang chuẩn bị tệp của bạn</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../../qml/components/LogEntryDelegate.qml" line="+32"/>
        <source>%1, %2, %3: %4</source>
        <extracomment>Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.</extracomment>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Location: %1</source>
        <extracomment>Where a logged action happened: %1 is &quot;lat, lon ±accuracy m&quot;.</extracomment>
        <translation>Vị trí: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Opened by %1</source>
        <extracomment>A discreet timeline line: the member first opened the task.</extracomment>
        <translation>%1 đã mở</translation>
    </message>
</context>
<context>
    <name>LogLocation</name>
    <message>
        <location filename="../src/attachmenttext.cpp" line="+21"/>
        <source>%1 ±%2 m</source>
        <extracomment>A location and its accuracy in metres: &quot;52.52000, 13.40500 ±12 m&quot;.</extracomment>
        <translation>%1 ±%2 m</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+47"/>
        <location line="+93"/>
        <location line="+188"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Sign in to Muster</source>
        <translation>Đăng nhập vào Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Dùng tên đăng nhập mà điều phối viên đã cấp cho bạn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Login</source>
        <extracomment>Field label: the account name a coordinator gives each member (a noun, not &quot;sign in&quot;).</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. j.okafor</source>
        <extracomment>Example login in the empty field; keep &quot;j.okafor&quot;.</extracomment>
        <translation>ví dụ: j.okafor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your coordinator if you don&apos;t know it.</source>
        <translation>Nếu chưa biết, hãy hỏi điều phối viên.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This device has no secure key store, so a PIN protects Muster&apos;s data on it. Choose one of at least %1 digits: you&apos;ll type it each time you open Muster.</source>
        <translation>Thiết bị này không có kho khóa bảo mật, nên dữ liệu Muster trên máy được bảo vệ bằng mã PIN. Hãy chọn mã PIN có ít nhất %1 chữ số: bạn sẽ nhập mã này mỗi lần mở Muster.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repeat the PIN</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <extracomment>Heading above a server certificate&apos;s fingerprint at sign-in.</extracomment>
        <translation>Dấu vân tay chứng chỉ (SHA-256)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fingerprint %1</source>
        <translation>Dấu vân tay %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the new certificate and sign in</source>
        <translation>Tin cậy chứng chỉ mới và đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate and sign in</source>
        <translation>Tin cậy chứng chỉ này và đăng nhập</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Works offline after your first sign-in.</source>
        <translation>Dùng được khi ngoại tuyến sau lần đăng nhập đầu tiên.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+23"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../../qml/pages/NewTaskPage.qml" line="+78"/>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only coordinators can create tasks, and only for units this device has received.</source>
        <translation>Chỉ điều phối viên mới tạo được nhiệm vụ, và chỉ cho các đơn vị thiết bị này đã nhận.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <extracomment>Label of the new task&apos;s title field.</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: check the pumps at Mill Street</source>
        <translation>Ví dụ: kiểm tra máy bơm ở phố Mill</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Instructions</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What to do, where, and what to report back</source>
        <translation>Làm gì, ở đâu và cần báo lại điều gì</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due</source>
        <extracomment>Label of the &quot;due in&quot; choice of a new task.</extracomment>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep: %1</source>
        <extracomment>The first choice when changing a task: leave its due time as it is (%1: that time).</extracomment>
        <translation>Giữ nguyên: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due time</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>Trong 30 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>Trong 1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>Trong 2 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 4 hours</source>
        <translation>Trong 4 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 8 hours</source>
        <translation>Trong 8 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 24 hours</source>
        <translation>Trong 24 giờ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigned to</source>
        <extracomment>Label of the member a new task is assigned to.</extracomment>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole unit</source>
        <translation>Cả đơn vị</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on this device at once and sent with the next sync, also without a connection.</source>
        <translation>Lưu ngay trên thiết bị này và gửi ở lần đồng bộ tiếp theo, kể cả khi không có kết nối.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create task</source>
        <translation>Tạo nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <extracomment>Button: save the new task (or, when changing one, its changes).</extracomment>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ObservationSheet</name>
    <message>
        <location filename="../../qml/components/ObservationSheet.qml" line="+29"/>
        <source>Add observation</source>
        <translation>Thêm quan sát</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Expected: %1</source>
        <extracomment>In the evaluator&apos;s observation sheet: what the scenario expects the unit to do. %1 is that text.</extracomment>
        <translation>Mong đợi: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>What did you observe?</source>
        <translation>Bạn đã quan sát thấy gì?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QtSyncTransport</name>
    <message>
        <location filename="../src/qtsynctransport.cpp" line="+40"/>
        <source>The server does not take something this large.</source>
        <translation>Máy chủ không nhận dữ liệu lớn như vậy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused: this account may not do that.</source>
        <translation>Máy chủ từ chối: tài khoản này không được phép làm việc đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Muster tries again shortly.</source>
        <translation>Máy chủ đang bận. Muster sẽ thử lại sau ít phút.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file reached the server damaged. It is sent again.</source>
        <translation>Một tệp đến máy chủ bị hỏng. Tệp sẽ được gửi lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <extracomment>%1 a sentence about a refused request, %2 the server&apos;s own reason (often in English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate isn&apos;t the one this device trusts, so nothing was sent. If your coordinator says it changed, sign out and in again to trust the new one; your changes stay on this device.</source>
        <translation>Chứng chỉ của máy chủ không phải chứng chỉ mà thiết bị này tin cậy, nên chưa có gì được gửi. Nếu điều phối viên nói rằng nó đã đổi, hãy đăng xuất rồi đăng nhập lại để tin cậy chứng chỉ mới; các thay đổi của bạn vẫn nằm trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can&apos;t reach the server: %1</source>
        <translation>Không kết nối được máy chủ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync was interrupted.</source>
        <translation>Quá trình đồng bộ bị gián đoạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asks you to sign in again.</source>
        <translation>Máy chủ yêu cầu bạn đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is unavailable (HTTP %1).</source>
        <translation>Máy chủ hiện không hoạt động (HTTP %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused the sync request (HTTP %1).</source>
        <translation>Máy chủ từ chối yêu cầu đồng bộ (HTTP %1).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A file could not be uploaded: %1</source>
        <translation>Không tải lên được một tệp: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An attached file is missing on this device: %1</source>
        <translation>Thiếu một tệp đính kèm trên thiết bị này: %1</translation>
    </message>
</context>
<context>
    <name>RejectedChangesPage</name>
    <message>
        <location filename="../../qml/pages/RejectedChangesPage.qml" line="+30"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem; trying again soon.</source>
        <translation>Máy chủ gặp sự cố; sẽ thử lại sớm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for free space on this device; trying again soon.</source>
        <extracomment>Sync state: this device&apos;s storage is full, so what the server sends cannot be stored.</extracomment>
        <translation>Đang chờ thiết bị có thêm dung lượng trống; sẽ thử lại sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection; changes are kept on this device.</source>
        <translation>Không có kết nối; thay đổi được giữ trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to send your changes.</source>
        <translation>Đăng nhập lại để gửi thay đổi của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date.</source>
        <translation>Đã cập nhật.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n xung đột đang chờ điều phối viên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolve</source>
        <extracomment>Button: open the list of conflicts to resolve them.</extracomment>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused changes</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted every change sent from this device.</source>
        <translation>Máy chủ đã nhận mọi thay đổi gửi từ thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.</source>
        <translation>Máy chủ không nhận các thay đổi này. Chúng được giữ ở đây để không mất gì mà không biết; hãy bỏ qua từng mục sau khi đã xử lý.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log entry on “%1”</source>
        <translation>Mục nhật ký của “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log entry on a task no longer here</source>
        <extracomment>A refused log entry whose task is no longer on this device.</extracomment>
        <translation>Mục nhật ký của một nhiệm vụ không còn trên thiết bị này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New task “%1”</source>
        <extracomment>A task created on this device that the server refused; %1 is its title.</extracomment>
        <translation>Nhiệm vụ mới “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill control on “%1”</source>
        <extracomment>A refused drill control (start, pause, end, comms check…); %1 is the drill&apos;s title.</extracomment>
        <translation>Điều khiển diễn tập “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drill control</source>
        <translation>Điều khiển diễn tập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict resolution on “%1”</source>
        <extracomment>A refused conflict resolution; %1 is the title of the task or drill the conflict was on.</extracomment>
        <translation>Giải quyết xung đột ở “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolution</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to “%1”</source>
        <translation>Thay đổi “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to a task no longer here</source>
        <extracomment>A refused change to a task no longer on this device.</extracomment>
        <translation>Thay đổi một nhiệm vụ không còn trên thiết bị này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account may not make this change.</source>
        <extracomment>Why the server refused a change: the account may not make it (role or scope).</extracomment>
        <translation>Tài khoản này không được thực hiện thay đổi này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It refers to something the server does not have.</source>
        <extracomment>Why the server refused a change: what it refers to is not on the server (deleted, or never synced).</extracomment>
        <translation>Thay đổi này nhắc đến thứ mà máy chủ không có.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log entry cannot be changed once written.</source>
        <extracomment>Why the server refused a change: log entries cannot be edited once written.</extracomment>
        <translation>Một mục nhật ký không thể sửa sau khi đã ghi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept it from this version of the app.</source>
        <extracomment>Why the server refused a change: the app sent something the server does not accept.</extracomment>
        <translation>Máy chủ không chấp nhận điều này từ phiên bản ứng dụng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s clock is far ahead. Check its date and time.</source>
        <extracomment>Why the server refused a change: this device&apos;s clock is far ahead.</extracomment>
        <translation>Đồng hồ của thiết bị này chạy nhanh quá nhiều. Hãy kiểm tra ngày giờ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refused: %1</source>
        <extracomment>%1 is the server&apos;s reason for refusing a change.</extracomment>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server: %1</source>
        <extracomment>%1 is the server&apos;s own words (often English), below the translated reason.</extracomment>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open task</source>
        <extracomment>Button on a refused change: open the task it was about (to make the change again).</extracomment>
        <translation>Mở nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open task: %1</source>
        <translation>Mở nhiệm vụ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioProblem</name>
    <message>
        <location filename="../src/scenarioproblemtext.cpp" line="+54"/>
        <source>line %1, column %2 (%3): %4</source>
        <extracomment>Where a scenario problem is: line and column in the file, the column&apos;s header or JSON path as written there, then the problem.</extracomment>
        <translation>dòng %1, cột %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 (%2): %3</source>
        <translation>dòng %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../shared/src/msel_messages.cpp" line="+21"/>
        <source>%1 is too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 quá dài: %2 byte, tối đa %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 quá dài: %2 byte, tối đa %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be one line without control characters</source>
        <translation>%1 phải nằm trên một dòng, không có ký tự điều khiển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain control characters</source>
        <translation>%1 không được chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 problems; fix these and import again to see the rest</source>
        <translation>hơn %1 lỗi; hãy sửa các lỗi này rồi nhập lại để xem phần còn lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is UTF-16 (or UTF-32); save it as UTF-8</source>
        <translation>tệp đang ở dạng UTF-16 (hoặc UTF-32); hãy lưu lại dưới dạng UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is UTF-32; save it as UTF-8</source>
        <translation>tệp đang ở dạng UTF-32; hãy lưu lại dưới dạng UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time offset is missing; use +HH:MM, 90m or 1h30m</source>
        <translation>thiếu thời điểm; hãy dùng +HH:MM, 90m hoặc 1h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an inject number; use a whole number from 1 to %2</source>
        <translation>%1 không phải là số thứ tự tình huống; hãy dùng số nguyên từ 1 đến %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a unit code or path; use codes of a-z, 0-9 and - like north or hq/north</source>
        <translation>%1 không phải là mã hay đường dẫn đơn vị; hãy dùng mã gồm a-z, 0-9 và -, ví dụ north hoặc hq/north</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a priority; use one of: %2</source>
        <translation>%1 không phải là mức ưu tiên; hãy dùng một trong: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms is outside 0 to 7 days (%2 ms)</source>
        <translation>%1 ms nằm ngoài khoảng 0 đến 7 ngày (%2 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deadline of 0 leaves no time; leave it empty for no deadline</source>
        <translation>thời hạn 0 không để lại chút thời gian nào; hãy để trống nếu không có thời hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the instructions and delivery note together are too long: %1 bytes, at most %2 allowed</source>
        <translation>hướng dẫn và ghi chú chuyển giao cộng lại quá dài: %1 byte, tối đa %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inject %1 is already used on line %2</source>
        <translation>tình huống %1 đã được dùng ở dòng %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject %1 is already used at %2</source>
        <translation>tình huống %1 đã được dùng tại %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1 MiB; split the scenario</source>
        <translation>tệp lớn hơn %1 MiB; hãy chia nhỏ kịch bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted cell is never closed; add the closing &quot; (a &quot; inside a quoted cell is written &quot;&quot;)</source>
        <translation>một ô trong dấu ngoặc kép không được đóng; hãy thêm dấu &quot; đóng (dấu &quot; bên trong ô có ngoặc kép được viết là &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after a closing quote; write a &quot; inside a quoted cell as &quot;&quot;</source>
        <translation>có chữ thừa sau dấu ngoặc kép đóng; hãy viết dấu &quot; bên trong ô có ngoặc kép thành &quot;&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>văn bản không phải UTF-8 hợp lệ; hãy lưu tệp dưới dạng UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title is given twice (first on line %1)</source>
        <translation>tiêu đề được ghi hai lần (lần đầu ở dòng %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not yes or no</source>
        <translation>%1 không phải là yes hay no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column %1; known columns: %2</source>
        <translation>cột không xác định %1; các cột hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 repeats column %2 (%3)</source>
        <translation>cột %1 lặp lại cột %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has no %1 column</source>
        <translation>dòng tiêu đề thiếu cột %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is beyond the header&apos;s last column (%1)</source>
        <translation>ô này nằm sau cột cuối cùng của dòng tiêu đề (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is under a column with no name</source>
        <translation>ô này nằm dưới một cột không có tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no header row; the first row names the columns: %1</source>
        <translation>tệp không có dòng tiêu đề; dòng đầu tiên phải ghi tên các cột: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 injects; split the scenario into several drills</source>
        <translation>hơn %1 tình huống; hãy chia kịch bản thành nhiều cuộc diễn tập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario has no injects; add one row per inject under the header</source>
        <translation>kịch bản không có tình huống nào; hãy thêm mỗi tình huống một dòng dưới dòng tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no injects</source>
        <translation>kịch bản không có tình huống nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than 7 days; a %2 can be at most +168:00</source>
        <translation>%1 dài hơn 7 ngày; %2 tối đa là +168:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a %2; use +HH:MM, 90m or 1h30m</source>
        <translation>%1 không phải là %2 hợp lệ; hãy dùng +HH:MM, 90m hoặc 1h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate key %1; each key may appear once in an object</source>
        <translation>khóa trùng lặp %1; mỗi khóa chỉ được xuất hiện một lần trong một đối tượng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scenario is a JSON object with &quot;title&quot; and &quot;injects&quot;; expected an object, got %1</source>
        <translation>kịch bản là một đối tượng JSON có &quot;title&quot; và &quot;injects&quot;; cần một đối tượng nhưng lại là %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key %1; known keys: %2</source>
        <translation>khóa không xác định %1; các khóa hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, got %2</source>
        <translation>cần %1 nhưng lại là %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing &quot;injects&quot;, the list of injects</source>
        <translation>thiếu &quot;injects&quot;, danh sách các tình huống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>hãy ghi &quot;%1&quot; hoặc &quot;%2&quot;, không ghi cả hai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a string like &quot;+01:30&quot;; for milliseconds use &quot;%1&quot;</source>
        <translation>cần một chuỗi như &quot;+01:30&quot;; nếu tính bằng mili giây hãy dùng &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario does not say which unit runs the drill; add &quot;# unit: CODE&quot; (CSV) or &quot;unit&quot; (JSON), or give it to the import</source>
        <translation>kịch bản không cho biết đơn vị nào chủ trì cuộc diễn tập; hãy thêm &quot;# unit: MÃ&quot; (CSV) hoặc &quot;unit&quot; (JSON), hoặc chỉ định khi nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit %1 to run the drill; check its code or path</source>
        <translation>không có đơn vị %1 để chủ trì cuộc diễn tập; hãy kiểm tra mã hoặc đường dẫn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no title; add &quot;# title: …&quot; (CSV) or &quot;title&quot; (JSON), or give one to the import</source>
        <translation>kịch bản không có tiêu đề; hãy thêm &quot;# title: …&quot; (CSV) hoặc &quot;title&quot; (JSON), hoặc đặt tiêu đề khi nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a drill key (a lowercase UUID)</source>
        <translation>%1 không phải là khóa cuộc diễn tập (một UUID viết thường)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown unit %1; check its code or path</source>
        <translation>không có đơn vị %1; hãy kiểm tra mã hoặc đường dẫn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit %1 is outside the units you coordinate</source>
        <translation>đơn vị %1 nằm ngoài các đơn vị bạn điều phối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the inject number</source>
        <translation>số thứ tự tình huống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time offset</source>
        <translation>thời điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target unit</source>
        <translation>đơn vị nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instructions</source>
        <translation>hướng dẫn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expected action</source>
        <translation>hành động mong đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delivery note</source>
        <translation>ghi chú chuyển giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the controller note</source>
        <translation>ghi chú của người điều khiển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario title</source>
        <translation>tiêu đề kịch bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario description</source>
        <translation>mô tả kịch bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time offset</source>
        <translation>thời điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>khoảng thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array of injects</source>
        <translation>một mảng các tình huống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of milliseconds</source>
        <translation>một số nguyên mili giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fraction</source>
        <translation>một số thập phân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>một giá trị boolean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another kind of value</source>
        <translation>một loại giá trị khác</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../src/loginprotocol.cpp" line="+51"/>
        <source>Enter the server address, e.g. https://muster.example.org</source>
        <translation>Nhập địa chỉ máy chủ, ví dụ https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muster can&apos;t save its data on this device. Check the free space and try again.</source>
        <translation>Muster không lưu được dữ liệu trên thiết bị này. Hãy kiểm tra dung lượng trống rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the server. Check the address and your connection.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate isn&apos;t trusted. Check the address or ask your coordinator.</source>
        <translation>Chứng chỉ bảo mật của máy chủ không đáng tin cậy. Hãy kiểm tra địa chỉ hoặc hỏi điều phối viên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No authority this device knows vouches for this server&apos;s certificate. If the fingerprint below matches the one your coordinator gave you, trust it.</source>
        <translation>Không có tổ chức nào mà thiết bị này biết xác nhận chứng chỉ của máy chủ này. Nếu dấu vân tay bên dưới trùng với dấu vân tay điều phối viên đã đưa cho bạn, hãy tin cậy nó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server&apos;s certificate has changed since you trusted it. Trust the new one only if your coordinator says it changed: it may not be your server.</source>
        <translation>Chứng chỉ của máy chủ này đã thay đổi kể từ khi bạn tin cậy nó. Chỉ tin cậy chứng chỉ mới nếu điều phối viên nói rằng nó đã đổi: đây có thể không phải máy chủ của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Thử quá nhiều lần. Hãy đợi vài phút rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server doesn&apos;t speak Muster&apos;s protocol (or is a different version).</source>
        <translation>Máy chủ này không dùng giao thức của Muster (hoặc khác phiên bản).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator erased Muster&apos;s data on this device, so it can&apos;t sign in as before. Its local data has been removed: sign in again to start afresh, or ask your coordinator.</source>
        <translation>Quản trị viên đã xóa dữ liệu Muster trên thiết bị này, nên thiết bị không thể đăng nhập như trước. Dữ liệu trên máy đã bị xóa: hãy đăng nhập lại để bắt đầu từ đầu, hoặc hỏi điều phối viên của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address starts with http://, so your password and tasks would cross the network unprotected. Use the server&apos;s https:// address.</source>
        <translation>Địa chỉ này bắt đầu bằng http://, nên mật khẩu và nhiệm vụ của bạn sẽ đi qua mạng mà không được bảo vệ. Hãy dùng địa chỉ https:// của máy chủ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>Máy chủ chưa thể đăng nhập cho bạn lúc này. Hãy thử lại sau vài phút.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+43"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <extracomment>The account&apos;s login name.</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted certificate (SHA-256)</source>
        <extracomment>The fingerprint of a server certificate the member chose to trust at sign-in.</extracomment>
        <translation>Chứng chỉ đã tin cậy (SHA-256)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync</source>
        <translation>Lần đồng bộ cuối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to send</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these into a message when you ask for help. They hold no password.</source>
        <translation>Chép các thông tin này vào tin nhắn khi bạn cần hỗ trợ. Không có mật khẩu trong đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device id</source>
        <translation>Mã thiết bị</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data on this device</source>
        <translation>Dữ liệu trên thiết bị này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Đã chép</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy diagnostics</source>
        <translation>Chép thông tin chẩn đoán</translation>
    </message>
</context>
<context>
    <name>StatusBars</name>
    <message>
        <location filename="../../qml/components/StatusBars.qml" line="+37"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader text of one dashboard bar: %1 the status, %2 the number of tasks.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../qml/components/SyncStatusBar.qml" line="+23"/>
        <source>Last sync %1</source>
        <extracomment>%1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <extracomment>Changes the server did not accept (listed on the Sync page).</extracomment>
        <translation>
            <numerusform>%n thay đổi bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to send</source>
        <translation>Không có gì chờ gửi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to send</source>
        <extracomment>Changes stored on this device, not yet sent to the server.</extracomment>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n change(s) refused, show them</source>
        <extracomment>Screen-reader name of the refused-changes count in the sync bar; a tap lists them.</extracomment>
        <translation>
            <numerusform>%n thay đổi bị từ chối, xem danh sách</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../qml/components/TaskDelegate.qml" line="+29"/>
        <source>Due %1</source>
        <extracomment>%1 is a relative time such as &quot;in 20 min&quot; or &quot;5 min ago&quot;.</extracomment>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+85"/>
        <source>New</source>
        <extracomment>Marker on a task that arrived since the user last looked.</extracomment>
        <translation>Mới</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <location filename="../../qml/pages/TaskDetailPage.qml" line="+41"/>
        <source>No task selected</source>
        <translation>Chưa chọn nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Chọn một nhiệm vụ trong danh sách để xem cần làm gì.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Expected action</source>
        <translation>Hành động mong đợi</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change…</source>
        <extracomment>Button (coordinators): change the task&apos;s title, priority, due time, unit or assignee.</extracomment>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action log</source>
        <translation>Nhật ký hành động</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log action</source>
        <translation>Ghi hành động</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add observation</source>
        <translation>Thêm quan sát</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+18"/>
        <source>What blocks this task?</source>
        <translation>Điều gì cản trở nhiệm vụ này?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: road closed at Station Road</source>
        <translation>Ví dụ: đường Station Road bị chặn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Set blocked</source>
        <extracomment>Button: save the task as blocked with the reason typed.</extracomment>
        <translation>Đánh dấu bị cản trở</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../../qml/pages/TaskListPage.qml" line="+51"/>
        <location line="+4"/>
        <source>Search tasks</source>
        <translation>Tìm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My tasks</source>
        <extracomment>Filter: tasks assigned to me or to my unit.</extracomment>
        <translation>Nhiệm vụ của tôi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit tasks</source>
        <extracomment>Filter: every task this device holds for the unit(s).</extracomment>
        <translation>Nhiệm vụ của đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <extracomment>Filter: tasks not finished yet.</extracomment>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked</source>
        <translation>Bị cản trở</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <extracomment>Filter: only drill (exercise) tasks.</extracomment>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New task</source>
        <extracomment>Button (coordinators): write a new task.</extracomment>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tasks yet</source>
        <translation>Chưa có nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matching tasks</source>
        <translation>Không có nhiệm vụ phù hợp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tasks of drills in your units appear here when their injects are released.</source>
        <extracomment>Empty task list of an evaluator (who observes drills and is assigned no tasks).</extracomment>
        <translation>Nhiệm vụ của các cuộc diễn tập trong đơn vị của bạn sẽ hiện ở đây khi các tình huống được phát ra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Nhiệm vụ của đơn vị bạn sẽ hiện ở đây sau lần đồng bộ đầu tiên.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Try another filter or clear the search.</source>
        <translation>Hãy thử bộ lọc khác hoặc xóa nội dung tìm kiếm.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../qml/components/TaskText.qml" line="+13"/>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bị cản trở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <extracomment>Button: confirm the task was received.</extracomment>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>Button: start working on the task.</extracomment>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <extracomment>Button: mark the task as done.</extracomment>
        <translation>Đánh dấu xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked…</source>
        <extracomment>Button: report that something stops the task.</extracomment>
        <translation>Bị cản trở…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <extracomment>Button (coordinators): open a finished task again.</extracomment>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel task</source>
        <extracomment>Button (coordinators): call the task off (sent in error, or no longer needed).</extracomment>
        <translation>Hủy nhiệm vụ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Đang tạm dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Observation</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>Log kind: the member first opened the task.</extracomment>
        <translation>Đã mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inject %1 · %2</source>
        <extracomment>An inject: %1 its number in the drill, %2 a title (the drill&apos;s or the inject&apos;s).</extracomment>
        <translation>Tình huống %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P: performed without challenges</source>
        <translation>P: thực hiện không gặp khó khăn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S: performed with some challenges</source>
        <translation>S: thực hiện với một số khó khăn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: performed with major challenges</source>
        <translation>M: thực hiện với nhiều khó khăn lớn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U: unable to be performed</source>
        <translation>U: không thể thực hiện</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due time</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill state</source>
        <extracomment>Conflicting field of a drill or an inject (two coordinators changed it offline).</extracomment>
        <translation>Trạng thái diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill start</source>
        <translation>Bắt đầu diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at</source>
        <translation>Tạm dừng lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time paused</source>
        <translation>Thời gian tạm dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill end</source>
        <translation>Kết thúc diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-stage injects</source>
        <translation>Gửi trước các tình huống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comms check</source>
        <translation>Kiểm tra liên lạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release on the drill clock</source>
        <translation>Phát hành theo đồng hồ diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time allowed after release</source>
        <translation>Thời gian cho phép sau khi phát hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected action</source>
        <translation>Hành động mong đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller&apos;s note</source>
        <translation>Ghi chú của người điều khiển</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="+43"/>
        <location line="+131"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Unlock Muster</source>
        <translation>Mở khóa Muster</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Muster&apos;s data on this device is locked with the PIN you chose at your first sign-in.</source>
        <translation>Dữ liệu Muster trên thiết bị này được khóa bằng mã PIN bạn đã chọn khi đăng nhập lần đầu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the PIN</source>
        <translation>Đang kiểm tra mã PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot your PIN?</source>
        <translation>Quên mã PIN?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without the PIN, Muster&apos;s data on this device can&apos;t be opened. You can erase it and sign in again: changes not yet sent to the server are lost.</source>
        <translation>Không có mã PIN thì không mở được dữ liệu Muster trên thiết bị này. Bạn có thể xóa dữ liệu và đăng nhập lại: những thay đổi chưa gửi lên máy chủ sẽ bị mất.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erase and sign in again</source>
        <translation>Xóa và đăng nhập lại</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Try the PIN again</source>
        <translation>Thử lại mã PIN</translation>
    </message>
</context>
<context>
    <name>muster::app::AccountSession</name>
    <message>
        <location filename="../src/accountsession.cpp" line="+104"/>
        <source>Can&apos;t create the data folder %1.</source>
        <translation>Không thể tạo thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Can&apos;t open this account&apos;s data: %1</source>
        <translation>Không thể mở dữ liệu của tài khoản này: %1</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>An administrator erased Muster&apos;s data on this device.</source>
        <translation>Quản trị viên đã xóa dữ liệu Muster trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator erased Muster&apos;s data on this device (reason: %1).</source>
        <translation>Quản trị viên đã xóa dữ liệu Muster trên thiết bị này (lý do: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) made on this device had not reached the server and are lost.</source>
        <translation>
            <numerusform>%n thay đổi trên thiết bị này chưa đến được máy chủ và đã bị mất.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device may not all have reached the server.</source>
        <translation>Có thể không phải mọi thay đổi trên thiết bị này đều đã đến được máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change made on this device had reached the server.</source>
        <translation>Mọi thay đổi trên thiết bị này đều đã đến được máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to keep working.</source>
        <translation>Hãy đăng nhập lại để tiếp tục làm việc.</translation>
    </message>
    <message>
        <location filename="../src/accountsettings.cpp" line="+58"/>
        <source>This device&apos;s data could not be unlocked: its key does not fit. Nothing was changed.</source>
        <translation>Không mở khóa được dữ liệu trên thiết bị này: khóa không khớp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account&apos;s data on this device was written by a newer version of Muster. Update the app to open it; nothing was changed or lost.</source>
        <translation>Dữ liệu của tài khoản này trên thiết bị được ghi bởi một phiên bản Muster mới hơn. Hãy cập nhật ứng dụng để mở; không có gì bị thay đổi hay mất.</translation>
    </message>
</context>
<context>
    <name>muster::app::AttachmentOpener</name>
    <message>
        <location filename="../src/attachmentopener.cpp" line="+54"/>
        <location line="+71"/>
        <source>This attachment can&apos;t be opened.</source>
        <translation>Không mở được tệp đính kèm này.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+28"/>
        <source>Sign in again to fetch this attachment.</source>
        <translation>Hãy đăng nhập lại để tải tệp đính kèm này.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Can&apos;t reach the server to fetch this attachment. Try again when you are online.</source>
        <translation>Không kết nối được máy chủ để tải tệp đính kèm này. Hãy thử lại khi trực tuyến.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server doesn&apos;t have this attachment yet: the device that added it has not synced it.</source>
        <translation>Máy chủ chưa có tệp đính kèm này: thiết bị đã thêm tệp chưa đồng bộ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not send this attachment (HTTP %1).</source>
        <translation>Máy chủ không gửi được tệp đính kèm này (HTTP %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t keep this attachment on this device: %1</source>
        <translation>Không lưu được tệp đính kèm này trên thiết bị: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::ConflictListModel</name>
    <message>
        <location filename="../src/conflictlistmodel.cpp" line="+252"/>
        <location line="+9"/>
        <source>This conflict is no longer open.</source>
        <translation>Xung đột này đã được giải quyết.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a whole number.</source>
        <translation>Hãy nhập một số nguyên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value can&apos;t be typed in; pick one of the two.</source>
        <translation>Không thể nhập giá trị này; hãy chọn một trong hai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only coordinators can resolve conflicts.</source>
        <translation>Chỉ điều phối viên mới giải quyết được xung đột.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the server can change this value.</source>
        <translation>Chỉ máy chủ mới thay đổi được giá trị này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This value is not valid here: %1</source>
        <translation>Giá trị này không hợp lệ ở đây: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Không thể lưu trên thiết bị này: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DeviceKeys</name>
    <message>
        <location filename="../src/devicekeys.cpp" line="+135"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Hai mã PIN không giống nhau. Hãy nhập cùng một mã PIN hai lần.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Hãy chọn mã PIN có ít nhất %1 chữ số.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not protect this device&apos;s data: %1</source>
        <translation>Muster không bảo vệ được dữ liệu trên thiết bị này: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Sai mã PIN. Hãy đợi %n giây trước khi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Sai mã PIN. Hãy thử lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Sai mã PIN quá nhiều lần. Hãy đợi %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not open this device&apos;s keys: %1</source>
        <translation>Muster không mở được khóa của thiết bị này: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your PIN first.</source>
        <translation>Hãy nhập mã PIN trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s key store did not answer: %1</source>
        <translation>Kho khóa của thiết bị không phản hồi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no key for this account&apos;s data.</source>
        <translation>Thiết bị này không có khóa cho dữ liệu của tài khoản này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device&apos;s key store did not keep the key: %1</source>
        <translation>Kho khóa của thiết bị không lưu được khóa: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillController</name>
    <message>
        <location filename="../src/drillcontroller.cpp" line="+236"/>
        <source>This drill control is not available now.</source>
        <translation>Hiện không dùng được nút điều khiển diễn tập này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A planned drill can be started from 1 minute to 7 days ahead.</source>
        <translation>Có thể hẹn bắt đầu cuộc diễn tập đã lên kế hoạch trước từ 1 phút đến 7 ngày.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an inject not yet released, in a started drill, can be released now.</source>
        <translation>Chỉ có thể phát ngay một tình huống chưa phát, trong cuộc diễn tập đã bắt đầu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A follow-up is only sent for an inject whose expected action was missed.</source>
        <translation>Chỉ gửi nhắc việc cho tình huống có hành động mong đợi bị bỏ lỡ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up for this inject was already sent.</source>
        <translation>Đã gửi nhắc việc cho tình huống này rồi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1</source>
        <extracomment>Title of a follow-up inject; %1 is the missed inject&apos;s title.</extracomment>
        <translation>Nhắc việc: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expected action for &quot;%1&quot; was not reported in time. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject for an inject with no expected action written down.</extracomment>
        <translation>Hành động mong đợi cho “%1” chưa được báo cáo kịp thời. Hãy làm ngay và báo cáo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected action was not reported in time: %1. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject; %1 is the expected action.</extracomment>
        <translation>Hành động mong đợi chưa được báo cáo kịp thời: %1. Hãy làm ngay và báo cáo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a coordinator of this drill can ask for a comms check.</source>
        <translation>Chỉ điều phối viên của cuộc diễn tập này mới yêu cầu kiểm tra liên lạc được.</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillReportController</name>
    <message>
        <location filename="../src/drillreportcontroller.cpp" line="+63"/>
        <source>Can&apos;t save the report as &quot;%1&quot;: choose HTML, CSV or JSON.</source>
        <extracomment>%1 a file format the app does not know (a programming error, shown as is).</extracomment>
        <translation>Không thể lưu báo cáo dạng &quot;%1&quot;: hãy chọn HTML, CSV hoặc JSON.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a drill first.</source>
        <translation>Hãy mở một cuộc diễn tập trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Sign in again to read the report.</source>
        <translation>Hãy đăng nhập lại để đọc báo cáo.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The report is too large to read on this device; read it on a computer.</source>
        <translation>Báo cáo quá lớn để đọc trên thiết bị này; hãy đọc trên máy tính.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only coordinators of this drill&apos;s units can read its report.</source>
        <translation>Chỉ điều phối viên của các đơn vị trong cuộc diễn tập này mới đọc được báo cáo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server doesn&apos;t have this drill yet. Sync, then try again.</source>
        <translation>Máy chủ chưa có cuộc diễn tập này. Hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Can&apos;t save the report in %1: %2</source>
        <translation>Không lưu được báo cáo vào %1: %2</translation>
    </message>
</context>
<context>
    <name>muster::app::LanguageController</name>
    <message>
        <location filename="../src/languagecontroller.cpp" line="+125"/>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
</context>
<context>
    <name>muster::app::LogDraft</name>
    <message>
        <location filename="../src/logdraft.cpp" line="+57"/>
        <location line="+163"/>
        <source>No location fix within 10 seconds. Try again outdoors.</source>
        <translation>Không xác định được vị trí trong 10 giây. Hãy thử lại ở ngoài trời.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Pick a file on this device.</source>
        <translation>Hãy chọn một tệp trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+248"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 quá lớn để đính kèm (%2; tối đa %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The camera gave no picture. Try again.</source>
        <translation>Máy ảnh không trả về ảnh nào. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Can&apos;t keep the photo on this device: %1</source>
        <translation>Không lưu được ảnh trên thiết bị này: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device has no location source.</source>
        <translation>Thiết bị này không có nguồn định vị.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Muster may not use your location. Allow it in the system settings.</source>
        <translation>Muster chưa được phép dùng vị trí của bạn. Hãy cho phép trong cài đặt hệ thống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location is switched off on this device.</source>
        <translation>Định vị đang tắt trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your location could not be found.</source>
        <translation>Không tìm được vị trí của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your location…</source>
        <translation>Đang tìm vị trí của bạn…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still preparing your files. Wait a moment.</source>
        <translation>Vẫn đang chuẩn bị tệp của bạn. Hãy chờ một chút.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still finding your location. Wait a moment, or turn the location off.</source>
        <translation>Vẫn đang tìm vị trí của bạn. Hãy chờ một chút hoặc tắt vị trí.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The task was closed before the entry was saved.</source>
        <translation>Nhiệm vụ đã bị đóng trước khi mục nhật ký được lưu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Still saving the last entry. Wait a moment.</source>
        <translation>Vẫn đang lưu mục vừa rồi. Hãy chờ một chút.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Can&apos;t keep %1 on this device: %2</source>
        <translation>Không lưu được %1 trên thiết bị này: %2</translation>
    </message>
</context>
<context>
    <name>muster::app::NewTaskController</name>
    <message>
        <location filename="../src/newtaskcontroller.cpp" line="+132"/>
        <source>Only coordinators can create tasks.</source>
        <translation>Chỉ điều phối viên mới tạo được nhiệm vụ.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the task a title.</source>
        <translation>Hãy đặt tiêu đề cho nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title is too long.</source>
        <translation>Tiêu đề quá dài.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instructions are too long.</source>
        <translation>Hướng dẫn quá dài.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit for the task.</source>
        <translation>Hãy chọn đơn vị cho nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assignee must be a member of the chosen unit.</source>
        <translation>Người được giao phải là thành viên của đơn vị đã chọn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a priority.</source>
        <translation>Hãy chọn mức ưu tiên.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+67"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Không thể lưu trên thiết bị này: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Only coordinators can change tasks, and only tasks this device holds.</source>
        <translation>Chỉ điều phối viên mới có thể sửa nhiệm vụ, và chỉ những nhiệm vụ có trên thiết bị này.</translation>
    </message>
</context>
<context>
    <name>muster::app::PhotoCapture</name>
    <message>
        <location filename="../src/photocapture.cpp" line="+18"/>
        <source>The camera did not start. Close other apps that use it and try again.</source>
        <translation>Máy ảnh không khởi động. Hãy đóng các ứng dụng khác đang dùng máy ảnh rồi thử lại.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This device has no camera. Attach a photo from its files instead.</source>
        <translation>Thiết bị này không có máy ảnh. Hãy đính kèm ảnh từ tệp trên máy.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera could not be started (%1). If Muster may not use it, allow it in the system settings.</source>
        <translation>Không bật được máy ảnh (%1). Nếu Muster chưa được phép dùng máy ảnh, hãy cho phép trong cài đặt hệ thống.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The photo could not be taken (%1). Try again.</source>
        <translation>Không chụp được ảnh (%1). Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>muster::app::ScenarioImportController</name>
    <message>
        <location filename="../src/scenarioimportcontroller.cpp" line="+66"/>
        <source>Pick a scenario file on this device.</source>
        <translation>Hãy chọn một tệp kịch bản trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a scenario (%2 MB; at most %3 MB).</source>
        <translation>%1 quá lớn để làm kịch bản (%2 MB; tối đa %3 MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No account is open.</source>
        <translation>Chưa mở tài khoản nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only coordinators can import a scenario.</source>
        <translation>Chỉ điều phối viên mới nhập được kịch bản.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can&apos;t read this device&apos;s units: %1</source>
        <translation>Không đọc được các đơn vị trên thiết bị này: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivery: </source>
        <extracomment>Written into an imported task&apos;s instructions before the scenario&apos;s delivery note (&quot;Delivery: radio call from control&quot;); the unit reads it. Keep the colon and space, or what your language writes there.</extracomment>
        <translation>Chuyển giao: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load a scenario without problems first.</source>
        <translation>Hãy tải một kịch bản không có lỗi trước.</translation>
    </message>
</context>
<context>
    <name>muster::app::SyncWorker</name>
    <message>
        <location filename="../src/syncworker.cpp" line="+265"/>
        <source>This device&apos;s storage is full: what the server sent cannot be stored. Free some space; nothing waiting to be sent is lost, and syncing goes on by itself.</source>
        <translation>Bộ nhớ của thiết bị này đã đầy: không thể lưu dữ liệu máy chủ gửi về. Hãy giải phóng dung lượng; không mất thay đổi nào đang chờ gửi, và việc đồng bộ sẽ tự tiếp tục.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It stays on this device and is sent again at each sync.</source>
        <translation>Tệp vẫn được giữ trên thiết bị này và sẽ được gửi lại mỗi lần đồng bộ.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached files could not be uploaded (%1). They stay on this device and are sent again at each sync.</source>
        <translation>
            <numerusform>Không tải lên được %n tệp đính kèm (%1). Các tệp vẫn được giữ trên thiết bị này và sẽ được gửi lại mỗi lần đồng bộ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::app::TaskController</name>
    <message>
        <location filename="../src/taskcontroller.cpp" line="+120"/>
        <source>Only an evaluator can add observations, on a released drill task.</source>
        <translation>Chỉ người đánh giá mới thêm quan sát được, trên nhiệm vụ diễn tập đã phát.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a rating.</source>
        <translation>Hãy chọn mức đánh giá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you observed.</source>
        <translation>Hãy ghi điều bạn quan sát được.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+8"/>
        <source>This action is not available for this task.</source>
        <translation>Hành động này không áp dụng cho nhiệm vụ này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what blocks the task.</source>
        <translation>Hãy nói điều gì cản trở nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can&apos;t add to this task&apos;s log.</source>
        <translation>Bạn không thể ghi vào nhật ký của nhiệm vụ này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you did.</source>
        <translation>Hãy viết điều bạn đã làm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of log entry is not available.</source>
        <translation>Loại mục nhật ký này không khả dụng.</translation>
    </message>
</context>
<context>
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+76"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min ago</source>
        <extracomment>Relative time, abbreviated; keep it short (status bars).</extracomment>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h ago</source>
        <extracomment>Relative time, abbreviated (&quot;h&quot; = hours); keep it short.</extracomment>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 s</source>
        <extracomment>Durations use unit symbols, not words; %1 is a number.</extracomment>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;1 h 05 min&quot;.</extracomment>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, e.g. &quot;2 d 3 h&quot;.</extracomment>
        <translation>%1 ngày %2 giờ</translation>
    </message>
</context>
</TS>
